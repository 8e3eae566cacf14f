/// A row of tabs with one selected.
public enum TabBar {
    /// Draws the tabs; returns each tab's column range (for mouse clicks).
    @discardableResult
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect, titles: [String], selected: Int, theme: Theme = .standard) -> [Range<Int>] {
        guard !rect.isEmpty else { return [] }
        buffer.fill(Rect(row: rect.row, column: rect.column, height: 1, width: rect.width))
        var column = rect.column
        var ranges: [Range<Int>] = []
        for (index, title) in titles.enumerated() {
            let label = " \(index + 1) \(title) "
            let start = column
            column = buffer.write(label, row: rect.row, column: column, style: index == selected ? theme.tabActive : theme.tabInactive, limit: rect.right)
            ranges.append(start..<column)
            column = buffer.write(" ", row: rect.row, column: column, limit: rect.right)
        }
        return ranges
    }
}
