import Text

/// An aligned plain-text table for people: a header row, then rows, columns padded by display width.
struct TextTable {
    var headers: [String]
    var rows: [[String]] = []

    /// The table as text, one line per row, with a trailing newline.
    func rendered() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    /// The table as UTF-8 bytes (what `rendered` holds), for printing without a `String`.
    func renderedBytes() -> [UInt8] {
        // Each cell's width is measured once, into one flat array, and the lines are written
        // into one byte buffer: `gwx ls` on a big API prints tens of thousands of rows.
        let headerWidths = headers.map(DisplayWidth.of)
        var widths = headerWidths
        var cellWidths: [Int] = []
        cellWidths.reserveCapacity(rows.count * headers.count)
        var rowStarts: [Int] = []
        rowStarts.reserveCapacity(rows.count)
        for row in rows {
            rowStarts.append(cellWidths.count)
            for (index, cell) in row.enumerated() {
                let width = DisplayWidth.of(cell)
                cellWidths.append(width)
                if index < widths.count { widths[index] = max(widths[index], width) }
            }
        }
        var text: [UInt8] = []
        text.reserveCapacity((widths.reduce(0, +) + 2 * widths.count + 1) * (rows.count + 1))
        func line(_ cells: [String], _ cellWidth: (Int) -> Int) {
            let lineStart = text.count
            for (index, cell) in cells.enumerated() {
                text.append(contentsOf: cell.utf8)
                if index < cells.count - 1 {
                    text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: widths[index] - cellWidth(index) + 2))
                }
            }
            while text.count > lineStart, text.last == UInt8(ascii: " ") { text.removeLast() }
            text.append(UInt8(ascii: "\n"))
        }
        line(headers) { headerWidths[$0] }
        for (row, start) in zip(rows, rowStarts) { line(row) { cellWidths[start + $0] } }
        return text
    }
}
