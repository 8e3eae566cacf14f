import Text

/// An aligned plain-text table for people: a header row, then rows, columns padded by display width.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    /// The table as text, one line per row, with a trailing newline.
    func rendered() -> String {
        var widths = headers.map(DisplayWidth.of)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (index, cell) in cells.enumerated() {
                let isLast = index == cells.count - 1
                text += cell
                if !isLast { text += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2) }
            }
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
        return ([line(headers)] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
