import Text

/// A column of a table: its title, how wide it may be and how its cells align.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    public var maxWidth: Int
    public var alignRight: Bool

    public init(_ title: String, minWidth: Int = 1, maxWidth: Int = 60, alignRight: Bool = false) {
        self.title = title
        self.minWidth = minWidth
        self.maxWidth = maxWidth
        self.alignRight = alignRight
    }
}

/// A table with a header row and aligned columns, scrolling like a list.
public enum TableView {
    /// Column widths that fit the content within `total` columns (one space between columns);
    /// the last column takes what is left.
    public static func widths(columns: [TableColumn], rows: [[Span]], total: Int) -> [Int] {
        var widths = columns.map { max($0.minWidth, DisplayWidth.of($0.title)) }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], min(columns[index].maxWidth, cell.width))
            }
        }
        let gaps = max(0, columns.count - 1)
        var used = widths.reduce(0, +) + gaps
        // Shrink the widest columns first until the table fits.
        while used > total, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 3 {
            widths[widest] -= 1
            used -= 1
        }
        if let last = widths.indices.last, used < total { widths[last] += total - used }
        return widths
    }

    /// Draws the header and the visible rows; each row is one span per column.
    @discardableResult
    public static func draw(
        into buffer: inout ScreenBuffer, rect: Rect, columns: [TableColumn], rows: [[Span]],
        state: ListState, focused: Bool = true, theme: Theme = .standard
    ) -> Range<Int> {
        guard !rect.isEmpty else { return 0..<0 }
        let widths = widths(columns: columns, rows: rows, total: rect.width - 1)
        let (headerRect, body) = rect.splitTop(1)
        buffer.fill(headerRect)
        var header: [Span] = [Span(" ")]
        for (index, column) in columns.enumerated() {
            header.append(Span(cell(column.title, width: widths[index], right: column.alignRight), theme.columnHeader))
            if index < columns.count - 1 { header.append(Span(" ")) }
        }
        buffer.write(header, row: headerRect.row, column: headerRect.column, limit: headerRect.right)
        return ListView.draw(into: &buffer, rect: body, count: rows.count, state: state, focused: focused, theme: theme) { index in
            var spans: [Span] = [Span(" ")]
            for (column, span) in rows[index].enumerated() where column < widths.count {
                spans.append(Span(cell(span.text, width: widths[column], right: columns[column].alignRight), span.style))
                if column < widths.count - 1 { spans.append(Span(" ")) }
            }
            return spans
        }
    }

    private static func cell(_ text: String, width: Int, right: Bool) -> String {
        let cut = DisplayWidth.truncate(text, to: width)
        let pad = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return right ? pad + cut : cut + pad
    }
}
