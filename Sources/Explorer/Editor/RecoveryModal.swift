import TerminalUI

/// Drafts found at start, while the user is asked what to do with them.
struct RecoveryModal: Component {
    var drafts: [Draft]

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.character("r"), .enter, .character("y")], "r", .restore, "restore them (marked ●, e opens one)", short: "restore"),
            KeyBinding([.character("d")], "d", .discard, "discard them", short: "discard them"),
            KeyBinding([.escape, .character("l")], "Esc", .close, "decide later (they stay on disk)", short: "decide later"),
            Keymap.forceQuit,
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        state.pop()
        switch action {
        case .restore:
            for draft in drafts { state.drafts[draft.key] = draft }
            state.banner = Banner(kind: .info, text: "Restored \(Explorer.plural(drafts.count, "draft")): marked ● in the lists, \(MethodScreen.rows.label(of: .edit)) opens one")
            return []
        case .discard:
            state.banner = Banner(kind: .info, text: "Discarded \(Explorer.plural(drafts.count, "draft"))")
            return drafts.map { .deleteDraft($0.key) }
        default:
            // Later: keep them on disk, offer them again next time, but do not mark them now.
            return []
        }
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        var lines: [[Span]] = [[Span("gwx was stopped with unsaved edits. Restore them?")], []]
        for draft in drafts.prefix(8) { lines.append([Span(" ● ", theme.accent), Span(draft.title), Span("  \(draft.key.source)", theme.muted)]) }
        if drafts.count > 8 { lines.append([Span("   … and \(drafts.count - 8) more", theme.muted)]) }
        lines += [[], keys(state).hintLine(state, theme)]
        Modal.draw(into: &buffer, screen: layout.body, title: "Unsaved drafts", lines: lines, theme: theme)
    }
}
