import CShims
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the real terminal could not be used.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    /// What went wrong and what to do.
    public var message: String
    public var description: String { message }
}

/// The real terminal, through ncursesw. The only type in gwx that calls curses.
///
/// `start()` sets the locale, raw keys, keypad, a short Esc delay, colours and the mouse;
/// `stop()` (also run on SIGINT, SIGTERM, SIGHUP) gives the terminal back as it was.
public final class CursesTerminal: Terminal {
    /// How many colours are used.
    public enum ColorMode: Sendable { case none, basic, full }

    private var window: UnsafeMutablePointer<WINDOW>?
    private var lastFrame: ScreenBuffer?
    private var palette = ColorPairs()
    /// The colour mode chosen at start (`NO_COLOR` or a colourless terminal gives `.none`).
    public private(set) var colorMode: ColorMode = .none
    private var stopped = true
    private var decoder = InputDecoder()
    /// Events decoded from one read and not yet returned.
    private var queued: [InputEvent] = []

    public init() {}

    deinit { stop() }

    /// Takes over the terminal. Throws when standard input or output is not a terminal or
    /// the terminal type is unknown.
    public func start() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalError(message: "gwx needs an interactive terminal (standard input and output are not a TTY); use `gwx ls` or `gwx render` in scripts")
        }
        setlocale(LC_ALL, "")
        guard gwx_newterm() != nil, let screen = gwx_stdscr() else {
            let term = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw TerminalError(message: "cannot use terminal type TERM=\(term); set TERM to a known type such as xterm-256color")
        }
        window = screen
        stopped = false
        gwx_install_restore_handlers()
        raw()
        noecho()
        nonl()
        keypad(screen, true)
        set_escdelay(25)
        curs_set(0)
        gwx_enable_mouse()
        colorMode = Self.chooseColorMode()
        if colorMode != .none {
            start_color()
            use_default_colors()
        }
        palette = ColorPairs(limit: Int(gwx_color_pairs()), mode: colorMode)
        lastFrame = nil
        setBracketedPaste(true)
    }

    /// Turns bracketed paste on or off (`ESC[?2004h` / `ESC[?2004l`): with it on, the terminal
    /// marks a paste so it is inserted as text, never read as keys. Terminals without it ignore it.
    private func setBracketedPaste(_ on: Bool) {
        writeRaw(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l")
    }

    /// Gives the terminal back: cursor, echo, line mode. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        setBracketedPaste(false)
        curs_set(1)
        endwin()
    }

    private static func chooseColorMode() -> ColorMode {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return .none }
        guard has_colors() else { return .none }
        return gwx_colors() >= 256 ? .full : .basic
    }

    public var size: Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        gwx_window_size(window, &rows, &columns)
        return Size(rows: Int(rows), columns: Int(columns))
    }

    public func present(_ frame: ScreenBuffer) {
        guard let window, !stopped else { return }
        if lastFrame?.size != frame.size {
            lastFrame = nil
            wclear(window)
        }
        for change in frame.changes(since: lastFrame) {
            put(change.cell, row: change.row, column: change.column, window: window)
        }
        wnoutrefresh(window)
        doupdate()
        lastFrame = frame
    }

    private func put(_ cell: Cell, row: Int, column: Int, window: UnsafeMutablePointer<WINDOW>) {
        var wide: [wchar_t] = cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        let (attributes, pair) = palette.attributes(for: cell.style)
        _ = wide.withUnsafeBufferPointer { buffer in
            gwx_add_wide(window, Int32(row), Int32(column), buffer.baseAddress, attributes, pair)
        }
    }

    /// Reads input: the first character within the timeout, then everything already waiting
    /// (one read, for `InputDecoder` to tell a burst of text from keys), and on to the end of
    /// a bracketed paste or escape sequence. Events one read produced beyond the first wait in
    /// a queue for the next calls.
    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard let window, !stopped else { return .hangup }
        if !queued.isEmpty { return queued.removeFirst() }
        // A paste or escape sequence left unfinished by the last call waits its own time.
        var timeout = decoder.isWaiting ? decoder.waitMilliseconds : timeoutMilliseconds
        repeat {
            guard let first = readItem(window, timeoutMilliseconds: timeout) else {
                // Input stopped: a paste without its end bracket ends, a lone ESC is Esc.
                if decoder.isWaiting { queued += decoder.flush() }
                break
            }
            var items = [first]
            while items.count < Self.itemsPerRead, let next = readItem(window, timeoutMilliseconds: 0) { items.append(next) }
            queued += decoder.decode(items)
            timeout = decoder.waitMilliseconds
            // Events are handed out as they come (a 1 MiB piece of a huge paste at a time).
        } while decoder.isWaiting && queued.isEmpty
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    /// Characters decoded per read at most (a paste in progress reads on until its end).
    private static let itemsPerRead = 1 << 16

    /// One character or curses key code, or nil when none came within the timeout.
    private func readItem(_ window: UnsafeMutablePointer<WINDOW>, timeoutMilliseconds: Int) -> InputDecoder.Item? {
        wtimeout(window, Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == OK { return .scalar(UInt32(character)) }
        if result == KEY_CODE_YES { return functionKey(Int32(character)).map(InputDecoder.Item.event) ?? .unknown }
        return nil
    }

    private func functionKey(_ code: Int32) -> InputEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_SR: return .key(.shiftUp)
        case KEY_SF: return .key(.shiftDown)
        case KEY_SLEFT: return .key(.shiftLeft)
        case KEY_SRIGHT: return .key(.shiftRight)
        case KEY_SHOME: return .key(.shiftHome)
        case KEY_SEND: return .key(.shiftEnd)
        case gwx_key_resize():
            lastFrame = nil
            return .resize(size)
        case gwx_key_mouse():
            var row: Int32 = 0, column: Int32 = 0, kind: Int32 = 0
            guard gwx_read_mouse(&row, &column, &kind) == OK else { return nil }
            let kinds: [Int32: MouseEvent.Kind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
            guard let mouseKind = kinds[kind] else { return nil }
            return .mouse(MouseEvent(mouseKind, row: Int(row), column: Int(column)))
        default:
            for n in 1...12 where code == gwx_key_f(Int32(n)) { return .key(.function(n)) }
            return nil
        }
    }

    public func suspend() {
        guard window != nil, !stopped else { return }
        setBracketedPaste(false)
        def_prog_mode()
        endwin()
    }

    public func resume() {
        guard let window, !stopped else { return }
        reset_prog_mode()
        lastFrame = nil
        wclear(window)
        wrefresh(window)
        setBracketedPaste(true)
    }

    public func copyToClipboard(_ text: String) {
        writeRaw(OSC52.sequence(for: text))
    }

    /// Writes an escape sequence curses does not know straight to the terminal.
    private func writeRaw(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                gwx_write_stdout(pointer, buffer.count)
            }
        }
    }
}
