extension TextEditorState {
    /// A cursor movement.
    public enum Motion: Hashable, Sendable {
        case left, right, up, down, lineStart, lineEnd, pageUp(Int), pageDown(Int), documentStart, documentEnd
    }

    /// Moves the cursor; with `selecting`, the selection grows from where it started.
    public mutating func move(_ motion: Motion, selecting: Bool = false) {
        if selecting {
            if anchor == nil { anchor = cursor }
        } else if let range = selection, motion == .left || motion == .right {
            // Left or right on a selection goes to its edge, as editors do.
            cursor = motion == .left ? range.lowerBound : range.upperBound
            anchor = nil
            preferredColumn = nil
            return
        } else {
            anchor = nil
        }
        lastEdit = nil
        switch motion {
        case .left:
            if cursor.column > 0 {
                cursor.column -= 1
            } else if cursor.line > 0 {
                cursor = TextPosition(line: cursor.line - 1, column: lines[cursor.line - 1].count)
            }
            preferredColumn = nil
        case .right:
            if cursor.column < lines[cursor.line].count {
                cursor.column += 1
            } else if cursor.line + 1 < lines.count {
                cursor = TextPosition(line: cursor.line + 1, column: 0)
            }
            preferredColumn = nil
        case .up: moveVertically(by: -1)
        case .down: moveVertically(by: 1)
        case let .pageUp(height): moveVertically(by: -max(1, height - 1))
        case let .pageDown(height): moveVertically(by: max(1, height - 1))
        case .lineStart:
            // First the first non-blank character, then the very start.
            let indent = lines[cursor.line].prefix { $0 == " " || $0 == "\t" }.count
            cursor.column = cursor.column == indent ? 0 : indent
            preferredColumn = nil
        case .lineEnd:
            cursor.column = lines[cursor.line].count
            preferredColumn = nil
        case .documentStart:
            cursor = TextPosition(line: 0, column: 0)
            preferredColumn = nil
        case .documentEnd:
            cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
            preferredColumn = nil
        }
        if anchor == cursor { anchor = selecting ? anchor : nil }
    }

    private mutating func moveVertically(by delta: Int) {
        let target = min(max(0, cursor.line + delta), lines.count - 1)
        if target == cursor.line {
            cursor.column = delta < 0 ? 0 : lines[cursor.line].count
            return
        }
        let x = preferredColumn ?? displayColumn(of: cursor)
        preferredColumn = x
        cursor = TextPosition(line: target, column: column(atDisplay: x, line: target))
    }

    /// Selects the whole text.
    public mutating func selectAll() {
        anchor = TextPosition(line: 0, column: 0)
        cursor = TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    // MARK: - Clipboard

    /// The selected text, or the cursor's whole line (with its break) when nothing is selected.
    public func copyText() -> String {
        selectedText ?? String(lines[cursor.line]) + "\n"
    }

    /// Cuts the selection (or the cursor's line) and returns it.
    public mutating func cut() -> String {
        let copied = copyText()
        if selection != nil {
            backspace()
        } else {
            pushUndo(.other)
            if lines.count > 1 {
                lines.remove(at: cursor.line)
                cursor = clamped(TextPosition(line: cursor.line, column: 0))
            } else {
                lines = [[]]
                cursor = TextPosition(line: 0, column: 0)
            }
            changed()
        }
        return copied
    }

    // MARK: - Errors

    /// Moves to the next error mark after the cursor (wrapping); false when there are none.
    @discardableResult
    public mutating func jumpToNextMark() -> Bool {
        let sorted = marks.sorted { $0.position < $1.position }
        guard let next = sorted.first(where: { $0.position > cursor }) ?? sorted.first else { return false }
        moveCursor(to: next.position)
        message = next.message
        return true
    }

    /// The marks on a line.
    public func marks(onLine line: Int) -> [TextMark] { marks.filter { $0.position.line == line } }
}
