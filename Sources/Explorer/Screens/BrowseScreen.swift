import GatewayModel
import TerminalUI

/// One browse screen (REST APIs, resources, method, integration response): its key rows, its
/// list or text area, what Enter opens, its drawing, its status line and its breadcrumb, in
/// one file under `Screens/`. They sit on `ExplorerState.stack` as `ScreenState`s of a
/// `ScreenKind`; `ScreenKind.screen` names the type that does the work.
protocol BrowseScreen {
    /// The screen's name in the help.
    static var title: String { get }
    /// Its key rows, in footer order (checked before `Keymap.global`).
    static var keys: [KeyBinding] { get }
    /// Its list and text areas inside `main` (beside them, `detail` on wide terminals).
    static func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?)
    /// Rows in its list (0 when it shows text).
    static func listCount(_ state: ExplorerState) -> Int
    /// Enter: opens what the cursor is on (pushes the next screen).
    static func enter(_ state: inout ExplorerState) -> [Effect]
    /// Terraform's import ID of what the cursor is on.
    static func importID(_ state: ExplorerState) -> String?
    /// What this screen adds to the breadcrumb.
    static func breadcrumb(_ screen: ScreenState, _ state: ExplorerState) -> [String]
    /// Whether what it shows is still there after a reload.
    static func isValid(_ screen: ScreenState, _ state: ExplorerState) -> Bool
    /// The status line's summary (`3 integration responses`).
    static func summary(_ state: ExplorerState) -> String
    static func draw(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme)
}

extension ScreenKind {
    /// The type that implements the screen: a new screen is a case here and its file.
    var screen: any BrowseScreen.Type {
        switch self {
        case .apis: return APIsScreen.self
        case .resources: return ResourcesScreen.self
        case .method: return MethodScreen.self
        case .response: return ResponseScreen.self
        }
    }
}

extension ExplorerState {
    /// The loaded API, resource and method a stacked screen points at (for `isValid`).
    func targets(of screen: ScreenState) -> (definition: APIDefinition?, method: Method?) {
        let definition = screen.api.flatMap { loaded[$0]?.definition }
        let resource = screen.resourceId.flatMap { definition?.resource($0) }
        return (definition, screen.httpMethod.flatMap { resource?.method($0) })
    }
}
