/// Turns what the terminal sends into events: keys, escape sequences curses did not decode,
/// bracketed pastes (`ESC[200~ … ESC[201~`, which may span many reads) and bursts of text.
///
/// Pure and fed by the caller, so split reads, a missing end bracket and huge pastes are
/// tested without a terminal. `CursesTerminal` feeds it everything one read produced (the
/// first character and all that was already waiting) and calls `flush` when input stops
/// while `isWaiting`.
struct InputDecoder {
    /// One unit of input: a character, or an event curses already decoded (a function key, the mouse, a resize).
    enum Item: Equatable {
        case scalar(UInt32)
        case event(InputEvent)
        /// A key code curses knows and gwx does not use.
        case unknown
    }

    /// A paste is delivered in pieces of at most this many UTF-8 bytes, so a paste whose end
    /// bracket never comes cannot grow without bound (each piece is one edit).
    static let pasteLimit = 1 << 20
    /// How long a paste may pause before it is taken as ended without its end bracket.
    static let pasteIdleMilliseconds = 500
    /// How long to wait for the rest of an escape sequence split between reads.
    static let escapeWaitMilliseconds = 50
    /// The longest escape sequence read; longer ones are dropped as garbage.
    private static let escapeLimit = 16
    private static let pasteStart: [UInt32] = Array("[200~".unicodeScalars.map(\.value))
    private static let pasteEnd: [UInt32] = Array("\u{1B}[201~".unicodeScalars.map(\.value))

    /// Whether a paste is being collected.
    private var pasting = false
    /// The paste being collected, as raw scalars (line breaks not yet normalized).
    private var paste: [UInt32] = []
    private var pasteBytes = 0
    /// The escape sequence being collected (after ESC).
    private var escape: [UInt32]?

    /// Whether a paste or an escape sequence is unfinished: read on, then `flush`.
    var isWaiting: Bool { pasting || escape != nil }

    /// How long to wait for more input before `flush`. After a lone ESC curses has already
    /// waited its Esc delay for the rest of a key, so Esc stays quick.
    var waitMilliseconds: Int {
        if pasting { return Self.pasteIdleMilliseconds }
        return escape?.isEmpty == true ? 0 : Self.escapeWaitMilliseconds
    }

    /// The events for one read's worth of input.
    mutating func decode(_ items: [Item]) -> [InputEvent] {
        var events: [InputEvent] = []
        var run: [UInt32] = []
        func endRun() {
            if !run.isEmpty { events.append(Self.textEvent(run)) }
            run.removeAll()
        }
        for item in items {
            if pasting {
                guard case let .scalar(value) = item else {
                    // A resize during a paste still counts; keys curses decoded from pasted bytes cannot be turned back into text.
                    if case let .event(event) = item, case .resize = event { events.append(event) }
                    continue
                }
                events += addToPaste(value)
                continue
            }
            if var sequence = escape {
                guard case let .scalar(value) = item else {
                    escape = nil
                    events.append(.key(.escape))
                    if case let .event(event) = item { events.append(event) }
                    continue
                }
                if sequence.isEmpty, value != 0x5B, value != 0x4F {
                    // Alt+key, or Esc typed just before a key: Esc, then the key.
                    escape = nil
                    events.append(.key(.escape))
                } else {
                    sequence.append(value)
                    escape = sequence
                    if let event = finishEscape(sequence) { events += event }
                    continue
                }
            }
            switch item {
            case .unknown:
                continue
            case let .event(event):
                endRun()
                events.append(event)
            case let .scalar(value):
                if value == 27 {
                    endRun()
                    escape = []
                } else if Self.isText(value) {
                    run.append(value)
                } else {
                    endRun()
                    events.append(.key(Self.key(forControl: value)))
                }
            }
        }
        endRun()
        return events
    }

    /// Input stopped while waiting: a paste without its end bracket ends here, a lone ESC is
    /// Esc, and a cut-off escape sequence is dropped.
    mutating func flush() -> [InputEvent] {
        if pasting {
            return endPaste(dropping: 0)
        }
        if let sequence = escape {
            escape = nil
            return sequence.isEmpty ? [.key(.escape)] : []
        }
        return []
    }

    // MARK: - Pieces

    /// A complete escape sequence's events (`[]` for an unknown one), or nil while it goes on.
    private mutating func finishEscape(_ sequence: [UInt32]) -> [InputEvent]? {
        guard let last = sequence.last else { return nil }
        let complete = sequence.count >= 2 && (0x40...0x7E).contains(last)
        guard complete || sequence.count >= Self.escapeLimit else { return nil }
        escape = nil
        guard complete else { return [] }
        if sequence == Self.pasteStart {
            pasting = true
            paste.removeAll(keepingCapacity: true)
            pasteBytes = 0
            return []
        }
        let body = sequence.dropFirst().compactMap { Unicode.Scalar($0).map(Character.init) }
        return EscapeSequence.key(introducer: sequence[0], body: Array(body)).map { [.key($0)] } ?? []
    }

    private mutating func addToPaste(_ value: UInt32) -> [InputEvent] {
        paste.append(value)
        pasteBytes += Self.utf8Count(value)
        let endCount = Self.pasteEnd.count
        if value == 0x7E, paste.count >= endCount, paste[(paste.count - endCount)...].elementsEqual(Self.pasteEnd) {
            return endPaste(dropping: endCount)
        }
        // Cut a piece only where the end bracket cannot be starting, and not inside CR LF.
        if pasteBytes >= Self.pasteLimit, value != 13, !paste.suffix(endCount - 1).contains(27) {
            let piece = Self.text(paste)
            paste.removeAll(keepingCapacity: true)
            pasteBytes = 0
            return [.paste(piece)]
        }
        return []
    }

    /// The paste collected, less its last `count` scalars (the end bracket); collecting stops.
    private mutating func endPaste(dropping count: Int) -> [InputEvent] {
        pasting = false
        pasteBytes = 0
        let text = Self.text(paste.dropLast(count))
        paste = []
        return text.isEmpty ? [] : [.paste(text)]
    }

    /// A run of plain text: one key when it is one character, else a burst.
    private static func textEvent(_ run: [UInt32]) -> InputEvent {
        if run.count == 1, let value = run.first {
            switch value {
            case 9: return .key(.tab)
            case 10, 13: return .key(.enter)
            default: return .key(.character(Character(Unicode.Scalar(value) ?? "\u{FFFD}")))
            }
        }
        return .burst(text(run))
    }

    /// Printable characters, Tab, LF and CR: what a paste is made of.
    private static func isText(_ value: UInt32) -> Bool {
        value == 9 || value == 10 || value == 13 || (value >= 32 && value != 127 && !(0x80...0x9F).contains(value))
    }

    private static func key(forControl value: UInt32) -> Key {
        switch value {
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96) ?? "?"))
        default: return .character(Character(Unicode.Scalar(value) ?? "\u{FFFD}"))
        }
    }

    /// The text of scalars with CR LF and lone CR turned into LF: terminals send CR for the
    /// line breaks of a paste (tmux turns LF into CR too), and a template wants LF.
    static func text(_ scalars: some Collection<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(scalars.count)
        var previousWasCR = false
        for value in scalars {
            defer { previousWasCR = value == 13 }
            if value == 10, previousWasCR { continue }
            if value == 13 {
                view.append("\n")
            } else {
                view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            }
        }
        return String(view)
    }

    private static func utf8Count(_ value: UInt32) -> Int {
        value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
    }
}
