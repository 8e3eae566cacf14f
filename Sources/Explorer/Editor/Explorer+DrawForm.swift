import GatewayModel
import TerminalUI
import Text

extension Explorer {
    /// Draws the integration-response form (and the preview beside it or instead of it).
    static func drawForm(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ form: ResponseForm, _ theme: Theme) {
        let issues = form.issues
        let layout = state.formLayout(form, issues: issues)
        buffer.fill(layout.body)
        if let rect = layout.form { drawFields(&buffer, form, issues, layout, rect, theme) }
        if let rect = layout.preview {
            if layout.form != nil {
                for row in rect.row..<rect.bottom { buffer.write("│", row: row, column: rect.column - 1, style: theme.border) }
            }
            drawPreview(&buffer, form, layout, rect, theme)
        }
    }

    private static func label(_ text: String, focused: Bool, _ theme: Theme) -> Span {
        Span(" " + DisplayWidth.pad(text, to: 18) + " ", focused ? theme.accent : theme.muted)
    }

    private static func drawFields(_ buffer: inout ScreenBuffer, _ form: ResponseForm, _ issues: FormIssues, _ layout: FormLayout, _ rect: Rect, _ theme: Theme) {
        var row = rect.row
        // Status code.
        var at = buffer.write([label("Status code", focused: form.focus == .status, theme)], row: row, column: rect.column, limit: rect.right)
        drawInput(&buffer, form.status, focused: form.focus == .status, row: row, column: at, width: 6, theme)
        at += 7
        if let error = issues.status {
            buffer.write("✗ " + error, row: row, column: at, style: theme.syntax.keyword, limit: rect.right)
        } else if let note = issues.statusNote {
            buffer.write("ℹ " + note, row: row, column: at, style: theme.muted, limit: rect.right)
        }
        row += 1
        // Selection pattern, with its error or the samples it matches.
        at = buffer.write([label("Selection pattern", focused: form.focus == .pattern, theme)], row: row, column: rect.column, limit: rect.right)
        drawInput(&buffer, form.pattern, focused: form.focus == .pattern, row: row, column: at, width: max(10, rect.width - at - 1), theme)
        row += 1
        if let error = issues.pattern {
            let caret = issues.patternIndex.map { String(repeating: " ", count: min($0, 40)) + "^ " } ?? ""
            buffer.write(String(repeating: " ", count: 20) + caret + "✗ " + error, row: row, column: rect.column, style: theme.syntax.keyword, limit: rect.right)
        } else {
            buffer.write(patternSamples(form, theme), row: row, column: rect.column, limit: rect.right)
        }
        row += 1
        // Content handling.
        at = buffer.write([label("Content handling", focused: form.focus == .contentHandling, theme)], row: row, column: rect.column, limit: rect.right)
        let choices: [(ContentHandling?, String)] = [(nil, "none"), (.convertToText, "CONVERT_TO_TEXT"), (.convertToBinary, "CONVERT_TO_BINARY")]
        for (value, name) in choices {
            let chosen = form.contentHandling == value
            let style = chosen ? (form.focus == .contentHandling ? theme.selection : theme.text.bolded) : theme.muted
            at = buffer.write((chosen ? "(•) " : "( ) ") + name, row: row, column: at, style: style, limit: rect.right)
            at = buffer.write("  ", row: row, column: at, limit: rect.right)
        }
        row += 1
        // Response parameters.
        let lines = parameterLines(form, issues: issues, width: rect.width, theme: theme)
        let window = parameterWindow(form, issues, lineCount: lines.count)
        var hint = form.focus == .parameters ? "  " + FormKeymap.hint(FormKeymap.rows(for: .parameters)) : ""
        if window.above > 0 || window.below > 0 {
            hint = "  ↑\(window.above) ↓\(window.below) more" + hint
        }
        buffer.write([Span(" Response parameters (\(form.parameters.count))", form.focus == .parameters ? theme.accent : theme.title), Span(hint, theme.muted)], row: row, column: rect.column, limit: rect.right)
        row += 1
        let shown = Array(lines[window.firstLine..<min(lines.count, window.firstLine + FormLayout.maxParameterRows)])
        writeLines(shown, into: &buffer, rect: Rect(row: row, column: rect.column, height: FormLayout.maxParameterRows, width: rect.width))
        if let edit = form.parameterEdit, let line = lineIndex(ofRow: edit.row, form, issues).map({ $0 - window.firstLine }),
           line >= 0, line < FormLayout.maxParameterRows {
            let y = row + line
            // The edited row shows its whole name, so its value starts after it.
            let nameWidth = max(parameterNameWidth(form, width: rect.width), DisplayWidth.of(form.parameters[edit.row].key))
            let column = edit.editingValue ? rect.column + 3 + nameWidth + ParameterText.arrow.count : rect.column + 3
            let width = edit.editingValue ? rect.right - column : min(rect.width - 3, max(nameWidth, DisplayWidth.of(edit.input.text) + 1))
            drawInput(&buffer, edit.input, focused: true, row: y, column: column, width: width, theme)
        }
        // Templates: tabs and the editor.
        drawTemplateTabs(&buffer, form, issues, layout.tabBar, theme)
        if let editor = form.currentEditor {
            // The template editor (`TemplateEditorScreen`) draws it with its cursor over this.
            TextEditorView.draw(into: &buffer, rect: layout.editor, state: editor, focused: false, theme: theme)
            if editor.text.isEmpty, layout.editor.height > 1 {
                // An empty template is kept as an entry (d removes it), which differs from no template.
                buffer.write("   Empty template: kept as is (the payload is returned unmapped); \(FormKeymap.rows(for: .templates).label(of: .delete)) removes it.", row: layout.editor.row + 1,
                             column: layout.editor.column, style: theme.muted, limit: layout.editor.right)
            }
        } else {
            buffer.write("   No templates: the backend body passes through. Press \(FormKeymap.rows(for: .templates).label(of: .new)) to add one.", row: layout.editor.row, column: layout.editor.column, style: theme.muted, limit: layout.editor.right)
        }
    }

