import Foundation
import GatewayClient
import GatewayModel

/// Runs one load effect against the sources and turns its outcome into an event.
enum EffectWork {
    /// The event a load effect ends with; `nil` for effects that are not loads.
    static func perform(_ effect: Effect, sources: [any GatewaySource], journal: DraftJournal? = nil) async -> ExplorerEvent? {
        switch effect {
        case let .listAPIs(source, request):
            guard sources.indices.contains(source) else { return nil }
            do {
                let apis = try await sources[source].listRestAPIs()
                return .apisListed(source: source, request: request, .success(apis))
            } catch {
                return .apisListed(source: source, request: request, .failure(failure(error, redactedBy: sources[source].secrets)))
            }
        case let .loadAPI(key, request):
            guard sources.indices.contains(key.source) else { return nil }
            do {
                let definition = try await sources[key.source].loadAPI(id: key.apiId)
                return .apiLoaded(key, request: request, .success(definition))
            } catch {
                return .apiLoaded(key, request: request, .failure(failure(error, redactedBy: sources[key.source].secrets)))
            }
        case let .save(plan, request):
            guard sources.indices.contains(plan.source) else { return nil }
            return .saved(request: request, await save(plan, source: sources[plan.source]))
        case let .simulate(job, request):
            return .simulated(request: request, PreviewEngine.run(job))
        case let .listStages(key, request):
            guard sources.indices.contains(key.source) else { return nil }
            do {
                return .stagesListed(request: request, .success(try await sources[key.source].listStages(restApiId: key.apiId)))
            } catch {
                return .stagesListed(request: request, .failure(failure(error, redactedBy: sources[key.source].secrets)))
            }
        case let .createDeployment(key, stageName, description, request):
            guard sources.indices.contains(key.source) else { return nil }
            do {
                let deployment = try await sources[key.source].createDeployment(restApiId: key.apiId, stageName: stageName, description: description)
                return .deployed(request: request, .success(deployment))
            } catch {
                return .deployed(request: request, .failure(failure(error, redactedBy: sources[key.source].secrets)))
            }
        case let .testInvoke(key, method, invocation, request):
            guard sources.indices.contains(key.source) else { return nil }
            do {
                return .testInvoked(request: request, .success(try await sources[key.source].testInvoke(method, request: invocation)))
            } catch {
                return .testInvoked(request: request, .failure(failure(error, redactedBy: sources[key.source].secrets)))
            }
        case .loadDrafts, .writeDraft, .deleteDraft:
            return performNow(effect, journal: journal)
        case .cancel, .copy, .quit, .externalEdit:
            return nil
        }
    }

    /// Runs a draft effect right away, on the caller's thread: a draft is on disk before the
    /// next key is read.
    static func performNow(_ effect: Effect, journal: DraftJournal?) -> ExplorerEvent? {
        switch effect {
        case .loadDrafts:
            guard let journal else { return nil }
            let (drafts, failures) = journal.readAll()
            return .draftsLoaded(drafts, failures: failures.map(\.description))
        case var .writeDraft(draft):
            guard let journal else { return nil }
            draft.writtenAt = Date().timeIntervalSince1970
            do {
                try journal.write(draft)
                return nil
            } catch {
                return .draftWriteFailed(error.description)
            }
        case let .deleteDraft(key):
            journal?.delete(key)
            return nil
        default:
            return nil
        }
    }

    /// Puts the method response first when the plan needs one, then the integration response.
    private static func save(_ plan: SavePlan, source: any GatewaySource) async -> Result<IntegrationResponse, LoadFailure> {
        do {
            if let methodResponse = plan.methodResponse {
                try await source.putMethodResponse(methodResponse, at: plan.method)
            }
            return .success(try await source.saveIntegrationResponse(plan.updated, original: plan.original, at: plan.method))
        } catch {
            return .failure(failure(error, redactedBy: source.secrets))
        }
    }

