import Foundation

/// Where drafts are written: the journal on disk, or a double in tests.
protocol DraftStore: Sendable {
    /// Writes a draft, replacing the one before.
    func write(_ draft: Draft) throws(DraftJournal.Failure)
    /// Forgets a draft.
    func delete(_ key: DraftKey)
}

extension DraftJournal: DraftStore {}

/// Coalesces draft writes so typing and pasting stay fast with big templates: a draft is
/// written at once when the last write is at least `window` old, else held and written when
/// the window ends, when input pauses, or before anything that must find it on disk (quit,
/// save, `$EDITOR`). A `kill -9` loses at most one window of typing.
///
/// Used from the UI thread only.
final class DraftWriteCoalescer {
    /// The longest a typed change waits before it is on disk, in seconds (said in the README).
    static let window = 0.15

    private let store: any DraftStore
    private let clock: () -> Double
    /// Drafts waiting to be written, in the order they were first held.
    private var pending: [DraftKey: Draft] = [:]
    private var order: [DraftKey] = []
    private var lastWrite = -Double.infinity

    /// A coalescer over a store; `clock` gives seconds (the wall clock unless a test injects one).
    init(store: any DraftStore, clock: @escaping () -> Double = { Date().timeIntervalSince1970 }) {
        self.store = store
        self.clock = clock
    }

    /// Whether drafts are waiting to be written.
    var hasPending: Bool { !pending.isEmpty }

    /// Seconds until the waiting drafts are due (0 when overdue); nil when none wait.
    var secondsUntilDue: Double? {
        pending.isEmpty ? nil : max(0, lastWrite + Self.window - clock())
    }

    /// Takes a draft to journal: written now when the last write is a window old, else held.
    /// Returns the failures of the writes made.
    func submit(_ draft: Draft) -> [DraftJournal.Failure] {
        if pending[draft.key] == nil { order.append(draft.key) }
        pending[draft.key] = draft
        return writeIfDue()
    }

    /// Forgets a draft: a held write of it is dropped (it must not come back), the file deleted.
    func delete(_ key: DraftKey) {
        if pending.removeValue(forKey: key) != nil { order.removeAll { $0 == key } }
        store.delete(key)
    }

    /// Writes the waiting drafts if their window has ended.
    func writeIfDue() -> [DraftJournal.Failure] {
        guard let due = secondsUntilDue, due <= 0 else { return [] }
        return flush()
    }

    /// Writes every waiting draft now (input paused, or quit, save or `$EDITOR` is next).
    func flush() -> [DraftJournal.Failure] {
        guard !pending.isEmpty else { return [] }
        let now = clock()
        var failures: [DraftJournal.Failure] = []
        for key in order {
            guard var draft = pending[key] else { continue }
            draft.writtenAt = now
            do {
                try store.write(draft)
            } catch {
                failures.append(error)
            }
        }
        pending.removeAll()
        order.removeAll()
        lastWrite = now
        return failures
    }
}
