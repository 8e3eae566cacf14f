extension TextEditorState {
    // MARK: - Inserting

    /// Types text at the cursor, replacing the selection. Newlines in `text` split lines.
    public mutating func insert(_ text: String) {
        guard !text.isEmpty else { return }
        let single = !text.contains("\n") && text.count == 1
        insert(text, undo: single && selection == nil ? .typing : .other)
    }

    /// Inserts text as an edit of `kind` for the undo history.
    mutating func insert(_ text: String, undo kind: EditKind) {
        guard !text.isEmpty else { return }
        pushUndo(kind)
        deleteSelectionContent()
        let pieces = Self.split(text)
        var line = lines[cursor.line]
        let tail = Array(line[cursor.column...])
        line.removeSubrange(cursor.column...)
        line.append(contentsOf: pieces[0])
        if pieces.count == 1 {
            cursor.column = line.count
            line.append(contentsOf: tail)
            lines[cursor.line] = line
        } else {
            lines[cursor.line] = line
            var inserted: [[Character]] = Array(pieces[1...])
            let lastCount = inserted[inserted.count - 1].count
            inserted[inserted.count - 1].append(contentsOf: tail)
            lines.insert(contentsOf: inserted, at: cursor.line + 1)
            cursor = TextPosition(line: cursor.line + inserted.count, column: lastCount)
        }
        preferredColumn = nil
        changed()
    }

    /// Types one character, with the editor's conveniences: a closing bracket typed first on
    /// a line dedents it, and typing `#end` first on a line lines it up with its `#if`.
    public mutating func type(_ character: Character) {
        insert(String(character))
        let line = lines[cursor.line]
        let before = line[..<cursor.column]
        if character == "}" || character == "]" || character == ")" {
            let head = before.dropLast()
            if !head.isEmpty, head.allSatisfy({ $0 == " " || $0 == "\t" }) { dedentCurrentLine(to: partnerIndent(closing: TextPosition(line: cursor.line, column: cursor.column - 1))) }
        } else if character == "d", before.count >= 4, String(before.suffix(4)) == "#end" {
            let head = before.dropLast(4)
            if head.allSatisfy({ $0 == " " || $0 == "\t" }) {
                dedentCurrentLine(to: partnerIndent(closing: TextPosition(line: cursor.line, column: cursor.column - 4)))
            }
        } else if character == "e", before.count >= 5, String(before.suffix(5)) == "#else" {
            let head = before.dropLast(5)
            if head.allSatisfy({ $0 == " " || $0 == "\t" }) {
                dedentCurrentLine(to: partnerIndent(closing: TextPosition(line: cursor.line, column: cursor.column - 5)))
            }
        }
    }

    /// The indentation of the line that opens the block closed at `position`, if found.
    private func partnerIndent(closing position: TextPosition) -> [Character]? {
        guard let partner = matchingPosition(for: position) else { return nil }
        return Array(lines[partner.line].prefix { $0 == " " || $0 == "\t" })
    }

    /// Replaces the current line's leading blanks with `indent` (or one level less).
    private mutating func dedentCurrentLine(to indent: [Character]?) {
        let line = lines[cursor.line]
        let leading = line.prefix { $0 == " " || $0 == "\t" }.count
        let target: [Character] = indent ?? Array(line.prefix(max(0, leading - indentUnit.count)))
        guard target.count != leading || Array(line.prefix(leading)) != target else { return }
        lines[cursor.line] = target + line[leading...]
        cursor.column = max(0, cursor.column - leading + target.count)
    }

    /// Breaks the line at the cursor and indents the new one like the current one, one level
    /// more after an opening bracket or a block directive (`#if`, `#foreach`, `#else`…).
    public mutating func newline() {
        let line = lines[cursor.line]
        var indent = String(line.prefix { $0 == " " || $0 == "\t" })
        let head = String(line[..<min(cursor.column, line.count)])
        let trimmedHead = head.trimmingWhitespace()
        if let last = trimmedHead.last, "{[(".contains(last) {
            indent += indentUnit
        } else if Self.opensBlock(trimmedHead) {
            indent += indentUnit
        }
        insert("\n" + indent)
        lastEdit = .other
    }

    /// Whether a line starts a VTL block that `#end` closes (or continues one: `#else`).
    static func opensBlock(_ trimmed: String) -> Bool {
        let openers = ["#if", "#{if}", "#foreach", "#{foreach}", "#macro", "#define", "#else", "#{else}", "#elseif", "#{elseif}"]
        guard openers.contains(where: { trimmed.hasPrefix($0) }) else { return false }
        return !trimmed.contains("#end") && !trimmed.contains("#{end}")
    }

    // MARK: - Deleting

    /// Deletes the selection, or the character before the cursor (joining lines at a start).
    public mutating func backspace() {
        if selection != nil {
            pushUndo(.other)
            deleteSelectionContent()
            changed()
            return
        }
        if cursor.column > 0 {
            pushUndo(.deleting)
            lines[cursor.line].remove(at: cursor.column - 1)
            cursor.column -= 1
        } else if cursor.line > 0 {
            pushUndo(.other)
            let line = lines.remove(at: cursor.line)
            cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
            lines[cursor.line].append(contentsOf: line)
        } else {
            return
        }
        preferredColumn = nil
        changed()
    }

    /// Deletes the selection, or the character after the cursor (joining lines at an end).
    public mutating func deleteForward() {
        if selection != nil {
            backspace()
            return
        }
        if cursor.column < lines[cursor.line].count {
            pushUndo(.deleting)
            lines[cursor.line].remove(at: cursor.column)
        } else if cursor.line + 1 < lines.count {
            pushUndo(.other)
            let next = lines.remove(at: cursor.line + 1)
            lines[cursor.line].append(contentsOf: next)
        } else {
            return
        }
        changed()
    }

    /// Removes the selected text (no undo step of its own), leaving the cursor at its start.
    mutating func deleteSelectionContent() {
        guard let range = selection else {
            anchor = nil
            return
        }
        let start = range.lowerBound, end = range.upperBound
        let kept = Array(lines[start.line][..<start.column]) + Array(lines[end.line][end.column...])
        lines.replaceSubrange(start.line...end.line, with: [kept])
        cursor = start
        anchor = nil
    }

    // MARK: - Indenting

    /// Indents the selected lines (or inserts one level at the cursor when nothing is selected).
    public mutating func indent() {
        guard let range = selection else {
            insert(indentUnit)
            lastEdit = .other
            return
        }
        pushUndo(.other)
        let last = range.upperBound.column == 0 && range.upperBound.line > range.lowerBound.line ? range.upperBound.line - 1 : range.upperBound.line
        for line in range.lowerBound.line...last where !lines[line].isEmpty {
            lines[line].insert(contentsOf: indentUnit, at: 0)
        }
        shiftSelection(by: indentUnit.count, lines: range.lowerBound.line...last)
        changed()
    }

    /// Removes one level of indentation from the selected lines, or the cursor's line.
    public mutating func dedent() {
        let range = selection ?? cursor..<cursor
        let last = range.upperBound.column == 0 && range.upperBound.line > range.lowerBound.line ? range.upperBound.line - 1 : range.upperBound.line
        pushUndo(.other)
        var removed: [Int: Int] = [:]
        for line in range.lowerBound.line...last {
            let leading = lines[line].prefix { $0 == " " }.count
            let count = lines[line].first == "\t" ? 1 : min(leading, indentUnit.count)
            guard count > 0 else { continue }
            lines[line].removeFirst(count)
            removed[line] = count
        }
        guard !removed.isEmpty else {
            undoStack.removeLast()
            return
        }
        if let count = removed[cursor.line] { cursor.column = max(0, cursor.column - count) }
        if let anchorPosition = anchor, let count = removed[anchorPosition.line] {
            anchor = TextPosition(line: anchorPosition.line, column: max(0, anchorPosition.column - count))
        }
        changed()
    }

    private mutating func shiftSelection(by count: Int, lines affected: ClosedRange<Int>) {
        if affected.contains(cursor.line), !lines[cursor.line].isEmpty, cursor.column > 0 || anchor != nil { cursor.column += count }
        if let anchorPosition = anchor, affected.contains(anchorPosition.line), anchorPosition.column > 0 {
            anchor = TextPosition(line: anchorPosition.line, column: anchorPosition.column + count)
        }
        cursor = clamped(cursor)
        if let anchorPosition = anchor { anchor = clamped(anchorPosition) }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
