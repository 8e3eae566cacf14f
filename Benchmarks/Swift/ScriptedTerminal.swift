import Foundation
import TerminalUI

/// A terminal that drives `Explorer.run` from a script and times each scripted key from the
/// moment the loop reads it to the `present` of the frame it produced.
final class ScriptedTerminal: Terminal {
    /// One step of a script.
    enum Step {
        /// Waits (no input) until the last frame contains the text.
        case waitFor(String)
        /// Presses a key, untimed.
        case key(Key)
        /// Presses a key and records its latency and cells written under a label.
        case timed(String, Key)
    }

    /// One timed key: latency in nanoseconds and the cells its frame changed.
    struct Measurement {
        var label: String
        var nanoseconds: UInt64
        var cellsWritten: Int
    }

    let size: Size
    private var steps: [Step]
    private var position = 0
    private var lastFrame: ScreenBuffer?
    private var textIsStale = true
    private var cachedText = ""
    /// The last frame's text (computed only while a wait looks at it, off the timed path).
    private var lastText: String {
        if textIsStale, let lastFrame { cachedText = lastFrame.text; textIsStale = false }
        return cachedText
    }
    private var pending: (label: String, start: UInt64)?
    private var waitStarted: UInt64?
    /// Every timed key, in order.
    private(set) var measurements: [Measurement] = []
    /// Set when a wait timed out: the screen then.
    private(set) var failure: String?

    init(rows: Int, columns: Int, steps: [Step]) {
        size = Size(rows: rows, columns: columns)
        self.steps = steps
    }

    func present(_ frame: ScreenBuffer) {
        let changed = frame.changes(since: lastFrame).count
        if let pending {
            measurements.append(Measurement(label: pending.label, nanoseconds: now() - pending.start, cellsWritten: changed))
            self.pending = nil
        }
        lastFrame = frame
        textIsStale = true
    }

    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard position < steps.count, failure == nil else { return .hangup }
        switch steps[position] {
        case .waitFor(let text):
            if lastText.contains(text) {
                waitStarted = nil
                position += 1
                return readEvent(timeoutMilliseconds: timeoutMilliseconds)
            }
            let started = waitStarted ?? now()
            waitStarted = started
            if now() - started > 20_000_000_000 {
                failure = "timed out waiting for \"\(text)\"; the screen:\n\(lastText)"
                return .hangup
            }
            usleep(500)
            return nil
        case .key(let key):
            position += 1
            return .key(key)
        case .timed(let label, let key):
            position += 1
            pending = (label, now())
            return .key(key)
        }
    }

    func copyToClipboard(_ text: String) {}
}
