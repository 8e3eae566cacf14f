import Foundation
import GatewayClient
import GatewayModel

/// Runs one load effect against the sources and turns its outcome into an event.
enum EffectWork {
    /// The event a load effect ends with; `nil` for effects that are not loads.
    static func perform(_ effect: Effect, sources: [any GatewaySource]) async -> ExplorerEvent? {
        switch effect {
        case let .listAPIs(source, request):
            guard sources.indices.contains(source) else { return nil }
            do {
                let apis = try await sources[source].listRestAPIs()
                return .apisListed(source: source, request: request, .success(apis))
            } catch {
                return .apisListed(source: source, request: request, .failure(failure(error)))
            }
        case let .loadAPI(key, request):
            guard sources.indices.contains(key.source) else { return nil }
            do {
                let definition = try await sources[key.source].loadAPI(id: key.apiId)
                return .apiLoaded(key, request: request, .success(definition))
            } catch {
                return .apiLoaded(key, request: request, .failure(failure(error)))
            }
        case .cancel, .copy, .quit:
            return nil
        }
    }

    private static func failure(_ error: any Error) -> LoadFailure {
        error is CancellationError ? LoadFailure(message: "Cancelled", kind: .cancelled) : LoadFailure(error)
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
    private var tasks: [Int: Task<Void, Never>] = [:]

    init(sources: [any GatewaySource], mailbox: Mailbox) {
        self.sources = sources
        self.mailbox = mailbox
    }

    /// How many loads are running.
    var inFlight: Int { tasks.count }

    /// Starts a load, or cancels one.
    func start(_ effect: Effect) {
        switch effect {
        case let .listAPIs(_, request), let .loadAPI(_, request):
            let sources = sources
            let mailbox = mailbox
            tasks[request] = Task.detached {
                if let event = await EffectWork.perform(effect, sources: sources) { mailbox.post(event) }
            }
        case let .cancel(request):
            tasks.removeValue(forKey: request)?.cancel()
        case .copy, .quit:
            break
        }
    }

    /// Forgets a finished load.
    func finished(_ event: ExplorerEvent) {
        switch event {
        case let .apisListed(_, request, _), let .apiLoaded(_, request, _):
            tasks.removeValue(forKey: request)
        case .input, .tick:
            break
        }
    }

    /// Cancels every running load.
    func cancelAll() {
        for task in tasks.values { task.cancel() }
        tasks.removeAll()
    }
}
