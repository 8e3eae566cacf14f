import Text

/// A one-line text field: its text and a cursor between grapheme clusters.
public struct TextInput: Hashable, Sendable {
    /// The text typed so far.
    public private(set) var text: String
    /// The cursor, as a count of characters from the start.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// What an editing key does to the field.
    public enum Action: Hashable, Sendable {
        case deleteBackward, deleteForward, left, right, start, end, deleteToStart, deleteWord
    }

    /// The field's keys (readline's, as shells have them); printable characters are typed.
    public static let keys: [KeyRow<Action>] = [
        KeyRow([.backspace, .control("h")], .deleteBackward, "Backspace", "delete before the cursor"),
        KeyRow([.delete, .control("d")], .deleteForward, "Del / Ctrl-D", "delete at the cursor"),
        KeyRow([.left, .control("b")], .left, "← / Ctrl-B", "back one character"),
        KeyRow([.right, .control("f")], .right, "→ / Ctrl-F", "forward one character"),
        KeyRow([.home, .control("a")], .start, "Home / Ctrl-A", "to the start"),
        KeyRow([.end, .control("e")], .end, "End / Ctrl-E", "to the end"),
        KeyRow([.control("u")], .deleteToStart, "Ctrl-U", "delete to the start"),
        KeyRow([.control("w")], .deleteWord, "Ctrl-W", "delete the word before the cursor"),
    ]

    /// Applies an editing key; returns false for keys the field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        if case let .character(character) = key {
            insert(String(character))
            return true
        }
        guard let action = Self.keys.action(for: key) else { return false }
        switch action {
        case .deleteBackward:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .deleteForward:
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = text.count
        case .deleteToStart:
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .deleteWord:
            let head = String(text.prefix(cursor))
            let kept = head.trimmingTrailing(" ").droppingLastWord()
            text = kept + text.dropFirst(cursor)
            cursor = kept.count
        }
        return true
    }

    /// Inserts text at the cursor.
    public mutating func insert(_ typed: String) {
        let index = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: typed, at: index)
        cursor += typed.count
    }

    /// Inserts pasted text as one edit. A one-line field has no line breaks: a final one is
    /// dropped, the others and tabs become spaces, and other control characters are left out
    /// (as browsers paste into a one-line field).
    public mutating func paste(_ pasted: String) {
        var scalars = Array(pasted.unicodeScalars)
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        var cleaned = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in scalars {
            defer { previousWasCR = scalar == "\r" }
            if scalar == "\n", previousWasCR { continue }
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                cleaned.append(" ")
            } else if scalar.value >= 32, scalar.value != 127, !(0x80...0x9F).contains(scalar.value) {
                cleaned.append(scalar)
            }
        }
        insert(String(cleaned))
    }

    /// Replaces the whole text, cursor at the end.
    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Draws `prompt` and the text with a block cursor.
    public func draw(into buffer: inout ScreenBuffer, row: Int, column: Int, width: Int, prompt: Span, style: Style) {
        buffer.fill(Rect(row: row, column: column, height: 1, width: width), style: style)
        var at = buffer.write(prompt.text, row: row, column: column, style: prompt.style, limit: column + width)
        let head = String(text.prefix(cursor))
        let tail = String(text.dropFirst(cursor))
        // Keep the cursor visible: show the end of a long head.
        let room = column + width - at - 1
        var shownHead = head
        while DisplayWidth.of(shownHead) > room, !shownHead.isEmpty { shownHead.removeFirst() }
        at = buffer.write(shownHead, row: row, column: at, style: style, limit: column + width)
        var cursorStyle = style
        cursorStyle.reverse = true
        let under = tail.first.map(String.init) ?? " "
        at = buffer.write(under, row: row, column: at, style: cursorStyle, limit: column + width)
        buffer.write(String(tail.dropFirst()), row: row, column: at, style: style, limit: column + width)
    }
}

extension String {
    func trimmingTrailing(_ character: Character) -> String {
        var copy = self
        while copy.last == character { copy.removeLast() }
        return copy
    }

    func droppingLastWord() -> String {
        var copy = self
        while let last = copy.last, last != " ", last != "/" { copy.removeLast() }
        return copy
    }
}
