import Text

/// Draws a `TextEditorState`: line numbers with error marks, highlighted text scrolled to the
/// editor's first line and column, the selection, the cursor, the matching bracket, search
/// matches and, while searching, the search prompt on the last row. Work is proportional to
/// the lines shown (plus a scan of the lines above them for highlighting state).
public enum TextEditorView {
    /// The width of the line-number gutter for a number of lines.
    public static func gutterWidth(lineCount: Int) -> Int { max(3, String(lineCount).count) + 2 }

    /// The text area (rows × columns) inside `rect`, for `handle(_:viewport:clipboard:)`.
    public static func viewport(for rect: Rect, state: TextEditorState) -> Size {
        let rows = rect.height - (state.search == nil ? 0 : 1)
        return Size(rows: max(1, rows), columns: max(1, rect.width - gutterWidth(lineCount: state.lines.count)))
    }

    /// Draws the editor into `rect`; `focused` shows the cursor.
    public static func draw(into buffer: inout ScreenBuffer, rect: Rect, state: TextEditorState, focused: Bool, theme: Theme = .standard) {
        buffer.fill(rect)
        guard !rect.isEmpty else { return }
        let view = viewport(for: rect, state: state)
        let gutter = gutterWidth(lineCount: state.lines.count)
        let textLeft = rect.column + gutter
        var firstLine = min(state.firstLine, max(0, state.lines.count - 1))
        if focused {
            if state.cursor.line < firstLine { firstLine = state.cursor.line }
            if state.cursor.line >= firstLine + view.rows { firstLine = state.cursor.line - view.rows + 1 }
        }
        let visible = firstLine..<min(state.lines.count, firstLine + view.rows)
        let highlighted = SyntaxHighlighter(language: state.language, palette: theme.syntax).highlight(lines: state.lines, range: visible, maxLength: state.firstColumn + view.columns + 64)
        let markedLines = Set(state.marks.map(\.position.line))
        let errorLines = Set(state.marks.filter { !$0.isWarning }.map(\.position.line))
        let pair = focused ? state.matchingPair : nil
        let selection = state.selection
        for (offset, lineIndex) in visible.enumerated() {
            let row = rect.row + offset
            let number = String(lineIndex + 1)
            let isMarked = markedLines.contains(lineIndex)
            let numberStyle = isMarked ? theme.errorBanner : (lineIndex == state.cursor.line && focused ? theme.text.bolded : theme.lineNumber)
            let padded = String(repeating: " ", count: max(0, gutter - 2 - number.count)) + number
            buffer.write(padded, row: row, column: rect.column, style: numberStyle, limit: rect.right)
            let glyph = !isMarked ? " " : (errorLines.contains(lineIndex) ? "✗" : "!")
            buffer.write(glyph, row: row, column: rect.column + gutter - 2, style: isMarked ? theme.errorBanner : theme.lineNumber, limit: rect.right)
            writeLine(highlighted[offset], into: &buffer, row: row, left: textLeft, right: rect.right, firstColumn: state.firstColumn)
            // Overlays, in display columns of this line.
            func restyle(_ columns: Range<Int>, _ transform: (Style) -> Style) {
                let start = state.displayColumn(of: TextPosition(line: lineIndex, column: columns.lowerBound)) - state.firstColumn
                let end = state.displayColumn(of: TextPosition(line: lineIndex, column: columns.upperBound)) - state.firstColumn
                let from = max(textLeft, textLeft + start), to = min(rect.right, textLeft + max(end, start + 1))
                if from < to { buffer.restyle(row: row, columns: from..<to, transform) }
            }
            for match in state.searchMatches(onLine: lineIndex) {
                restyle(match) { $0.on(.indexed(58)) }
            }
            for mark in state.marks(onLine: lineIndex) {
                let column = min(mark.position.column, state.lines[lineIndex].count)
                restyle(column..<(column + 1)) { style in
                    var copy = style
                    copy.underline = true
                    copy.foreground = theme.errorBanner.background
                    return copy
                }
            }
            if let selection, selection.lowerBound.line <= lineIndex, lineIndex <= selection.upperBound.line {
                let start = selection.lowerBound.line == lineIndex ? selection.lowerBound.column : 0
                let endsHere = selection.upperBound.line == lineIndex
                let end = endsHere ? selection.upperBound.column : state.lines[lineIndex].count + 1
                if end > start || !endsHere { restyle(start..<max(end, start + 1)) { $0.on(theme.selection.background) } }
            }
            if let (here, there) = pair {
                for position in [here, there] where position.line == lineIndex {
                    restyle(position.column..<(position.column + 1)) { style in
                        var copy = style.bolded
                        copy.underline = true
                        return copy
                    }
                }
            }
            if focused, state.cursor.line == lineIndex {
                restyle(state.cursor.column..<(state.cursor.column + 1)) { style in
                    var copy = style
                    copy.reverse = true
                    return copy
                }
            }
        }
        if state.lines.count > view.rows {
            ScrollBar.draw(into: &buffer, column: rect.right - 1, top: rect.row, height: view.rows, offset: firstLine, count: state.lines.count, theme: theme)
        }
        if let search = state.search {
            search.draw(into: &buffer, row: rect.bottom - 1, column: rect.column, width: rect.width, prompt: Span(" search: ", theme.accent.on(theme.input.background)), style: theme.input)
        }
    }

    /// Writes one highlighted line from display column `firstColumn`, clipped to `left..<right`.
    private static func writeLine(_ spans: [Span], into buffer: inout ScreenBuffer, row: Int, left: Int, right: Int, firstColumn: Int) {
        var x = 0
        let width = right - left
        for span in spans {
            for character in span.text {
                let w = DisplayWidth.of(character)
                if w == 0 { continue }
                let shown = x - firstColumn
                if shown >= width { return }
                if shown >= 0, shown + w <= width {
                    buffer.write(String(character), row: row, column: left + shown, style: span.style, limit: right)
                } else if shown >= 0 {
                    buffer.write("›", row: row, column: left + shown, style: span.style, limit: right)
                }
                x += w
            }
        }
    }
}
