import GatewayModel
import TerminalUI

/// One integration response: its fields, and its templates as tabs of highlighted text.
enum ResponseScreen: BrowseScreen {
    static let title = "Integration response"
    static let keys: [KeyBinding] = [
            KeyBinding([.character("e")], "e", .edit, "edit this integration response", short: "edit", when: .writable),
            KeyBinding([.tab, .character("]")], "Tab/]", .nextTab, "next template", short: "template"),
            KeyBinding([.backTab, .character("[")], "S-Tab/[", .previousTab, "previous template"),
            KeyBinding((1...9).map { .character(Character(String($0))) }, "1-9", .selectTab(0), "template by number"),
            Keymap.deployBinding,
            Keymap.testBinding,
        ]

    static func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) {
        if let detail {
            return (nil, Rect(row: detail.row + 1, column: detail.column, height: detail.height - 1, width: detail.width))
        }
        let fields = min(Layout.responseFieldsHeight(state), max(0, main.height / 2))
        return (nil, Rect(row: main.row + fields + 1, column: main.column, height: main.height - fields - 1, width: main.width))
    }

    static func listCount(_ state: ExplorerState) -> Int { 0 }

    static func enter(_ state: inout ExplorerState) -> [Effect] { [] }

    static func importID(_ state: ExplorerState) -> String? {
        guard let api = state.currentAPI, let resource = state.currentResource, let method = state.currentMethod, let status = state.screen.statusCode else { return nil }
        return IntegrationResponseID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod, statusCode: status).description
    }

    static func breadcrumb(_ screen: ScreenState, _ state: ExplorerState) -> [String] { [screen.statusCode ?? ""] }

    static func isValid(_ screen: ScreenState, _ state: ExplorerState) -> Bool {
        screen.statusCode.flatMap { state.targets(of: screen).method?.integration?.integrationResponse(statusCode: $0) } != nil
    }

    static func summary(_ state: ExplorerState) -> String {
        Explorer.plural(state.currentResponse?.responseTemplates.count ?? 0, "template")
    }

    static func draw(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawResponse(&buffer, state, layout, theme)
    }
}

extension Explorer {
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

}
