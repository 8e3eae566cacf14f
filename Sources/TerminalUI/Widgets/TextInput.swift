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

    /// Applies an editing key; returns false for keys the field does not handle.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .character(character):
            insert(String(character))
        case .backspace, .control("h"):
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .control("u"):
            text.removeSubrange(text.startIndex..<text.index(text.startIndex, offsetBy: cursor))
            cursor = 0
        case .control("w"):
            let head = String(text.prefix(cursor))
            let kept = head.trimmingTrailing(" ").droppingLastWord()
            text = kept + text.dropFirst(cursor)
            cursor = kept.count
        default:
            return false
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
