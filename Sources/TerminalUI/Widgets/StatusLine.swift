import Text

/// A one-row bar with text on the left and on the right.
public enum StatusLine {
    /// Draws the bar; the right part wins when both do not fit.
    public static func draw(into buffer: inout ScreenBuffer, row: Int, column: Int = 0, width: Int, left: [Span], right: [Span], style: Style) {
        buffer.fill(Rect(row: row, column: column, height: 1, width: width), style: style)
        let rightWidth = min(width, right.width)
        let rightStart = column + width - rightWidth
        buffer.write(left, row: row, column: column, limit: rightStart > column ? rightStart - 1 : column + width)
        buffer.write(right, row: row, column: rightStart, limit: column + width)
    }
}

/// A key hint: the key as written and what it does.
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var label: String

    public init(_ keys: String, _ label: String) {
        self.keys = keys
        self.label = label
    }
}

/// The bottom row: key hints as they fit.
public enum Footer {
    /// Draws as many hints as fit in the row, in order.
    public static func draw(into buffer: inout ScreenBuffer, row: Int, width: Int, hints: [KeyHint], theme: Theme = .standard) {
        buffer.fill(Rect(row: row, column: 0, height: 1, width: width))
        var column = 0
        for hint in hints {
            let needed = DisplayWidth.of(hint.keys) + DisplayWidth.of(hint.label) + 3
            if column + needed > width { break }
            column = buffer.write(" \(hint.keys) ", row: row, column: column, style: theme.footerKey)
            column = buffer.write(" \(hint.label)", row: row, column: column, style: theme.footerLabel)
            column += 1
        }
    }
}
