import GatewayModel
import TerminalUI
import Text

/// Where the request form's parts go inside the panel: the notice, each field's label row and
/// its area. Drawing and key handling (an editor pages by its height) use the same layout.
struct TestRequestLayout: Equatable {
    var notice: [String] = []
    var noticeRow = 0
    /// The first column of the panel's inside.
    var column = 0
    var labels: [TestRequestForm.Field: Int] = [:]
    var areas: [TestRequestForm.Field: Rect] = [:]
    /// The row of the problem line and of the hints.
    var problemRow = 0
    var hintRow = 0
    /// Widths of the label rows (the wide layout puts the body beside the others).
    var labelWidths: [TestRequestForm.Field: Int] = [:]

    /// The layout for the panel's inner rectangle. Wide terminals put the body on the right;
    /// short ones shrink the notice, then show only the field with the keys (the path first).
    init(inner: Rect, notice text: String, focus: TestRequestForm.Field, hasProblem: Bool) {
        guard inner.height > 0, inner.width > 0 else { return }
        column = inner.column
        hintRow = inner.bottom - 1
        problemRow = hasProblem ? inner.bottom - 2 : -1
        let wide = inner.width >= 120
        // Rows the fields need at the least: path label + input, and for each editor a label and one line.
        let fieldRows = wide ? 2 + 4 : 2 + 6
        let room = inner.height - 1 - (hasProblem ? 1 : 0)
        let wrapped = Explorer.wrapped(text, width: inner.width)
        let noticeShown = max(0, min(wrapped.count, room - fieldRows - 1))
        notice = Array(wrapped.prefix(noticeShown))
        noticeRow = inner.row
        var row = inner.row + noticeShown + (noticeShown > 0 ? 1 : 0)
        let end = inner.row + room
        func place(_ field: TestRequestForm.Field, at labelRow: Int, column: Int, width: Int, height: Int) {
            guard labelRow < end else { return }
            labels[field] = labelRow
            labelWidths[field] = width
            areas[field] = Rect(row: labelRow + 1, column: column, height: max(0, min(height, end - labelRow - 1)), width: width)
        }
        if end - row < fieldRows, focus != .path {
            // Too short for every field: the one with the keys gets it all.
            place(focus, at: row, column: inner.column, width: inner.width, height: end - row - 1)
            return
        }
        place(.path, at: row, column: inner.column, width: inner.width, height: 1)
        row += 2
        let left = end - row
        guard left >= fieldRows - 2 else { return }
        if wide {
            let leftWidth = inner.width * 2 / 5
            let editors = left - 2
            let headers = max(1, editors * 3 / 5)
            place(.headers, at: row, column: inner.column, width: leftWidth - 1, height: headers)
            place(.stageVariables, at: row + 1 + headers, column: inner.column, width: leftWidth - 1, height: editors - headers)
            place(.body, at: row, column: inner.column + leftWidth + 1, width: inner.width - leftWidth - 1, height: left - 1)
            return
        }
        let editors = left - 3
        let headers = max(1, min(6, editors / 4)), variables = max(1, min(3, editors / 6))
        place(.headers, at: row, column: inner.column, width: inner.width, height: headers)
        place(.stageVariables, at: row + 1 + headers, column: inner.column, width: inner.width, height: variables)
        place(.body, at: row + 2 + headers + variables, column: inner.column, width: inner.width, height: editors - headers - variables)
    }

    /// The text area of an editor field, for its paging keys (one row when it is not shown).
    func viewport(_ field: TestRequestForm.Field, _ form: TestRequestForm) -> Size {
        guard let editor = form.editor(field), let area = areas[field], !area.isEmpty else { return Size(rows: 1, columns: 1) }
        return TextEditorView.viewport(for: area, state: editor)
    }
}

extension TestRequestForm {
    /// Draws the notice, the fields (the one with the keys shows its cursor), the problem and the hints.
    func draw(into buffer: inout ScreenBuffer, layout: TestRequestLayout, hints: [Span], theme: Theme, right: Int) {
        for (offset, line) in layout.notice.enumerated() {
            buffer.write(line, row: layout.noticeRow + offset, column: layout.column, style: theme.accent, limit: right)
        }
        for field in Field.allCases {
            guard let labelRow = layout.labels[field], let area = layout.areas[field] else { continue }
            let focused = field == focus
            let width = layout.labelWidths[field] ?? area.width
            let limit = min(right, area.column + width)
            var at = buffer.write(field.title, row: labelRow, column: area.column, style: focused ? theme.accent.bolded : theme.title, limit: limit)
            var count = ""
            if let editor = editor(field), editor.lines.count > 1 || !(editor.lines.first?.isEmpty ?? true) {
                count = "  (\(editor.lines.count) line\(editor.lines.count == 1 ? "" : "s"))"
            }
            // The whole note when it fits, else the short one; the line count always.
            let room = limit - at - DisplayWidth.of(count)
            let note = [field.note, field.shortNote, ""].first { DisplayWidth.of($0) + 2 <= room } ?? ""
            if !note.isEmpty { at = buffer.write("  " + note, row: labelRow, column: at, style: theme.muted, limit: limit) }
            buffer.write(count, row: labelRow, column: at, style: theme.muted, limit: limit)
            guard !area.isEmpty else { continue }
            if field == .path {
                let prompt = Span(" path ", theme.accent.on(theme.input.background))
                if focused {
                    path.draw(into: &buffer, row: area.row, column: area.column, width: area.width, prompt: prompt, style: theme.input)
                } else {
                    // Without the keys: no cursor (only the field with the keys shows one).
                    buffer.fill(Rect(row: area.row, column: area.column, height: 1, width: area.width), style: theme.input)
                    buffer.write([prompt, Span(path.text, theme.input)], row: area.row, column: area.column, limit: area.column + area.width)
                }
            } else if let editor = editor(field) {
                TextEditorView.draw(into: &buffer, rect: area, state: editor, focused: focused, theme: theme)
            }
        }
        if let problem, layout.problemRow >= layout.noticeRow {
            buffer.write(problem, row: layout.problemRow, column: layout.column, style: theme.errorBanner, limit: right)
        }
        buffer.write(hints, row: layout.hintRow, column: layout.column, limit: right)
    }
}
