import Text

/// A bordered box centred over the screen with a title and lines of text.
public enum Modal {
    /// The rectangle a modal of a content size takes on a screen, clamped to it.
    public static func frame(contentHeight: Int, contentWidth: Int, in screen: Rect) -> Rect {
        let width = min(screen.width, contentWidth + 4)
        let height = min(screen.height, contentHeight + 2)
        return Rect(row: screen.row + (screen.height - height) / 2, column: screen.column + (screen.width - width) / 2, height: height, width: width)
    }

    /// Draws the box and its lines, scrolled to `firstLine`; returns the inner rectangle.
    @discardableResult
    public static func draw(into buffer: inout ScreenBuffer, screen: Rect, title: String, lines: [[Span]], firstLine: Int = 0, width: Int? = nil, theme: Theme = .standard) -> Rect {
        let contentWidth = width ?? max(DisplayWidth.of(title) + 4, lines.map(\.width).max() ?? 0)
        let box = frame(contentHeight: lines.count, contentWidth: contentWidth, in: screen)
        Box.draw(into: &buffer, rect: box, title: title, theme: theme)
        let inner = Rect(row: box.row + 1, column: box.column + 2, height: box.height - 2, width: box.width - 4)
        let start = max(0, min(firstLine, lines.count - inner.height))
        for line in 0..<inner.height where start + line < lines.count {
            buffer.write(lines[start + line], row: inner.row + line, column: inner.column, limit: inner.right)
        }
        return inner
    }
}

/// A rounded border with an optional title.
public enum Box {
    /// Draws the border and blanks the inside.
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect, title: String = "", theme: Theme = .standard, focused: Bool = true) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        buffer.fill(rect)
        let style = focused ? theme.border : theme.border
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.write("╭" + horizontal + "╮", row: rect.row, column: rect.column, style: style)
        for row in rect.row + 1..<rect.bottom - 1 {
            buffer.write("│", row: row, column: rect.column, style: style)
            buffer.write("│", row: row, column: rect.right - 1, style: style)
        }
        buffer.write("╰" + horizontal + "╯", row: rect.bottom - 1, column: rect.column, style: style)
        if !title.isEmpty, rect.width > 6 {
            buffer.write(" \(DisplayWidth.truncate(title, to: rect.width - 6)) ", row: rect.row, column: rect.column + 2, style: theme.title, limit: rect.right - 2)
        }
    }
}
