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
        state.push(RecoveryModal(drafts: mine))
        return []
    }

    /// `q`: quits, or asks first when drafts are unsaved.
    static func requestQuit(_ state: inout ExplorerState) -> [Effect] {
        if !state.drafts.isEmpty, state.layer(QuitModal.self) == nil {
            state.push(QuitModal())
            return []
        }
        state.quitting = true
        return cancelPending(&state) + [.quit]
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
