/// A read-only, scrolling view of text with line numbers and syntax highlighting.
public enum TextView {
    /// Draws lines from `firstLine`; `highlighted` holds the spans of each line.
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect, lines: [[Span]], firstLine: Int, theme: Theme = .standard) {
        buffer.fill(rect)
        guard !rect.isEmpty else { return }
        let gutter = max(3, String(lines.count).count) + 1
        let start = max(0, min(firstLine, max(0, lines.count - rect.height)))
        for line in 0..<rect.height {
            let index = start + line
            guard index < lines.count else { break }
            let y = rect.row + line
            let number = String(index + 1)
            buffer.write(String(repeating: " ", count: max(0, gutter - 1 - number.count)) + number + " ", row: y, column: rect.column, style: theme.lineNumber, limit: rect.right)
            let textStart = rect.column + gutter + 1
            let end = buffer.write(expandTabs(lines[index]), row: y, column: textStart, limit: rect.right)
            if end >= rect.right, lineWidth(lines[index]) > rect.right - textStart {
                buffer.write("›", row: y, column: rect.right - 1, style: theme.muted)
            }
        }
        if lines.count > rect.height {
            ScrollBar.draw(into: &buffer, column: rect.right - 1, top: rect.row, height: rect.height, offset: start, count: lines.count, theme: theme)
        }
    }

    /// The largest useful first line for a height.
    public static func maxFirstLine(lineCount: Int, height: Int) -> Int { max(0, lineCount - height) }

    private static func expandTabs(_ spans: [Span]) -> [Span] {
        spans.map { Span($0.text.replacingTabs(), $0.style) }
    }

    private static func lineWidth(_ spans: [Span]) -> Int { expandTabs(spans).width }
}

extension String {
    /// The string with each tab replaced by four spaces.
    func replacingTabs() -> String {
        guard contains("\t") else { return self }
        var result = ""
        for character in self { if character == "\t" { result += "    " } else { result.append(character) } }
        return result
    }
}
