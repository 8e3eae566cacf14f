import GatewayModel
import TerminalUI

/// A method's method responses (scratch: proves a new screen is one file and one row).
struct MethodResponsesScreen: BrowseScreen {
    var place: Place
    var list = ListState()
    var filter = ""

    var helpTitle: String { "Method responses" }
    var rows: [KeyBinding] { [] }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) { (main.splitTop(1).1, nil) }

    func listCount(_ state: ExplorerState) -> Int { state.currentMethod?.methodResponses.count ?? 0 }

    func importID(_ state: ExplorerState) -> String? { nil }

    func breadcrumb(_ state: ExplorerState) -> [String] { ["method responses"] }

    func isValid(_ state: ExplorerState) -> Bool { state.targets(of: place).method != nil }

    func summary(_ state: ExplorerState) -> String { Explorer.plural(listCount(state), "method response") }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let list = layout.list else { return }
        let responses = state.currentMethod?.methodResponses ?? []
        buffer.write(Explorer.heading("Method responses", theme), row: layout.main.row, column: layout.main.column, limit: layout.main.right)
        ListView.draw(into: &buffer, rect: list, count: responses.count, state: self.list, theme: theme) { index in
            [Span(" " + responses[index].statusCode, theme.text.bolded), Span("  " + responses[index].responseParameters.keys.joined(separator: ", "), theme.muted)]
        }
    }
}
