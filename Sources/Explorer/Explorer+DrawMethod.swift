import GatewayModel
import TerminalUI

extension Explorer {
    static func drawMethod(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let method = state.currentMethod, let list = layout.list else { return }
        let main = layout.main
        let info = MethodInfo.lines(method, theme: theme)
        let infoHeight = list.row - 2 - main.row
        writeLines(Array(info.prefix(infoHeight)), into: &buffer, rect: Rect(row: main.row, column: main.column, height: infoHeight, width: main.width))
        let responses = method.integration?.integrationResponses ?? []
        buffer.write(heading("Integration responses (\(responses.count))", theme), row: list.row - 2, column: main.column, limit: main.right)
        var columns = [
            TableColumn("STATUS", maxWidth: 7), TableColumn("SELECTION PATTERN", maxWidth: 40),
            TableColumn("CONTENT", maxWidth: 17), TableColumn("PARAMS", alignRight: true), TableColumn("TEMPLATES", maxWidth: 40),
        ]
        let key = state.screen.api
        var rows: [[Span]] = state.visibleResponses.map { index in
            let response = responses[index]
            let marked = key.map { state.hasDraft(api: $0, resourceId: state.screen.resourceId, httpMethod: method.httpMethod, status: response.statusCode) } ?? false
            return [
                Span((marked ? "●" : "") + response.statusCode, theme.text.bolded),
                response.isDefault ? Span("(default)", theme.muted) : Span(response.selectionPattern ?? "", theme.syntax.string),
                Span(response.contentHandling?.rawValue ?? "—", response.contentHandling == nil ? theme.muted : theme.text),
                Span(String(response.responseParameters.count)),
                Span(response.responseTemplates.isEmpty ? "0" : "\(response.responseTemplates.count) " + templateTypes(response.responseTemplates)),
            ]
        }
        // A narrow list leaves out PARAMS, then CONTENT, before it cuts the templates' names.
        for column in [3, 2] where naturalWidth(columns, rows) > list.width - 1 {
            columns.remove(at: column)
            rows = rows.map { var row = $0; row.remove(at: column); return row }
        }
        TableView.draw(into: &buffer, rect: Rect(row: list.row - 1, column: list.column, height: list.height + 1, width: list.width), columns: columns, rows: rows, state: state.screen.list, theme: theme)
        if rows.isEmpty {
            let text = responses.isEmpty ? "No integration responses: API Gateway returns the backend response as is" : "No integration response matches \"\(state.screen.filter)\""
            buffer.write("  " + text, row: list.row, column: list.column, style: theme.muted, limit: list.right)
        }
        if let detail = layout.detail, let response = state.selectedResponse {
            var lines = ResponseInfo.lines(response, methodResponse: method.methodResponse(statusCode: response.statusCode), importID: state.importID ?? "", width: detail.width, theme: theme)
            for entry in response.responseTemplates {
                lines.append([Span("   "), Span(entry.key, theme.accent)])
                if entry.value.isEmpty {
                    lines.append([Span("     " + emptyTemplateNote, theme.muted)])
                    continue
                }
                let highlighted = SyntaxHighlighter(language: .template(mediaType: entry.key), palette: theme.syntax).highlight(entry.value)
                lines += highlighted.prefix(8).map { [Span("     ")] + $0 }
                if highlighted.count > 8 { lines.append([Span("     … \(highlighted.count - 8) more lines", theme.muted)]) }
            }
            writeLines(lines, into: &buffer, rect: detail)
        }
    }

    /// The width a table needs to show every cell whole (up to each column's maximum); the
    /// table takes one more column for its margin.
    static func naturalWidth(_ columns: [TableColumn], _ rows: [[Span]]) -> Int {
        let widths = columns.indices.map { index in
            rows.reduce(DisplayWidth.of(columns[index].title)) { max($0, min(columns[index].maxWidth, index < $1.count ? $1[index].width : 0)) }
        }
        return widths.reduce(0, +) + max(0, columns.count - 1)
    }

    static func drawResponse(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let response = state.currentResponse, let text = layout.text else { return }
        let methodResponse = state.currentMethod?.methodResponse(statusCode: response.statusCode)
        let main = layout.main
        let fields = ResponseInfo.lines(response, methodResponse: methodResponse, importID: state.importID ?? "", width: main.width, theme: theme)
        let fieldsHeight = layout.detail == nil ? text.row - 1 - main.row : main.height
        writeLines(Array(fields.prefix(fieldsHeight)), into: &buffer, rect: Rect(row: main.row, column: main.column, height: fieldsHeight, width: main.width))
        let tabRow = Rect(row: text.row - 1, column: text.column, height: 1, width: text.width)
        let templates = response.responseTemplates
        guard !templates.isEmpty else {
            buffer.write("  No response templates: the backend body passes through unchanged.", row: tabRow.row, column: tabRow.column, style: theme.muted, limit: tabRow.right)
            return
        }
        let tab = min(max(0, state.screen.tab), templates.count - 1)
        TabBar.draw(into: &buffer, rect: tabRow, titles: templates.keys, selected: tab, theme: theme)
        let entry = templates.entries[tab]
        if entry.value.isEmpty {
            buffer.write("  " + emptyTemplateNote, row: text.row, column: text.column, style: theme.muted, limit: text.right)
            return
        }
        let lines = SyntaxHighlighter(language: .template(mediaType: entry.key), palette: theme.syntax).highlight(entry.value)
        TextView.draw(into: &buffer, rect: text, lines: lines, firstLine: state.screen.firstLine, theme: theme)
    }

    /// Shown for a template that is there but empty: unlike no template at all, it is chosen for
    /// its content type (so no other template is used) and API Gateway returns the payload unmapped.
    static let emptyTemplateNote = "(empty template: the payload is returned unmapped)"

    /// The content types, an empty template marked.
    static func templateTypes(_ templates: OrderedMap<String>) -> String {
        templates.map { $0.value.isEmpty ? $0.key + " (empty)" : $0.key }.joined(separator: ", ")
    }
}
