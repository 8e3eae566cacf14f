import TerminalUI

/// "Quit with unsaved drafts?": `q`/`y` quits, any other key stays.
struct QuitModal: Component {
    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.character("q"), .character("y"), .control("c")], "q", .confirm, "quit anyway (the drafts stay on disk)", short: "quit anyway"),
            KeyBinding([], "any other key", .close, "stay", short: "stays"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        state.pop()
        guard action == .confirm else { return [] }
        state.quitting = true
        return Explorer.cancelPending(&state) + [.quit]
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let lines: [[Span]] = [
            [Span("\(Explorer.plural(state.drafts.count, "draft")) not saved to the source.")],
            [Span("They stay on disk and gwx offers them next time.", theme.muted)],
            [],
            keys(state).hintLine(state, theme),
        ]
        Modal.draw(into: &buffer, screen: layout.body, title: "Quit?", lines: lines, theme: theme)
    }
}
