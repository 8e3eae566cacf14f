import GatewayModel
import TerminalUI
import Text

/// A method: its integration, method responses and integration responses.
struct MethodScreen: BrowseScreen {
    var place: Place
    var list = ListState()
    var filter = ""

    var helpTitle: String { "Method" }
    static let rows: [KeyBinding] = [
        KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open the integration response", short: "open"),
        KeyBinding([.character("e")], "e", .edit, "edit the integration response", short: "edit", when: .writable),
        KeyBinding([.character("n")], "n", .new, "add an integration response", short: "new", when: .writable),
        Keymap.deployBinding,
        Keymap.testBinding,
    ]

    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? {
        switch action {
        case .enter:
            guard let response = state.selectedResponse else { return [] }
            var next = place
            next.statusCode = response.statusCode
            state.push(ResponseScreen(place: next))
            return []
        case .edit:
            guard let status = state.selectedResponse?.statusCode else { return [] }
            return Explorer.openForm(statusCode: status, &state)
        case .new:
            return Explorer.openForm(statusCode: nil, &state)
        default:
            return nil
        }
    }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) {
        let info = min(Layout.methodInfoHeight(state), max(0, main.height / 2))
        return (Rect(row: main.row + info + 2, column: main.column, height: main.height - info - 2, width: main.width), nil)
    }

    func listCount(_ state: ExplorerState) -> Int { state.visibleResponses.count }

    func importID(_ state: ExplorerState) -> String? {
        guard let api = state.currentAPI, let resource = state.currentResource, let method = state.currentMethod else { return nil }
        let methodID = MethodID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod)
        guard let response = state.selectedResponse else { return methodID.description }
        return IntegrationResponseID(restApiId: methodID.restApiId, resourceId: methodID.resourceId, httpMethod: methodID.httpMethod, statusCode: response.statusCode).description
    }

    func breadcrumb(_ state: ExplorerState) -> [String] {
        var parts: [String] = []
        if let key = place.api, let id = place.resourceId {
            parts.append(state.loaded[key]?.definition.resource(id)?.path ?? id)
        }
        return parts + [place.httpMethod ?? ""]
    }

    func isValid(_ state: ExplorerState) -> Bool { state.targets(of: place).method != nil }

    func summary(_ state: ExplorerState) -> String {
        Explorer.plural(state.currentMethod?.integration?.integrationResponses.count ?? 0, "integration response")
    }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawMethod(&buffer, state, layout, theme)
    }
}

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
        let key = state.screen.place.api
        var rows: [[Span]] = state.visibleResponses.map { index in
            let response = responses[index]
            let marked = key.map { state.hasDraft(api: $0, resourceId: state.screen.place.resourceId, httpMethod: method.httpMethod, status: response.statusCode) } ?? false
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

    /// Shown for a template that is there but empty: unlike no template at all, it is chosen for
    /// its content type (so no other template is used) and API Gateway returns the payload unmapped.
    static let emptyTemplateNote = "(empty template: the payload is returned unmapped)"

    /// The content types, an empty template marked.
    static func templateTypes(_ templates: OrderedMap<String>) -> String {
        templates.map { $0.value.isEmpty ? $0.key + " (empty)" : $0.key }.joined(separator: ", ")
    }
}
