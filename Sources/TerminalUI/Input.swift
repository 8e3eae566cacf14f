/// A key the user pressed.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case up, down, left, right
    case enter, escape, backspace, tab, backTab, delete
    case pageUp, pageDown, home, end
    /// Shifted movement keys: they extend a selection in the text editor.
    case shiftUp, shiftDown, shiftLeft, shiftRight, shiftHome, shiftEnd
    case function(Int)

    /// How the key is written in the footer and help (`↑`, `Enter`, `Ctrl-C`, `j`).
    public var label: String {
        switch self {
        case let .character(c): return c == " " ? "Space" : String(c)
        case let .control(c): return "Ctrl-\(c.uppercased())"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Del"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .shiftUp: return "Shift-↑"
        case .shiftDown: return "Shift-↓"
        case .shiftLeft: return "Shift-←"
        case .shiftRight: return "Shift-→"
        case .shiftHome: return "Shift-Home"
        case .shiftEnd: return "Shift-End"
        case let .function(n): return "F\(n)"
        }
    }
}

/// A mouse action at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable { case click, doubleClick, wheelUp, wheelDown }

    public var kind: Kind
    public var row: Int
    public var column: Int

    public init(_ kind: Kind, row: Int, column: Int) {
        self.kind = kind
        self.row = row
        self.column = column
    }
}

/// Something the terminal reports.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize(Size)
    /// The input is gone (the terminal closed, or a script ran out): the app should end.
    case hangup
    /// Text the terminal marked as pasted (bracketed paste, `ESC[200~ … ESC[201~`), line breaks
    /// as `\n`. It is text only: its bytes never act as keys.
    case paste(String)
    /// Plain text (line breaks as `\n`) that arrived in one read of the terminal: a paste from a
    /// terminal that does not bracket pastes, or keys typed faster than they were read.
    /// Multi-line editors insert it as it is (no auto-indent); everything else takes it key by key.
    case burst(String)

    /// The events for typing a string, one key per character.
    public static func typing(_ text: String) -> [InputEvent] {
        text.map { .key(.character($0)) }
    }

    /// The keys a burst of text stands for, as if typed one by one (`\n` is Enter, `\t` is Tab).
    public static func keys(typing text: String) -> [Key] {
        text.map { character in
            switch character {
            case "\n", "\r", "\r\n": return .enter
            case "\t": return .tab
            default: return .character(character)
            }
        }
    }
}
