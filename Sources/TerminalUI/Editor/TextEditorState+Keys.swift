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
    /// The editor's keys, as the help lists them.
    public static let bindings: [TextEditorBinding] = [
        TextEditorBinding(keys: "Shift-arrows", help: "select"),
        TextEditorBinding(keys: "Ctrl-A", help: "select all"),
        TextEditorBinding(keys: "Ctrl-C / Ctrl-X", help: "copy / cut (line when nothing is selected)"),
        TextEditorBinding(keys: "Ctrl-V", help: "paste what gwx copied"),
        TextEditorBinding(keys: "Ctrl-Z / Ctrl-Y", help: "undo / redo", short: "undo/redo"),
        TextEditorBinding(keys: "Ctrl-F", help: "search (Enter next, ↑ previous, Esc close)", short: "find"),
        TextEditorBinding(keys: "F3 / Ctrl-N", help: "find next"),
        TextEditorBinding(keys: "Ctrl-K", help: "jump to the matching bracket or #if/#end", short: "match"),
        TextEditorBinding(keys: "Ctrl-G", help: "jump to the next error", short: "error"),
        TextEditorBinding(keys: "Tab / Shift-Tab", help: "indent / dedent"),
        TextEditorBinding(keys: "Home / End", help: "line start (indent first) / end"),
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
        switch key {
        case let .character(character): type(character)
        case .enter: newline()
        case .backspace: backspace()
        case .delete, .control("d"): deleteForward()
        case .tab: indent()
        case .backTab: dedent()
        case .left: move(.left)
        case .right: move(.right)
        case .up: move(.up)
        case .down: move(.down)
        case .home: move(.lineStart)
        case .end: move(.lineEnd)
        case .pageUp: move(.pageUp(viewport.rows))
        case .pageDown: move(.pageDown(viewport.rows))
        case .shiftLeft: move(.left, selecting: true)
        case .shiftRight: move(.right, selecting: true)
        case .shiftUp: move(.up, selecting: true)
        case .shiftDown: move(.down, selecting: true)
        case .shiftHome: move(.lineStart, selecting: true)
        case .shiftEnd: move(.lineEnd, selecting: true)
        case .control("a"): selectAll()
        case .control("c"):
            clipboard = copyText()
            outcome = .copy(clipboard)
        case .control("x"):
            clipboard = cut()
            outcome = .copy(clipboard)
        case .control("v"):
            if clipboard.isEmpty { message = "Nothing to paste: copy with Ctrl-C first (paste from your terminal works too)" } else { insert(clipboard) }
            lastEdit = .other
        case .control("z"):
            if !undo() { message = "Nothing to undo" }
        case .control("y"):
            if !redo() { message = "Nothing to redo" }
        case .control("f"): startSearch()
        case .control("n"), .function(3): findNext()
        case .control("k"):
            if !jumpToMatch() { message = "No bracket or #if/#foreach/#end at the cursor" }
        case .control("g"):
            if !jumpToNextMark() { message = "No errors" }
        default:
            return .ignored
        }
        scrollToCursor(height: viewport.rows, width: viewport.columns)
        if let outcome { return outcome }
        return version != before ? .edited : .moved
    }
}
