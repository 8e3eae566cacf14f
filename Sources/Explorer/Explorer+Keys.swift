import TerminalUI

extension Explorer {
    /// A key on a browse screen (no component open), through the screen's key table.
    static func browseKey(_ key: Key, _ state: inout ExplorerState) -> [Effect] {
        let action = Keymap.action(for: key, on: state.screen.kind)
        if action == .dismiss {
            // Esc first stops a load, then dismisses a message, then clears a filter, then goes back.
            if let pending = state.pending {
                state.pending = nil
                state.banner = Banner(kind: .info, text: "Cancelled loading \(pending.name)")
                return [.cancel(request: pending.request)]
            }
            if state.screen.kind == .apis, state.apis.isEmpty, state.sources.contains(where: { if case .loading = $0 { return true } else { return false } }) {
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
        guard let action else { return [] }
        return perform(action, &state)
    }

    /// Does what a keybinding says.
    static func perform(_ action: Action, _ state: inout ExplorerState) -> [Effect] {
        let height = Layout(state).list?.height ?? 0
        let count = state.listCount
        let textHeight = Layout(state).text?.height ?? 0
        let isText = state.screen.kind == .response
        switch action {
        case .up:
            if isText { scrollText(by: -1, &state) } else { state.screen.list.move(by: -1, count: count, height: height) }
        case .down:
            if isText { scrollText(by: 1, &state) } else { state.screen.list.move(by: 1, count: count, height: height) }
        case .top:
            if isText { state.screen.firstLine = 0 } else { state.screen.list.select(0, count: count, height: height) }
        case .bottom:
            if isText { scrollText(by: Int.max / 2, &state) } else { state.screen.list.select(count - 1, count: count, height: height) }
        case .pageUp:
            if isText { scrollText(by: -max(1, textHeight - 1), &state) } else { state.screen.list.page(-1, count: count, height: height) }
        case .pageDown:
            if isText { scrollText(by: max(1, textHeight - 1), &state) } else { state.screen.list.page(1, count: count, height: height) }
        case .enter:
            return enter(&state)
        case .back, .dismiss:
            back(&state)
        case .toggle:
            toggle(&state)
        case .fold:
            fold(&state)
        case .filter:
            guard !isText else { return [] }
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
        case .edit:
            let status = state.screen.kind == .method ? state.selectedResponse?.statusCode : state.screen.statusCode
            guard let status else { return [] }
            return openForm(statusCode: status, &state)
        case .new:
            return openForm(statusCode: nil, &state)
        case .deploy:
            return startDeploy(&state)
        case .testInvoke:
            return startTestInvoke(&state)
        case .nextTab:
            selectTab(state.screen.tab + 1, &state)
        case .previousTab:
            selectTab(state.screen.tab - 1, &state)
        case let .selectTab(index):
            selectTab(index, &state, wrap: false)
        default:
            // The components' actions: no browse screen's row has them.
            break
        }
        return []
    }

    private static func scrollText(by delta: Int, _ state: inout ExplorerState) {
        let height = Layout(state).text?.height ?? 0
        let maximum = TextView.maxFirstLine(lineCount: state.currentTemplateLineCount, height: height)
        state.screen.firstLine = min(max(0, state.screen.firstLine + delta), maximum)
    }

    private static func selectTab(_ index: Int, _ state: inout ExplorerState, wrap: Bool = true) {
        let count = state.currentResponse?.responseTemplates.count ?? 0
        guard count > 0 else { return }
        if wrap {
            state.screen.tab = (index % count + count) % count
        } else if index < count {
            state.screen.tab = index
        }
        state.screen.firstLine = 0
    }

    /// Enter: the screen opens what the cursor is on.
    static func enter(_ state: inout ExplorerState) -> [Effect] {
        state.screen.kind.screen.enter(&state)
    }

    static func back(_ state: inout ExplorerState) {
        if !state.screen.filter.isEmpty {
            state.screen.filter = ""
            state.screen.list = ListState()
            state.syncTreeFilter()
            return
        }
        guard state.stack.count > 1 else { return }
        state.stack.removeLast()
        state.syncTreeFilter()
        state.clampList()
    }

    // MARK: - Mouse

    static func handleMouse(_ mouse: MouseEvent, _ state: inout ExplorerState) -> [Effect] {
        if let top = state.top {
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
            return mouse.kind == .doubleClick ? enter(&state) : []
        }
    }
}
