/// What a key did to a text editor.
public enum TextEditorOutcome: Hashable, Sendable {
    /// The editor does not use the key (the caller may).
    case ignored
    /// The cursor, selection, scroll or search changed; the text did not.
    case moved
    /// The text changed.
    case edited
    /// Text was copied: put it on the system clipboard (OSC 52).
    case copy(String)
}

/// One key of the editor with its help, for footers and the `?` help.
public struct TextEditorBinding: Hashable, Sendable {
    public var keys: String
    public var help: String
    /// The footer's word for it (nil: the help lists it, the footer does not).
    public var short: String? = nil
}

extension TextEditorState {
    /// What an editor key does.
    public enum Action: Hashable, Sendable {
        case newline, backspace, deleteForward, indent, dedent
        case move(MotionKey), select(MotionKey)
        case selectAll, copy, cut, paste, undo, redo, search, findNext, matchBracket, nextError
    }

    /// A motion as a key names it (paging takes the viewport's height when it runs).
    public enum MotionKey: Hashable, Sendable {
        case left, right, up, down, lineStart, lineEnd, pageUp, pageDown
    }

    /// The editor's key table: `handle` looks keys up here and the help lists the rows with help.
    public static let keys: [KeyRow<Action>] = [
        KeyRow([.shiftLeft], .select(.left), "Shift-arrows", "select"),
        KeyRow([.shiftRight], .select(.right)), KeyRow([.shiftUp], .select(.up)), KeyRow([.shiftDown], .select(.down)),
        KeyRow([.shiftHome], .select(.lineStart)), KeyRow([.shiftEnd], .select(.lineEnd)),
        KeyRow([.control("a")], .selectAll, "Ctrl-A", "select all"),
        KeyRow([.control("c")], .copy, "Ctrl-C / Ctrl-X", "copy / cut (line when nothing is selected)"),
        KeyRow([.control("x")], .cut),
        KeyRow([.control("v")], .paste, "Ctrl-V", "paste what gwx copied"),
        KeyRow([.control("z")], .undo, "Ctrl-Z / Ctrl-Y", "undo / redo", short: "undo/redo"),
        KeyRow([.control("y")], .redo),
        KeyRow([.control("f")], .search, "Ctrl-F", "search (Enter next, ↑ previous, Esc close)", short: "find"),
        KeyRow([.function(3), .control("n")], .findNext, "F3 / Ctrl-N", "find next"),
        KeyRow([.control("k")], .matchBracket, "Ctrl-K", "jump to the matching bracket or #if/#end", short: "match"),
        KeyRow([.control("g")], .nextError, "Ctrl-G", "jump to the next error", short: "error"),
        KeyRow([.tab], .indent, "Tab / Shift-Tab", "indent / dedent"),
        KeyRow([.backTab], .dedent),
        KeyRow([.home], .move(.lineStart), "Home / End", "line start (indent first) / end"),
        KeyRow([.end], .move(.lineEnd)),
        KeyRow([.enter], .newline), KeyRow([.backspace], .backspace), KeyRow([.delete, .control("d")], .deleteForward),
        KeyRow([.left], .move(.left)), KeyRow([.right], .move(.right)), KeyRow([.up], .move(.up)), KeyRow([.down], .move(.down)),
        KeyRow([.pageUp], .move(.pageUp)), KeyRow([.pageDown], .move(.pageDown)),
    ]

    /// The editor's keys, as the help lists them (the rows of the table that have help).
    public static let bindings: [TextEditorBinding] = keys.compactMap { row in
        row.help.map { TextEditorBinding(keys: row.label, help: $0, short: row.short) }
    }

    /// The search prompt's keys; other keys edit the search text.
    enum SearchAction: Hashable, Sendable { case close, next, previous }
    static let searchKeys: [KeyRow<SearchAction>] = [
        KeyRow([.escape], .close, "Esc", "close the search"),
        KeyRow([.enter, .down, .control("n"), .control("f"), .function(3)], .next, "Enter / ↓", "next match"),
        KeyRow([.up, .control("p")], .previous, "↑", "previous match"),
    ]

    /// Applies a key. `viewport` is the text area (for paging and scrolling); `clipboard` is
    /// the app's internal clipboard, read by paste and written by copy and cut.
    public mutating func handle(_ key: Key, viewport: Size, clipboard: inout String) -> TextEditorOutcome {
        let before = version
        message = nil
        if let input = search {
            handleSearchKey(key, input: input)
            scrollToCursor(height: viewport.rows, width: viewport.columns)
            return .moved
        }
        var outcome: TextEditorOutcome?
        if case let .character(character) = key {
            type(character)
        } else {
            guard let action = Self.keys.action(for: key) else { return .ignored }
            func motion(_ key: MotionKey) -> Motion {
                switch key {
                case .left: return .left
                case .right: return .right
                case .up: return .up
                case .down: return .down
                case .lineStart: return .lineStart
                case .lineEnd: return .lineEnd
                case .pageUp: return .pageUp(viewport.rows)
                case .pageDown: return .pageDown(viewport.rows)
                }
            }
            switch action {
            case .newline: newline()
            case .backspace: backspace()
            case .deleteForward: deleteForward()
            case .indent: indent()
            case .dedent: dedent()
            case let .move(key): move(motion(key))
            case let .select(key): move(motion(key), selecting: true)
            case .selectAll: selectAll()
            case .copy:
                clipboard = copyText()
                outcome = .copy(clipboard)
            case .cut:
                clipboard = cut()
                outcome = .copy(clipboard)
            case .paste:
                if clipboard.isEmpty { message = "Nothing to paste: copy with \(Self.keys.key(of: .copy)) first (paste from your terminal works too)" } else { insert(clipboard) }
                lastEdit = .other
            case .undo:
                if !undo() { message = "Nothing to undo" }
            case .redo:
                if !redo() { message = "Nothing to redo" }
            case .search: startSearch()
            case .findNext: findNext()
            case .matchBracket:
                if !jumpToMatch() { message = "No bracket or #if/#foreach/#end at the cursor" }
            case .nextError:
                if !jumpToNextMark() { message = "No errors" }
            }
        }
        scrollToCursor(height: viewport.rows, width: viewport.columns)
        if let outcome { return outcome }
        return version != before ? .edited : .moved
    }
}
