import TerminalUI
import Text

extension Explorer {
    /// The sample backend response (editable) and what API Gateway would send for it.
    static func drawPreview(_ buffer: inout ScreenBuffer, _ form: ResponseForm, _ layout: FormLayout, _ rect: Rect, _ theme: Theme) {
        let focused = form.focus == .sample
        let sample = form.sample
        buffer.write([Span(" Sample backend response", focused ? theme.accent : theme.title), Span(focused ? "  " + FormKeymap.hint(FormKeymap.rows(for: .sample, samplePart: form.sample.part)) : "", theme.muted)],
                     row: rect.row, column: rect.column, limit: rect.right)
        let subjectLabel = sample.errorMode ? "Lambda error" : "Status"
        let at = buffer.write(" " + DisplayWidth.pad(subjectLabel, to: 13), row: layout.sampleSubject.row, column: rect.column, style: focused && sample.part == .subject ? theme.accent : theme.muted)
        drawInput(&buffer, sample.subject, focused: focused && sample.part == .subject, row: layout.sampleSubject.row, column: at, width: max(8, rect.right - at - 1), theme)
        if sample.errorMode, sample.subject.text.isEmpty {
            buffer.write("(empty: a successful invocation)", row: layout.sampleSubject.row, column: at + 1, style: theme.muted, limit: rect.right)
        }
        buffer.write(" Headers", row: layout.sampleHeaders.row - 1, column: rect.column, style: focused && sample.part == .headers ? theme.accent : theme.muted)
        TextEditorView.draw(into: &buffer, rect: layout.sampleHeaders, state: sample.headers, focused: focused && sample.part == .headers && form.editingSample, theme: theme)
        buffer.write(" Body" + (sample.bodyText.utf8.count > 4096 ? " (\(sample.bodyText.utf8.count / 1024) KiB)" : ""), row: layout.sampleBody.row - 1, column: rect.column,
                     style: focused && sample.part == .body ? theme.accent : theme.muted)
        TextEditorView.draw(into: &buffer, rect: layout.sampleBody, state: sample.body, focused: focused && sample.part == .body && form.editingSample, theme: theme)
        drawResult(&buffer, form.preview, layout.result, theme)
    }

    private static func drawResult(_ buffer: inout ScreenBuffer, _ preview: PreviewState, _ rect: Rect, _ theme: Theme) {
        guard rect.height > 0 else { return }
        var lines: [[Span]] = []
        let busy = preview.running != nil ? "  …" : ""
        guard let outcome = preview.outcome else {
            lines.append([Span(" Method response", theme.title), Span(busy.isEmpty ? "" : "  rendering…", theme.muted)])
            writeLines(lines, into: &buffer, rect: rect)
            return
        }
        lines.append([Span(" Method response ", theme.title), Span(outcome.statusCode, theme.text.bolded), Span("  via \(outcome.selected)\(busy)", theme.muted)])
        for issue in outcome.issues {
            var place = issue.field ?? ""
            if let line = issue.line { place += ":\(line)" + (issue.column.map { ":\($0)" } ?? "") }
            lines.append([Span(issue.isError ? " ✗ " : " ! ", theme.syntax.keyword), Span((place.isEmpty ? "" : place + ": ") + issue.message, issue.isError ? theme.syntax.keyword : theme.muted)])
        }
        if let rule = outcome.gatewayRule {
            lines.append([Span(" i ", theme.accent), Span(rule, theme.muted)])
        }
        lines += lintLines(outcome.lint, theme)
        for header in outcome.headers {
            lines.append([Span("   "), Span(header.name, theme.syntax.key), Span(": ", theme.muted), Span(header.value, theme.syntax.string)])
        }
        lines.append([Span(" Body" + (outcome.bodyLineCount > outcome.bodyLines.count ? " (first \(outcome.bodyLines.count) of \(outcome.bodyLineCount) lines)" : ""), theme.muted)])
        let room = max(0, rect.height - lines.count)
        let start = min(preview.firstLine, max(0, outcome.bodyLines.count - room))
        for line in outcome.bodyLines.dropFirst(start).prefix(room) { lines.append([Span("   " + line)]) }
        writeLines(lines, into: &buffer, rect: rect)
    }
}
