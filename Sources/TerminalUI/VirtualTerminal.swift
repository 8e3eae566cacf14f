/// An in-memory terminal: a grid of cells for tests and screenshots, with scripted input.
public final class VirtualTerminal: Terminal {
    /// What is on the screen now.
    public private(set) var screen: ScreenBuffer
    /// The cells written by the last `present` (to check that only changes are drawn).
    public private(set) var cellsWrittenByLastFrame = 0
    /// Everything copied to the clipboard, oldest first.
    public private(set) var clipboard: [String] = []
    /// Events still to be read.
    public private(set) var pendingInput: [InputEvent] = []
    /// Whether reading past the end of the script reports `.hangup` (so a run ends).
    public var hangUpWhenInputRunsOut: Bool
    private var lastFrame: ScreenBuffer?

    /// A blank terminal of a size.
    public init(rows: Int, columns: Int, hangUpWhenInputRunsOut: Bool = true) {
        screen = ScreenBuffer(size: Size(rows: rows, columns: columns))
        self.hangUpWhenInputRunsOut = hangUpWhenInputRunsOut
    }

    public var size: Size { screen.size }

    public func present(_ frame: ScreenBuffer) {
        if frame.size != screen.size { screen = ScreenBuffer(size: frame.size) }
        let changes = frame.changes(since: lastFrame)
        cellsWrittenByLastFrame = changes.count
        // The diff is applied cell by cell, as the real terminal would get it.
        var next = screen
        for change in changes {
            next.write(String(change.cell.character), row: change.row, column: change.column, style: change.cell.style)
        }
        screen = next
        lastFrame = frame
    }

    /// Adds events to the input script.
    public func enqueue(_ events: [InputEvent]) { pendingInput.append(contentsOf: events) }

    /// Adds key presses to the input script.
    public func enqueue(keys: [Key]) { pendingInput.append(contentsOf: keys.map { .key($0) }) }

    /// Changes the size and queues the resize event, as a terminal window would.
    public func resize(rows: Int, columns: Int) {
        screen = ScreenBuffer(size: Size(rows: rows, columns: columns))
        lastFrame = nil
        pendingInput.append(.resize(screen.size))
    }

    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !pendingInput.isEmpty else { return hangUpWhenInputRunsOut ? .hangup : nil }
        return pendingInput.removeFirst()
    }

    public func copyToClipboard(_ text: String) { clipboard.append(text) }

    /// The screen's text, trailing blanks removed.
    public var text: String { screen.text }
}
