import GatewayModel
import TerminalUI

/// One integration response: its fields, and its templates as tabs of highlighted text.
struct ResponseScreen: BrowseScreen {
    var place: Place
    /// The selected template tab.
    var tab = 0
    /// The first template line shown.
    var firstLine = 0
    /// It shows text, not a list: these stay as they are.
    var list = ListState()
    var filter = ""

    var helpTitle: String { "Integration response" }
    static let rows: [KeyBinding] = [
        KeyBinding([.character("e")], "e", .edit, "edit this integration response", short: "edit", when: .writable),
        KeyBinding([.tab, .character("]")], "Tab/]", .nextTab, "next template", short: "template"),
        KeyBinding([.backTab, .character("[")], "S-Tab/[", .previousTab, "previous template"),
        KeyBinding((1...9).map { .character(Character(String($0))) }, "1-9", .selectTab(0), "template by number"),
        Keymap.deployBinding,
        Keymap.testBinding,
    ]

    var isFilterable: Bool { false }

    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? {
        let height = Layout(state).text?.height ?? 0
        if let line = action.scrolled(from: firstLine, lineCount: state.currentTemplateLineCount, height: height) {
            state.modify(ResponseScreen.self) { $0.firstLine = line }
            return []
        }
        switch action {
        case .filter: break
        case .nextTab: select(tab: tab + 1, &state)
        case .previousTab: select(tab: tab - 1, &state)
        case let .selectTab(index): select(tab: index, &state, wrap: false)
        case .edit:
            guard let status = place.statusCode else { return [] }
            return Explorer.openForm(statusCode: status, &state)
        default: return nil
        }
        return []
    }

    private func select(tab index: Int, _ state: inout ExplorerState, wrap: Bool = true) {
        let count = state.currentResponse?.responseTemplates.count ?? 0
        guard count > 0 else { return }
        state.modify(ResponseScreen.self) { screen in
            if wrap {
                screen.tab = (index % count + count) % count
            } else if index < count {
                screen.tab = index
            }
            screen.firstLine = 0
        }
    }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) {
        if let detail {
            return (nil, Rect(row: detail.row + 1, column: detail.column, height: detail.height - 1, width: detail.width))
        }
        let fields = min(Layout.responseFieldsHeight(state), max(0, main.height / 2))
        return (nil, Rect(row: main.row + fields + 1, column: main.column, height: main.height - fields - 1, width: main.width))
    }

    /// The fields get less room than a list would, the templates more.
    func mainWidth(columns: Int) -> Int { max(44, columns * 2 / 5) }

    func listCount(_ state: ExplorerState) -> Int { 0 }

    func position(_ state: ExplorerState) -> String {
        let lines = state.currentTemplateLineCount
        return lines > 0 ? "line \(firstLine + 1) of \(lines) " : ""
    }

    mutating func clamp(_ state: ExplorerState, _ layout: Layout) {
        guard let text = layout.text else { return }
        firstLine = min(firstLine, TextView.maxFirstLine(lineCount: state.currentTemplateLineCount, height: text.height))
    }

    func importID(_ state: ExplorerState) -> String? {
        guard let api = state.currentAPI, let resource = state.currentResource, let method = state.currentMethod, let status = place.statusCode else { return nil }
        return IntegrationResponseID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod, statusCode: status).description
    }

    func breadcrumb(_ state: ExplorerState) -> [String] { [place.statusCode ?? ""] }

    func isValid(_ state: ExplorerState) -> Bool {
        place.statusCode.flatMap { state.targets(of: place).method?.integration?.integrationResponse(statusCode: $0) } != nil
    }

    func summary(_ state: ExplorerState) -> String {
        Explorer.plural(state.currentResponse?.responseTemplates.count ?? 0, "template")
    }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawResponse(&buffer, self, state, layout, theme)
    }
}

extension Explorer {
    static func drawResponse(_ buffer: inout ScreenBuffer, _ screen: ResponseScreen, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
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
        let tab = min(max(0, screen.tab), templates.count - 1)
        TabBar.draw(into: &buffer, rect: tabRow, titles: templates.keys, selected: tab, theme: theme)
        let entry = templates.entries[tab]
        if entry.value.isEmpty {
            buffer.write("  " + emptyTemplateNote, row: text.row, column: text.column, style: theme.muted, limit: text.right)
            return
        }
        let lines = SyntaxHighlighter(language: .template(mediaType: entry.key), palette: theme.syntax).highlight(entry.value)
        TextView.draw(into: &buffer, rect: text, lines: lines, firstLine: screen.firstLine, theme: theme)
    }

}
