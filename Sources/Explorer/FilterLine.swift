import TerminalUI

/// The `/` line: filters the list under it as the user types.
struct FilterLine: Component {
    var input: TextInput

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.enter], "Enter", .close, "keep the filter", short: "keep"),
            KeyBinding([.escape], "Esc", .cancel, "clear the filter", short: "clear"),
            KeyBinding([.up], "↑", .up, "move up the list"),
            KeyBinding([.down], "↓", .down, "move down the list"),
            Keymap.forceQuit,
            KeyBinding([], "type", .type, "the filter: a part of a name, ID or path"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var line = self
        switch action {
        case .close:
            state.pop()
            return []
        case .cancel:
            state.pop()
            state.screen.filter = ""
        case .up, .down:
            return Explorer.perform(action, &state)
        default:
            guard line.input.handle(key) else { return [] }
            state.put(line)
            state.screen.filter = line.input.text
        }
        Explorer.refilter(&state)
        return []
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        var line = self
        line.input.paste(text)
        state.put(line)
        state.screen.filter = line.input.text
        Explorer.refilter(&state)
        return []
    }

    var passesMouse: Bool { true }

    var helpTitle: String { "Filter" }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        input.draw(into: &buffer, row: layout.status.row, column: 0, width: layout.status.width, prompt: Span(" / ", theme.accent.on(theme.input.background)), style: theme.input)
    }
}

extension Explorer {
    /// The list starts over after its filter changed.
    static func refilter(_ state: inout ExplorerState) {
        state.screen.list = ListState()
        state.syncTreeFilter()
        state.clampList()
    }
}
