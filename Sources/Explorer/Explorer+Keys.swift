import TerminalUI

extension Explorer {
    /// What a browse screen's row does: Esc's steps first, then the screen's own actions
    /// (`BrowseScreen.act`), then the ones every browse screen shares.
    static func browse(_ action: Action, _ state: inout ExplorerState) -> [Effect] {
        if action == .dismiss {
            // Esc first stops a load, then dismisses a message, then clears a filter, then goes back.
            if let pending = state.pending {
                state.pending = nil
                state.banner = Banner(kind: .info, text: "Cancelled loading \(pending.name)")
                return [.cancel(request: pending.request)]
            }
            if state.screen is APIsScreen, state.apis.isEmpty, state.sources.contains(where: { if case .loading = $0 { return true } else { return false } }) {
                var effects: [Effect] = []
                for (index, status) in state.sources.enumerated() {
                    if case let .loading(request) = status {
                        state.sources[index] = .failed(LoadFailure(message: "Cancelled; press \(Keymap.key(.reload)) to list the REST APIs again", kind: .cancelled))
                        effects.append(.cancel(request: request))
                    }
                }
                return effects
            }
            if state.banner != nil {
                state.banner = nil
                return []
            }
        }
        return perform(action, &state)
    }

    /// Does what a browse screen's row says: the screen's own action, else the shared one.
    static func perform(_ action: Action, _ state: inout ExplorerState) -> [Effect] {
        if let effects = state.screen.act(action, &state) { return effects }
        let height = Layout(state).list?.height ?? 0
        let count = state.listCount
        switch action {
        case .up, .down, .top, .bottom, .pageUp, .pageDown:
            state.screen.list.perform(action, count: count, height: height)
        case .back, .dismiss:
            back(&state)
        case .filter:
            state.push(FilterLine(input: TextInput(state.screen.filter)))
        case .command:
            state.push(CommandPrompt(completions: completions(for: "", state)))
        case .reload:
            return reload(&state)
        case .copy:
            guard let id = state.importID else { return [] }
            state.banner = Banner(kind: .info, text: "Copied import ID \(id)")
            return [.copy(id)]
        case .help:
            state.push(HelpModal())
        case .quit:
            return requestQuit(&state)
        case .deploy:
            return startDeploy(&state)
        case .testInvoke:
            return startTestInvoke(&state)
        default:
            // Another screen's or a modal's action: no row of this screen has it.
            break
        }
        return []
    }

    static func back(_ state: inout ExplorerState) {
        if !state.screen.filter.isEmpty {
            state.screen.filter = ""
            state.screen.list = ListState()
            state.syncTreeFilter()
            return
        }
        guard state.screens.count > 1 else { return }
        state.closeScreen()
        state.syncTreeFilter()
        state.clampList()
    }

    // MARK: - Mouse

    static func handleMouse(_ mouse: MouseEvent, _ state: inout ExplorerState) -> [Effect] {
        if let top = state.top, !(top is any BrowseScreen) {
            // A click closes the help; other components keep the mouse from the list under them.
            if top is HelpModal { state.pop() }
            guard top.passesMouse else { return [] }
        }
        let layout = Layout(state)
        guard !layout.tooSmall else { return [] }
        switch mouse.kind {
        case .wheelUp:
            return (0..<3).flatMap { _ in perform(.up, &state) }
        case .wheelDown:
            return (0..<3).flatMap { _ in perform(.down, &state) }
        case .click, .doubleClick:
            guard let list = layout.list, list.contains(row: mouse.row, column: mouse.column),
                  let index = ListView.index(atScreenRow: mouse.row, rect: list, count: state.listCount, state: state.screen.list) else { return [] }
            state.screen.list.select(index, count: state.listCount, height: list.height)
            return mouse.kind == .doubleClick ? perform(.enter, &state) : []
        }
    }
}
