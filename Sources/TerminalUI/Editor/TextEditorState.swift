import Text

/// A place in a text: a line and a column counted in grapheme clusters (both from 0).
public struct TextPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    /// `line:column`, both 1-based, as editors and error messages write them.
    public var description: String { "\(line + 1):\(column + 1)" }
}

/// Something to point at in the text: an error with its place and message.
public struct TextMark: Hashable, Sendable {
    public var position: TextPosition
    public var message: String
    /// A warning (drawn `!`) rather than an error (`✗`).
    public var isWarning: Bool

    public init(position: TextPosition, message: String, isWarning: Bool = false) {
        self.position = position
        self.message = message
        self.isWarning = isWarning
    }
}

/// A multi-line text editor's whole state: the text as lines of grapheme clusters, the
/// cursor, the selection, scrolling, undo history and search. Pure value: keys go in through
/// `handle`, `TextEditorView` draws it.
public struct TextEditorState: Equatable, Sendable {
    /// What undo brings back.
    struct Snapshot: Equatable, Sendable {
        var lines: [[Character]]
        var cursor: TextPosition
    }

    /// Kinds of edit, to merge a run of typing into one undo step.
    enum EditKind: Equatable, Sendable { case typing, deleting, other }

    /// The lines, each an array of grapheme clusters (no line breaks).
    public internal(set) var lines: [[Character]]
    /// The cursor.
    public internal(set) var cursor: TextPosition
    /// The other end of the selection, when there is one.
    public internal(set) var anchor: TextPosition?
    /// The first line shown.
    public internal(set) var firstLine = 0
    /// The first display column shown (horizontal scrolling).
    public internal(set) var firstColumn = 0
    /// How the text is highlighted.
    public var language: SyntaxLanguage
    /// Errors to show in the gutter and jump to.
    public var marks: [TextMark] = []
    /// The search prompt, while it is open.
    public internal(set) var search: TextInput?
    /// The last text searched for.
    public internal(set) var lastSearch = ""
    /// A one-line message for the user (no match, nothing to undo…), cleared by the next key.
    public internal(set) var message: String?
    /// Counts changes to the text: compare it to know whether the text changed.
    public internal(set) var version = 0
    /// The indentation one level adds.
    public var indentUnit = "  "

    var undoStack: [Snapshot] = []
    var redoStack: [Snapshot] = []
    var lastEdit: EditKind?
    /// The display column vertical moves try to keep.
    var preferredColumn: Int?

    /// An editor holding `text`, cursor at the start.
    public init(text: String = "", language: SyntaxLanguage = .plain) {
        lines = Self.split(text)
        cursor = TextPosition(line: 0, column: 0)
        self.language = language
    }

    /// The text, lines joined with `\n`.
    public var text: String {
        var result = ""
        for (index, line) in lines.enumerated() {
            if index > 0 { result.append("\n") }
            result.append(contentsOf: line)
        }
        return result
    }

    /// Replaces the whole text (undoable), keeping the cursor where it can.
    public mutating func setText(_ text: String) {
        pushUndo(.other)
        lines = Self.split(text)
        anchor = nil
        cursor = clamped(cursor)
        changed()
    }

    /// Lines of grapheme clusters for a text (`\r\n` counts as one break).
    static func split(_ text: String) -> [[Character]] {
        var result: [[Character]] = [[]]
        for character in text {
            if character == "\n" || character == "\r\n" {
                result.append([])
            } else {
                result[result.count - 1].append(character)
            }
        }
        return result
    }

    // MARK: - Positions and widths

    /// How many columns a character takes here (a tab shows as four spaces, as the highlighter draws it).
    public static func width(of character: Character) -> Int {
        character == "\t" ? 4 : DisplayWidth.of(character)
    }

    /// The display column where a position starts.
    public func displayColumn(of position: TextPosition) -> Int {
        guard lines.indices.contains(position.line) else { return 0 }
        var total = 0
        for character in lines[position.line].prefix(position.column) { total += Self.width(of: character) }
        return total
    }

    /// The column in a line whose character covers display column `x` (the end when past it).
    func column(atDisplay x: Int, line: Int) -> Int {
        guard lines.indices.contains(line) else { return 0 }
        var used = 0
        for (index, character) in lines[line].enumerated() {
            let width = Self.width(of: character)
            if used + width > x { return index }
            used += width
        }
        return lines[line].count
    }

    /// A position moved inside the text.
    func clamped(_ position: TextPosition) -> TextPosition {
        let line = min(max(0, position.line), lines.count - 1)
        return TextPosition(line: line, column: min(max(0, position.column), lines[line].count))
    }

    /// The selected range, ordered, when something is selected.
    public var selection: Range<TextPosition>? {
        guard let anchor, anchor != cursor else { return nil }
        return min(anchor, cursor)..<max(anchor, cursor)
    }

    /// The text in a range.
    func text(in range: Range<TextPosition>) -> String {
        let start = clamped(range.lowerBound), end = clamped(range.upperBound)
        if start.line == end.line { return String(lines[start.line][start.column..<end.column]) }
        var result = String(lines[start.line][start.column...])
        for line in (start.line + 1)..<end.line { result += "\n" + String(lines[line]) }
        result += "\n" + String(lines[end.line][..<end.column])
        return result
    }

    /// The selected text, if any.
    public var selectedText: String? { selection.map { text(in: $0) } }

    /// Moves the cursor to a position (clamped), dropping any selection.
    public mutating func moveCursor(to position: TextPosition) {
        cursor = clamped(position)
        anchor = nil
        preferredColumn = nil
    }

    // MARK: - Scrolling

    /// Scrolls so the cursor is inside a view of `height` lines and `width` text columns.
    public mutating func scrollToCursor(height: Int, width: Int) {
        if cursor.line < firstLine { firstLine = cursor.line }
        if height > 0, cursor.line >= firstLine + height { firstLine = cursor.line - height + 1 }
        firstLine = max(0, min(firstLine, max(0, lines.count - 1)))
        let x = displayColumn(of: cursor)
        if x < firstColumn { firstColumn = max(0, x - 4) }
        if width > 1, x >= firstColumn + width - 1 { firstColumn = x - width + 2 }
    }

    // MARK: - History

    mutating func pushUndo(_ kind: EditKind) {
        if kind != .other, lastEdit == kind { return }
        undoStack.append(Snapshot(lines: lines, cursor: cursor))
        if undoStack.count > 500 { undoStack.removeFirst(undoStack.count - 500) }
        redoStack.removeAll()
        lastEdit = kind
    }

    mutating func changed() {
        version += 1
    }

    /// Takes back the last edit; false when there is none.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let snapshot = undoStack.popLast() else { return false }
        redoStack.append(Snapshot(lines: lines, cursor: cursor))
        restore(snapshot)
        return true
    }

    /// Does again what undo took back; false when there is nothing.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let snapshot = redoStack.popLast() else { return false }
        undoStack.append(Snapshot(lines: lines, cursor: cursor))
        restore(snapshot)
        return true
    }

    private mutating func restore(_ snapshot: Snapshot) {
        lines = snapshot.lines
        cursor = clamped(snapshot.cursor)
        anchor = nil
        lastEdit = nil
        preferredColumn = nil
        changed()
    }
}
