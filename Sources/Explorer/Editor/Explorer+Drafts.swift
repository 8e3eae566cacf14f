import GatewayModel
import TerminalUI

extension Explorer {
    /// Drafts found on disk at start: those of this session's sources are offered back.
    static func draftsLoaded(_ state: inout ExplorerState, _ drafts: [Draft], failures: [String]) -> [Effect] {
        let mine = drafts.filter { state.sourceIdentities.contains($0.key.source) }
        if let failure = failures.first {
            state.banner = Banner(kind: .error, text: "Unreadable draft: \(failure)")
        }
        guard !mine.isEmpty else { return [] }
        state.recovery = mine
        return []
    }

    /// The answer to "restore drafts?": `r`/Enter keeps them (marked ●, opened by `e`), `d` deletes them.
    static func recoveryKey(_ key: Key, _ state: inout ExplorerState) -> [Effect] {
        guard let drafts = state.recovery else { return [] }
        switch key {
        case .character("r"), .enter, .character("y"):
            for draft in drafts { state.drafts[draft.key] = draft }
            state.recovery = nil
            state.banner = Banner(kind: .info, text: "Restored \(plural(drafts.count, "draft")): marked ● in the lists, e opens one")
            return []
        case .character("d"):
            state.recovery = nil
            state.banner = Banner(kind: .info, text: "Discarded \(plural(drafts.count, "draft"))")
            return drafts.map { .deleteDraft($0.key) }
        case .escape, .character("l"):
            // Later: keep them on disk, offer them again next time, but do not mark them now.
            state.recovery = nil
            return []
        case .control("c"):
            state.quitting = true
            return [.quit]
        default:
            return []
        }
    }

    /// `q`: quits, or asks first when drafts are unsaved.
    static func requestQuit(_ state: inout ExplorerState) -> [Effect] {
        if !state.drafts.isEmpty, !state.confirmQuit {
            state.confirmQuit = true
            return []
        }
        state.quitting = true
        return cancelPending(&state) + [.quit]
    }

    /// The answer to "quit with unsaved drafts?".
    static func quitKey(_ key: Key, _ state: inout ExplorerState) -> [Effect] {
        state.confirmQuit = false
        switch key {
        case .character("q"), .character("y"), .control("c"):
            state.quitting = true
            return cancelPending(&state) + [.quit]
        default:
            return []
        }
    }

    /// The recovery and quit questions, over whatever is shown.
    static func drawDraftQuestions(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ screen: Rect, _ theme: Theme) {
        if let drafts = state.recovery {
            var lines: [[Span]] = [[Span("gwx was stopped with unsaved edits. Restore them?")], []]
            for draft in drafts.prefix(8) { lines.append([Span(" ● ", theme.accent), Span(draft.title), Span("  \(draft.key.source)", theme.muted)]) }
            if drafts.count > 8 { lines.append([Span("   … and \(drafts.count - 8) more", theme.muted)]) }
            lines += [[], [Span("r restore   d discard them   Esc decide later", theme.muted)]]
            Modal.draw(into: &buffer, screen: screen, title: "Unsaved drafts", lines: lines, theme: theme)
        } else if state.confirmQuit {
            let lines: [[Span]] = [
                [Span("\(plural(state.drafts.count, "draft")) not saved to the source.")],
                [Span("They stay on disk and gwx offers them next time.", theme.muted)],
                [],
                [Span("q quit anyway   any other key stays", theme.muted)],
            ]
            Modal.draw(into: &buffer, screen: screen, title: "Quit?", lines: lines, theme: theme)
        }
    }
}

extension ExplorerState {
    /// Whether an unsaved draft belongs under an API, resource, method or status.
    func hasDraft(api: APIKey, resourceId: String? = nil, httpMethod: String? = nil, status: String? = nil) -> Bool {
        guard !drafts.isEmpty, sourceIdentities.indices.contains(api.source) else { return false }
        let source = sourceIdentities[api.source]
        return drafts.values.contains { draft in
            draft.key.source == source && draft.apiId == api.apiId
                && (resourceId == nil || draft.resourceId == resourceId)
                && (httpMethod == nil || draft.httpMethod == httpMethod)
                && (status == nil || (draft.original?.statusCode ?? "") == status)
        }
    }
}
