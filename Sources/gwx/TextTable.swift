import Text

/// An aligned plain-text table for people: a header row, then rows, columns padded by display width.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    /// The table as text, one line per row, with a trailing newline.
    func rendered() -> String {
        // Each cell's width is measured once, and the lines are written into one byte buffer:
        // `gwx ls` on a big API prints tens of thousands of rows.
        let headerWidths = headers.map(DisplayWidth.of)
        let rowWidths = rows.map { $0.map(DisplayWidth.of) }
        var widths = headerWidths
        for row in rowWidths {
            for (index, width) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], width)
            }
        }
        var text: [UInt8] = []
        text.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 1))
        func line(_ cells: [String], _ cellWidths: [Int]) {
            let lineStart = text.count
            for (index, cell) in cells.enumerated() {
                text.append(contentsOf: cell.utf8)
                if index < cells.count - 1 {
                    text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[index] - cellWidths[index] + 2))
                }
            }
            while text.count > lineStart, text.last == UInt8(ascii: " ") { text.removeLast() }
            text.append(UInt8(ascii: "\n"))
        }
        line(headers, headerWidths)
        for (row, rowWidth) in zip(rows, rowWidths) { line(row, rowWidth) }
        return String(decoding: text, as: UTF8.self)
    }
}
