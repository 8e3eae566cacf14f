import GatewayModel
import TerminalUI

/// Which API, resource, method and integration response a browse screen is about.
struct Place: Hashable, Sendable {
    var api: APIKey?
    var resourceId: String?
    var httpMethod: String?
    var statusCode: String?
}

/// A browse screen (REST APIs, resources, method, integration response): a component on
/// `ExplorerState.layers` that owns where it is (its `place`, cursor, filter), its key rows,
/// its list or text area, what its own keys do, its drawing, its status line and its part of
/// the breadcrumb, in one file under `Screens/`. The browse screens sit at the bottom of the
/// stack, under every modal; the one on top of them is `state.screen`. Opening one is one line:
/// `state.push(MyScreen(...))`.
protocol BrowseScreen: Component {
    /// Its own key rows, in footer order (checked before `Keymap.global`).
    static var rows: [KeyBinding] { get }
    /// What it is about.
    var place: Place { get }
    /// Its list's cursor and scroll (unused by a screen that shows text).
    var list: ListState { get set }
    /// The filter typed with `/` on its list.
    var filter: String { get set }
    /// Its list and text areas inside `main` (beside them, `detail` on wide terminals).
    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?)
    /// Rows in its list (0 when it shows text).
    func listCount(_ state: ExplorerState) -> Int
    /// Does one of its own rows' actions (Enter, fold, tabs…); `nil`: a shared action, done by
    /// `Explorer.perform` (moving in the list, filter, reload, help, quit, deploy).
    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]?
    /// Terraform's import ID of what the cursor is on.
    func importID(_ state: ExplorerState) -> String?
    /// What this screen adds to the breadcrumb.
    func breadcrumb(_ state: ExplorerState) -> [String]
    /// Whether what it shows is still there after a reload.
    func isValid(_ state: ExplorerState) -> Bool
    /// The status line's summary (`3 integration responses`).
    func summary(_ state: ExplorerState) -> String
    /// The status line's right end (`2/5`).
    func position(_ state: ExplorerState) -> String
    /// Keeps its cursor and scroll inside its list or text after a change.
    mutating func clamp(_ state: ExplorerState, _ layout: Layout)
    /// The width of `main` on a wide terminal (the detail pane gets the rest).
    func mainWidth(columns: Int) -> Int
    /// Whether `/` filters it (it has a list).
    var isFilterable: Bool { get }
    /// Whether the divider before the detail pane shows.
    func showsDetail(_ state: ExplorerState) -> Bool
    /// Draws its body (the header, banner, status line and footer are drawn around it).
    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme)
}

extension BrowseScreen {
    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? { nil }
    func position(_ state: ExplorerState) -> String {
        let count = listCount(state)
        return count > 0 ? "\(list.cursor + 1)/\(count) " : ""
    }
    mutating func clamp(_ state: ExplorerState, _ layout: Layout) {
        list.scrollIntoView(count: listCount(state), height: layout.list?.height ?? 0)
    }
    func mainWidth(columns: Int) -> Int { columns * 3 / 5 }
    var isFilterable: Bool { true }
    func showsDetail(_ state: ExplorerState) -> Bool { true }

    // MARK: - Component

    func keys(_ state: ExplorerState) -> [KeyBinding] { Self.rows + Keymap.global }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        Explorer.browse(action, &state)
    }

    /// A browse screen hides the ones under it.
    var coversScreens: Bool { true }

    func helpLines(_ state: ExplorerState, theme: Theme) -> [[Span]] { Keymap.helpLines(self, state, theme: theme) }

    /// Its body, the divider before the detail pane, the status line and the footer from its table.
    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        drawBody(into: &buffer, state, layout, theme)
        if let detail = layout.detail, showsDetail(state) {
            for row in detail.row..<detail.bottom { buffer.write("│", row: row, column: detail.column - 1, style: theme.border) }
        }
        Explorer.drawStatus(&buffer, state, layout, theme)
        Footer.draw(into: &buffer, row: layout.footer.row, width: layout.footer.width, hints: keys(state).hints(state), theme: theme)
    }
}

extension ExplorerState {
    /// The browse screens, bottom (REST APIs) first. They always sit under every other
    /// component; setting them keeps the components over them.
    var screens: [any BrowseScreen] {
        get { layers.prefix { $0 is any BrowseScreen }.compactMap { $0 as? any BrowseScreen } }
        set {
            let count = layers.prefix { $0 is any BrowseScreen }.count
            layers.replaceSubrange(0..<count, with: (newValue.isEmpty ? [APIsScreen()] : newValue).map { $0 as any Component })
        }
    }

    /// The browse screen on top of the browse screens (under any modal): the one shown, whose
    /// list the filter and the mouse work.
    var screen: any BrowseScreen {
        get {
            let count = layers.prefix { $0 is any BrowseScreen }.count
            return count > 0 ? (layers[count - 1] as? any BrowseScreen) ?? APIsScreen() : APIsScreen()
        }
        set {
            let count = layers.prefix { $0 is any BrowseScreen }.count
            if count > 0 { layers[count - 1] = newValue } else { layers.insert(newValue, at: 0) }
        }
    }

    /// Opens a browse screen over the current one, under any modal.
    mutating func open(_ screen: any BrowseScreen) {
        layers.insert(screen, at: layers.prefix { $0 is any BrowseScreen }.count)
    }

    /// Closes the current browse screen (the REST APIs screen stays).
    mutating func closeScreen() {
        let count = layers.prefix { $0 is any BrowseScreen }.count
        if count > 1 { layers.remove(at: count - 1) }
    }

    /// The loaded API, resource and method a place points at (for `isValid`).
    func targets(of place: Place) -> (definition: APIDefinition?, method: Method?) {
        let definition = place.api.flatMap { loaded[$0]?.definition }
        let resource = place.resourceId.flatMap { definition?.resource($0) }
        return (definition, place.httpMethod.flatMap { resource?.method($0) })
    }
}