    /// Which lines of the parameters table show: the first ones, or a window that keeps the
    /// row being moved over or edited (and its problem line) in view; and how many parameter
    /// rows are hidden above and below.
    static func parameterWindow(_ form: ResponseForm, _ issues: FormIssues, lineCount: Int) -> (firstLine: Int, above: Int, below: Int) {
        let height = FormLayout.maxParameterRows
        guard lineCount > height, !form.parameters.isEmpty else { return (0, 0, 0) }
        let current = form.parameterEdit?.row ?? min(form.parameterCursor, form.parameters.count - 1)
        var firstLine = 0
        if let line = lineIndex(ofRow: current, form, issues) {
            let hasNote = issues.parameters[current] != nil || issues.parameterNotes[current] != nil
            let last = line + (hasNote ? 1 : 0)
            if last >= height { firstLine = min(last - height + 1, lineCount - height) }
        }
        var above = 0
        var below = 0
        for index in form.parameters.indices {
            guard let line = lineIndex(ofRow: index, form, issues) else { continue }
            if line < firstLine { above += 1 } else if line >= firstLine + height { below += 1 }
        }
        return (firstLine, above, below)
    }

    private static func lineIndex(ofRow row: Int, _ form: ResponseForm, _ issues: FormIssues) -> Int? {
        var line = 0
        for index in form.parameters.indices {
            if index == row { return line }
            line += 1
            if issues.parameters[index] != nil || issues.parameterNotes[index] != nil { line += 1 }
        }
        return nil
    }

    /// The width of the name column of the parameters table: the longest folded name, at most
    /// half the width so values keep room.
    static func parameterNameWidth(_ form: ResponseForm, width: Int) -> Int {
        min(max(12, width / 2), form.parameters.map { DisplayWidth.of(ParameterText.name($0.key)) }.max() ?? 0)
    }

    /// Whether a parameter row is under the cursor or being edited: it shows its whole name.
    static func isHovered(_ index: Int, _ form: ResponseForm) -> Bool {
        form.parameterEdit?.row == index || (form.focus == .parameters && index == form.parameterCursor)
    }

    /// The name a parameter row shows: folded, or whole under the cursor.
    static func shownName(_ index: Int, _ form: ResponseForm) -> String {
        isHovered(index, form) ? form.parameters[index].key : ParameterText.name(form.parameters[index].key)
    }