    private static func failure(_ error: any Error, redactedBy secrets: Secrets) -> LoadFailure {
        guard !(error is CancellationError) else { return LoadFailure(message: "Cancelled", kind: .cancelled) }
        var failure = LoadFailure(error)
        failure.message = secrets.redact(failure.message)
        return failure
    }
}

/// Where finished effects leave their events for the UI loop; safe to post from any thread.
final class Mailbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var events: [ExplorerEvent] = []

    /// Leaves an event for the UI loop.
    func post(_ event: ExplorerEvent) {
        condition.lock()
        events.append(event)
        condition.signal()
        condition.unlock()
    }

    /// Takes every waiting event, waiting up to `timeout` seconds for one when there are none.
    func take(waiting timeout: Double) -> [ExplorerEvent] {
        condition.lock()
        defer { condition.unlock() }
        if events.isEmpty, timeout > 0 {
            _ = condition.wait(until: Date(timeIntervalSinceNow: timeout))
        }
        let taken = events
        events.removeAll()
        return taken
    }
}

/// Starts effects as tasks off the UI thread and cancels them on request.
final class EffectRunner {
    private let sources: [any GatewaySource]
    private let mailbox: Mailbox
    private let journal: DraftJournal?
    /// Draft writes, coalesced (`nil` without a journal).
    private let drafts: DraftWriteCoalescer?
    private var tasks: [Int: Task<Void, Never>] = [:]

    init(sources: [any GatewaySource], mailbox: Mailbox, journal: DraftJournal? = nil, clock: @escaping () -> Double = { Date().timeIntervalSince1970 }) {
        self.sources = sources
        self.mailbox = mailbox
        self.journal = journal
        drafts = journal.map { DraftWriteCoalescer(store: $0, clock: clock) }
    }

    /// Seconds until held draft writes are due; nil when none are held.
    var draftsDueIn: Double? { drafts?.secondsUntilDue }

    /// Writes held drafts whose window has ended.
    func writeDraftsIfDue() {
        report(drafts?.writeIfDue() ?? [])
    }

    /// Writes every held draft now: input paused, or the app quits, saves or suspends.
    func flushDrafts() {
        report(drafts?.flush() ?? [])
    }

    private func report(_ failures: [DraftJournal.Failure]) {
        for failure in failures { mailbox.post(.draftWriteFailed(failure.description)) }
    }

    /// How many loads are running.
    var inFlight: Int { tasks.count }

    /// Starts a load, or cancels one.
    func start(_ effect: Effect) {
        switch effect {
        case let .listAPIs(_, request), let .loadAPI(_, request), let .save(_, request), let .simulate(_, request),
             let .listStages(_, request), let .createDeployment(_, _, _, request), let .testInvoke(_, _, _, request):
            // A failed save keeps the draft: it must be on disk before the save starts.
            if case .save = effect { flushDrafts() }
            let sources = sources
            let mailbox = mailbox
            tasks[request] = Task.detached {
                if let event = await EffectWork.perform(effect, sources: sources) { mailbox.post(event) }
            }
        case let .cancel(request):
            tasks.removeValue(forKey: request)?.cancel()
        case let .writeDraft(draft):
            report(drafts?.submit(draft) ?? [])
        case let .deleteDraft(key):
            drafts?.delete(key)
        case .loadDrafts:
            if let event = EffectWork.performNow(effect, journal: journal) { mailbox.post(event) }
        case .copy, .quit, .externalEdit:
            break
        }
    }

    /// Forgets a finished load.
    func finished(_ event: ExplorerEvent) {
        switch event {
        case let .apisListed(_, request, _), let .apiLoaded(_, request, _), let .saved(request, _), let .simulated(request, _),
             let .stagesListed(request, _), let .deployed(request, _), let .testInvoked(request, _):
            tasks.removeValue(forKey: request)
        case .input, .tick, .draftsLoaded, .draftWriteFailed, .externalEditFinished, .mfaCodeRequested:
            break
        }
    }

    /// Cancels every running load (held drafts are written first).
    func cancelAll() {
        flushDrafts()
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
    }
}
