/// A terminal size in cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    public var description: String { "\(columns)×\(rows)" }
}

/// A rectangle of cells: top-left corner and size.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The row just below the rectangle.
    public var bottom: Int { row + height }
    /// The column just right of the rectangle.
    public var right: Int { column + width }
    /// Whether the rectangle has no cells.
    public var isEmpty: Bool { height <= 0 || width <= 0 }

    /// Whether a cell lies inside.
    public func contains(row r: Int, column c: Int) -> Bool {
        r >= row && r < bottom && c >= column && c < right
    }

    /// Splits off `count` rows from the top: (top, rest).
    public func splitTop(_ count: Int) -> (Rect, Rect) {
        let taken = min(max(0, count), height)
        return (Rect(row: row, column: column, height: taken, width: width),
                Rect(row: row + taken, column: column, height: height - taken, width: width))
    }

    /// Splits off `count` columns from the left: (left, rest).
    public func splitLeft(_ count: Int) -> (Rect, Rect) {
        let taken = min(max(0, count), width)
        return (Rect(row: row, column: column, height: height, width: taken),
                Rect(row: row, column: column + taken, height: height, width: width - taken))
    }
}