    /// The lines of the parameters table in `width` columns: one per row, plus one under a row with a problem.
    static func parameterLines(_ form: ResponseForm, issues: FormIssues, width: Int, theme: Theme) -> [[Span]] {
        guard !form.parameters.isEmpty else { return [[Span("   none", theme.muted)]] }
        var lines: [[Span]] = []
        let nameWidth = parameterNameWidth(form, width: width)
        for (index, row) in form.parameters.enumerated() {
            let selected = form.focus == .parameters && index == form.parameterCursor
            let marker = issues.parameters[index] != nil ? "✗" : " "
            lines.append([Span(" \(marker) ", issues.parameters[index] != nil ? theme.syntax.keyword : theme.muted)] + ParameterText.spans(
                name: shownName(index, form), value: row.value, nameWidth: nameWidth, width: width - 3,
                nameStyle: selected ? theme.selection : theme.syntax.key, valueStyle: selected ? theme.selection : theme.syntax.string,
                arrowStyle: theme.muted, emptyStyle: selected ? theme.selection : theme.muted))
            if let error = issues.parameters[index] {
                lines.append([Span("     ✗ " + error, theme.syntax.keyword)])
            } else if let note = issues.parameterNotes[index] {
                lines.append([Span("     ℹ " + note, theme.muted)])
            }
        }
        return lines
    }

    /// `matches: ✓ 500  ✗ 200 …` for common inputs (status codes, or Lambda messages).
    private static func patternSamples(_ form: ResponseForm, _ theme: Theme) -> [Span] {
        let pattern = form.pattern.text
        var spans = [Span(String(repeating: " ", count: 20))]
        guard !pattern.isEmpty else {
            spans.append(Span("default response: used when no other pattern matches", theme.muted))
            return spans
        }
        guard let regex = form.patternCheck.regex else { return spans }
        let sample = form.sample.subject.text
        var inputs = form.context.isLambda ? [sample, "", "Not Found", "Internal Error", "Bad Request: id"] : [sample, "200", "201", "400", "403", "404", "500", "502"]
        var seen: Set<String> = []
        inputs = inputs.filter { seen.insert($0).inserted }
        for input in inputs {
            let shown = input.isEmpty ? "\"\"" : DisplayWidth.truncate(input, to: 18)
            spans.append(regex.matchesWhole(input) ? Span("✓ " + shown + "  ", theme.syntax.string) : Span("✗ " + shown + "  ", theme.muted))
        }
        return spans
    }

    /// The Templates heading, the tabs and the keys of the field (or of the editor, `editing`).
    static func drawTemplateTabs(_ buffer: inout ScreenBuffer, _ form: ResponseForm, _ issues: FormIssues, _ rect: Rect, editing: Bool = false, _ theme: Theme) {
        guard !rect.isEmpty else { return }
        let focused = form.focus == .templates
        let at = buffer.write(" Templates ", row: rect.row, column: rect.column, style: focused ? theme.accent : theme.title, limit: rect.right)
        let titles = form.templates.enumerated().map { index, tab in (issues.templates[index] != nil ? "✗ " : "") + tab.contentType }
        let ranges = TabBar.draw(into: &buffer, rect: Rect(row: rect.row, column: at, height: 1, width: rect.right - at), titles: titles, selected: form.templateTab, theme: theme)
        let end = ranges.last?.upperBound ?? at
        let hint = focused ? " " + FormKeymap.hint(editing ? [TemplateEditorScreen.leave] : FormKeymap.rows(for: .templates)) : ""
        buffer.write(hint, row: rect.row, column: end + 1, style: theme.muted, limit: rect.right)
    }

    /// A one-line input: the text with a cursor when focused, else plain on the input colour.
    static func drawInput(_ buffer: inout ScreenBuffer, _ input: TextInput, focused: Bool, row: Int, column: Int, width: Int, _ theme: Theme) {
        guard width > 0 else { return }
        if focused {
            input.draw(into: &buffer, row: row, column: column, width: width, prompt: Span(""), style: theme.input)
        } else {
            buffer.fill(Rect(row: row, column: column, height: 1, width: width), style: theme.tabInactive)
            buffer.write(input.text, row: row, column: column, style: theme.tabInactive, limit: column + width)
        }
    }
}
