import TerminalUI

/// The `?` page: the keys of what is under it, drawn from that component's or screen's table.
struct HelpModal: Component {
    var firstLine = 0

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.down, .character("j")], "↓/j", .down, "scroll down"),
            KeyBinding([.up, .character("k")], "↑/k", .up, "scroll up"),
            Keymap.forceQuit,
            KeyBinding([.escape], "Esc", .close, "close the help", short: "closes"),
            KeyBinding([], "any key", .close, "close the help"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var help = self
        switch action {
        case .down: help.firstLine += 1
        case .up: help.firstLine = max(0, firstLine - 1)
        default:
            state.pop()
            return []
        }
        state.put(help)
        return []
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        // The page is of the component under the help (a browse screen, the form, a modal).
        let under = state.layers.dropLast().last ?? state.screen
        let title = under.helpTitle
        let lines = under.helpLines(state, theme: theme)
        Modal.draw(into: &buffer, screen: layout.body, title: "Keys — \(title)   (\(keys(state).hintLine(state, theme).map(\.text).joined()))", lines: lines, firstLine: firstLine, theme: theme)
    }
}
