import Text

/// One terminal cell: a grapheme cluster, how many columns it takes and its style.
///
/// The right half of a wide character is a continuation cell of width 0.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var width: UInt8
    public var style: Style

    public init(character: Character, width: UInt8 = 1, style: Style = .plain) {
        self.character = character
        self.width = width
        self.style = style
    }

    /// A blank cell.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(character: " ", width: 1, style: style) }
    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { width == 0 }
}

/// A frame: a grid of cells that screens draw into and terminals present.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    private var cells: [Cell]

    /// A blank frame.
    public init(size: Size, fill: Style = .plain) {
        self.size = Size(rows: max(0, size.rows), columns: max(0, size.columns))
        cells = Array(repeating: .blank(fill), count: self.size.rows * self.size.columns)
    }

    /// The whole frame as a rectangle.
    public var bounds: Rect { Rect(row: 0, column: 0, height: size.rows, width: size.columns) }

    /// The cell at a position (blank outside the frame).
    public subscript(row: Int, column: Int) -> Cell {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return .blank() }
        return cells[row * size.columns + column]
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for row in max(0, rect.row)..<min(size.rows, rect.bottom) {
            for column in max(0, rect.column)..<max(max(0, rect.column), min(size.columns, rect.right)) {
                setCell(row: row, column: column, .blank(style))
            }
        }
    }

    /// Writes text at a position, clipped to `limit` (an exclusive column; the frame's edge by
    /// default). A wide character that would not fit whole is replaced by a blank. Returns the
    /// column after the last one written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let end = min(size.columns, limit ?? size.columns)
        var at = column
        for character in text {
            if at >= end { break }
            var shown = character
            var width = DisplayWidth.of(character)
            if character == "\t" || character == "\n" || character == "\r" {
                shown = " "
                width = 1
            } else if width == 0 {
                continue
            }
            if at < 0 {
                at += width
                continue
            }
            if at + width > end {
                setCell(row: row, column: at, .blank(style))
                at += 1
                break
            }
            setCell(row: row, column: at, Cell(character: shown, width: UInt8(width), style: style))
            if width == 2 { setCell(row: row, column: at + 1, Cell(character: " ", width: 0, style: style)) }
            at += width
        }
        return at
    }

    /// Writes styled spans one after another; returns the column after the last one.
    @discardableResult
    public mutating func write(_ spans: [Span], row: Int, column: Int, limit: Int? = nil) -> Int {
        var at = column
        for span in spans { at = write(span.text, row: row, column: at, style: span.style, limit: limit) }
        return at
    }

    /// Changes the style of cells in a row range, keeping their characters.
    public mutating func restyle(row: Int, columns: Range<Int>, _ transform: (Style) -> Style) {
        guard row >= 0, row < size.rows else { return }
        for column in max(0, columns.lowerBound)..<max(max(0, columns.lowerBound), min(size.columns, columns.upperBound)) {
            cells[row * size.columns + column].style = transform(cells[row * size.columns + column].style)
        }
    }

    /// Sets one cell, blanking the other half of any wide character it cuts.
    private mutating func setCell(row: Int, column: Int, _ cell: Cell) {
        guard row >= 0, row < size.rows, column >= 0, column < size.columns else { return }
        let index = row * size.columns + column
        let old = cells[index]
        if old.isContinuation, column > 0, !cell.isContinuation {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, column + 1 < size.columns, cell.width != 2 {
            cells[index + 1] = .blank(cells[index + 1].style)
        }
        cells[index] = cell
    }

    // MARK: - Reading back

    /// The text of one row, wide characters once, trailing blanks kept.
    public func text(ofRow row: Int) -> String {
        guard row >= 0, row < size.rows else { return "" }
        var line = ""
        for column in 0..<size.columns {
            let cell = cells[row * size.columns + column]
            if !cell.isContinuation { line.append(cell.character) }
        }
        return line
    }

    /// Every row as text with trailing blanks removed: what golden files compare.
    public var lines: [String] {
        (0..<size.rows).map { row in
            var line = text(ofRow: row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The frame as text, one line per row.
    public var text: String { lines.joined(separator: "\n") }

    // MARK: - Diffing

    /// One cell that differs from the previous frame.
    public struct Change: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var cell: Cell
    }

    /// The cells to write to turn `previous` into this frame; every cell when there is no
    /// previous frame or its size differs. Continuation cells are never listed: writing the
    /// wide character writes both halves.
    public func changes(since previous: ScreenBuffer?) -> [Change] {
        var result: [Change] = []
        let full = previous == nil || previous?.size != size
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                let index = row * size.columns + column
                let cell = cells[index]
                if cell.isContinuation { continue }
                if !full, let previous {
                    let before = previous.cells[index]
                    // A wide character also changes when its right half was overwritten.
                    let sameTail = cell.width != 2 || column + 1 >= size.columns || previous.cells[index + 1] == cells[index + 1]
                    if before == cell && sameTail { continue }
                }
                result.append(Change(row: row, column: column, cell: cell))
            }
        }
        return result
    }
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// The display width of the text.
    public var width: Int { DisplayWidth.of(text) }
}

extension Array where Element == Span {
    /// The total display width of the spans.
    public var width: Int { reduce(0) { $0 + $1.width } }
}
