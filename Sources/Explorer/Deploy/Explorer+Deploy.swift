import Foundation
import GatewayClient
import GatewayModel
import TerminalUI

extension Explorer {
    // MARK: - Starting

    /// `d`: loads the stages of the current API to deploy it (sources with stages, not read-only).
    static func startDeploy(_ state: inout ExplorerState) -> [Effect] {
        guard !state.readonly else {
            state.banner = Banner(kind: .info, text: "Read-only session (--readonly): deploying is off")
            return []
        }
        guard let key = state.screen.place.api, let api = state.loaded[key] else { return [] }
        guard state.deploySources.contains(key.source) else {
            state.banner = Banner(kind: .info, text: DeploymentsUnsupportedError(source: state.sourceLabels[key.source]).description)
            return []
        }
        let request = state.takeRequestID()
        state.put(DeployModal(flow: DeployFlow(api: key, restApiId: api.definition.api.id, apiName: api.definition.api.name,
                                               phase: .loadingStages(request: request), changes: state.undeployed[key] ?? [])))
        return [.listStages(key, request: request)]
    }

    /// Notes a save that only reaches callers after a deployment (shown when deploying, and
    /// used as the deployment's description).
    static func noteUndeployed(_ change: String, api: APIKey, _ state: inout ExplorerState) {
        guard state.deploySources.contains(api.source) else { return }
        var changes = state.undeployed[api] ?? []
        changes.removeAll { $0 == change }
        changes.append(change)
        state.undeployed[api] = changes
    }

    // MARK: - Results

    /// The stages came back: show the chooser, or the error.
    static func stagesListed(_ state: inout ExplorerState, request: Int, _ result: Result<[Stage], LoadFailure>) -> [Effect] {
        guard var flow = state.layer(DeployModal.self)?.flow, flow.phase == .loadingStages(request: request) else { return [] }
        switch result {
        case let .success(stages):
            flow.stages = stages
            flow.list = ListState()
            flow.phase = .choosing
            state.put(DeployModal(flow: flow))
        case let .failure(failure):
            state.remove(DeployModal.self)
            if failure.kind != .cancelled {
                state.banner = Banner(kind: .error, text: "Could not list the stages of \(flow.apiName): \(failure.summary)")
            }
        }
        return []
    }

    /// `CreateDeployment` answered: a banner with the deployment ID, or AWS's message and request ID.
    static func deployed(_ state: inout ExplorerState, request: Int, _ result: Result<Deployment, LoadFailure>) -> [Effect] {
        guard let flow = state.layer(DeployModal.self)?.flow, case let .deploying(running, stageName) = flow.phase, running == request else { return [] }
        state.remove(DeployModal.self)
        switch result {
        case let .success(deployment):
            state.undeployed[flow.api] = nil
            let when = deployment.createdDate.map { " at \(DeployFlow.shortDate($0))" } ?? ""
            state.banner = Banner(kind: .info, text: "Deployed \(flow.apiName) to \(stageName): deployment \(deployment.id)\(when)")
        case let .failure(failure):
            state.banner = Banner(kind: .error, text: "Deploying \(flow.apiName) to \(stageName) failed: \(failure.summary)")
        }
        return []
    }
}

extension ExplorerState {
    /// Whether `d` deploys here: an API of a source with stages is open, and the session may write.
    var canDeploy: Bool {
        guard !readonly, let key = screen.place.api else { return false }
        return deploySources.contains(key.source)
    }
}
