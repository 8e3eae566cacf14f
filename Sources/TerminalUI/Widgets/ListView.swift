/// A scrolling list with a cursor; rows are drawn by the caller as spans.
public struct ListView {
    /// Draws the visible rows of a list of `count` rows into `rect`. `row(index)` gives a
    /// row's spans; the selected row is drawn in the selection style across the full width.
    /// Returns the range of rows drawn.
    @discardableResult
    public static func draw(
        into buffer: inout ScreenBuffer, rect: Rect, count: Int, state: ListState,
        focused: Bool = true, theme: Theme = .standard, row: (Int) -> [Span]
    ) -> Range<Int> {
        buffer.fill(rect)
        let visible = state.visibleRange(count: count, height: rect.height)
        for (line, index) in visible.enumerated() {
            let y = rect.row + line
            let selected = index == state.cursor
            let spans = row(index)
            if selected {
                let selection = focused ? theme.selection : theme.selectionInactive
                buffer.fill(Rect(row: y, column: rect.column, height: 1, width: rect.width), style: selection)
                let shown = spans.map { Span($0.text, Self.selected($0.style, selection)) }
                buffer.write(shown, row: y, column: rect.column, limit: rect.right)
            } else {
                buffer.write(spans, row: y, column: rect.column, limit: rect.right)
            }
        }
        if count > rect.height, rect.height > 0, rect.width > 1 {
            ScrollBar.draw(into: &buffer, column: rect.right - 1, top: rect.row, height: rect.height, offset: visible.lowerBound, count: count, theme: theme)
        }
        return visible
    }

    /// A span's style on the selected row: the selection's colours, the span's emphasis.
    private static func selected(_ style: Style, _ selection: Style) -> Style {
        var result = selection
        result.bold = selection.bold || style.bold
        result.underline = style.underline
        return result
    }

    /// The list row under a screen row, if any.
    public static func index(atScreenRow screenRow: Int, rect: Rect, count: Int, state: ListState) -> Int? {
        guard screenRow >= rect.row, screenRow < rect.bottom else { return nil }
        let visible = state.visibleRange(count: count, height: rect.height)
        let index = visible.lowerBound + (screenRow - rect.row)
        return visible.contains(index) ? index : nil
    }
}

/// A one-column scroll indicator.
public enum ScrollBar {
    /// Draws a thumb proportional to the visible part of a list.
    public static func draw(into buffer: inout ScreenBuffer, column: Int, top: Int, height: Int, offset: Int, count: Int, theme: Theme) {
        guard count > 0, height > 0 else { return }
        let thumb = max(1, height * height / count)
        let start = min(height - thumb, (height - thumb) * offset / max(1, count - height))
        for line in 0..<height {
            let inThumb = line >= start && line < start + thumb
            buffer.write(inThumb ? "┃" : "│", row: top + line, column: column, style: inThumb ? theme.muted : theme.border)
        }
    }
}
