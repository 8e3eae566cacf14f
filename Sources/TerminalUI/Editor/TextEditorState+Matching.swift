extension TextEditorState {
    /// The bracket or block directive at (or just before) the cursor and its partner, when
    /// both exist: `(`↔`)`, `[`↔`]`, `{`↔`}`, `#if`/`#foreach`/`#macro`/`#define`↔`#end`.
    public var matchingPair: (TextPosition, TextPosition)? {
        for position in [cursor, TextPosition(line: cursor.line, column: cursor.column - 1)] where position.column >= 0 {
            if let partner = matchingPosition(for: position) { return (position, partner) }
        }
        return nil
    }

    /// Moves the cursor to the partner of the bracket or directive it is on; false when none.
    @discardableResult
    public mutating func jumpToMatch() -> Bool {
        guard let (_, partner) = matchingPair else { return false }
        moveCursor(to: partner)
        return true
    }

    /// The partner of the bracket or block directive starting at `position`.
    public func matchingPosition(for position: TextPosition) -> TextPosition? {
        guard lines.indices.contains(position.line), lines[position.line].indices.contains(position.column) else { return nil }
        let character = lines[position.line][position.column]
        let pairs: [Character: (Character, Bool)] = ["(": (")", true), "[": ("]", true), "{": ("}", true), ")": ("(", false), "]": ("[", false), "}": ("{", false)]
        if character == "#", let match = directiveMatch(at: position) { return match }
        guard let (partner, forward) = pairs[character] else { return nil }
        return forward ? scanForward(from: position, open: character, close: partner) : scanBackward(from: position, open: partner, close: character)
    }

    private func scanForward(from start: TextPosition, open: Character, close: Character) -> TextPosition? {
        var depth = 0
        var line = start.line, column = start.column
        while line < lines.count {
            let text = lines[line]
            while column < text.count {
                if text[column] == open { depth += 1 } else if text[column] == close {
                    depth -= 1
                    if depth == 0 { return TextPosition(line: line, column: column) }
                }
                column += 1
            }
            line += 1
            column = 0
        }
        return nil
    }

    private func scanBackward(from start: TextPosition, open: Character, close: Character) -> TextPosition? {
        var depth = 0
        var line = start.line, column = start.column
        while line >= 0 {
            let text = lines[line]
            while column >= 0 {
                if column < text.count {
                    if text[column] == close { depth += 1 } else if text[column] == open {
                        depth -= 1
                        if depth == 0 { return TextPosition(line: line, column: column) }
                    }
                }
                column -= 1
            }
            line -= 1
            if line >= 0 { column = lines[line].count - 1 }
        }
        return nil
    }

    // MARK: - VTL blocks

    /// A block directive in the text: where it is and whether it opens, continues or closes a block.
    struct Directive: Equatable {
        enum Role: Equatable { case open, middle, close }
        var position: TextPosition
        var role: Role
    }

    /// Every block directive, skipping `##` comments and `#* *#` blocks.
    func directives() -> [Directive] {
        var result: [Directive] = []
        var inBlockComment = false
        for (lineIndex, line) in lines.enumerated() {
            var column = 0
            while column < line.count {
                if inBlockComment {
                    if line[column] == "*", column + 1 < line.count, line[column + 1] == "#" {
                        inBlockComment = false
                        column += 2
                    } else {
                        column += 1
                    }
                    continue
                }
                guard line[column] == "#" else {
                    column += 1
                    continue
                }
                let next = column + 1 < line.count ? line[column + 1] : nil
                if next == "#" { break }
                if next == "*" {
                    inBlockComment = true
                    column += 2
                    continue
                }
                var start = column + 1
                if next == "{" { start += 1 }
                var end = start
                while end < line.count, line[end].isLetter { end += 1 }
                let word = String(line[start..<end])
                let position = TextPosition(line: lineIndex, column: column)
                switch word {
                case "if", "foreach", "macro", "define": result.append(Directive(position: position, role: .open))
                case "else", "elseif": result.append(Directive(position: position, role: .middle))
                case "end": result.append(Directive(position: position, role: .close))
                default: break
                }
                column = max(end, column + 1)
            }
        }
        return result
    }

    /// The partner of a block directive: an opener's `#end`, an `#end`'s opener, an `#else`'s opener.
    private func directiveMatch(at position: TextPosition) -> TextPosition? {
        let all = directives()
        guard let index = all.firstIndex(where: { $0.position == position }) else { return nil }
        switch all[index].role {
        case .open:
            var depth = 0
            for directive in all[index...] {
                if directive.role == .open { depth += 1 }
                if directive.role == .close {
                    depth -= 1
                    if depth == 0 { return directive.position }
                }
            }
        case .close, .middle:
            var depth = 0
            for directive in all[..<index].reversed() {
                if directive.role == .close { depth += 1 }
                if directive.role == .open {
                    if depth == 0 { return directive.position }
                    depth -= 1
                }
            }
        }
        return nil
    }
}
