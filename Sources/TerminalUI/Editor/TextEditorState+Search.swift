extension TextEditorState {
    /// Opens the search prompt.
    public mutating func startSearch() {
        search = TextInput(lastSearch)
    }

    /// The next occurrence of `query` after `position` (or at it, with `including`), wrapping.
    func find(_ query: String, after position: TextPosition, including: Bool, backwards: Bool = false) -> TextPosition? {
        let needle = Array(query)
        guard !needle.isEmpty else { return nil }
        let count = lines.count
        func matches(_ line: [Character], at column: Int) -> Bool {
            guard column + needle.count <= line.count else { return false }
            for offset in 0..<needle.count where line[column + offset] != needle[offset] { return false }
            return true
        }
        if backwards {
            for step in 0...count {
                let lineIndex = ((position.line - step) % count + count) % count
                let line = lines[lineIndex]
                let limit = step == 0 ? position.column - 1 : line.count - needle.count
                guard limit >= 0 else { continue }
                for column in stride(from: min(limit, line.count - needle.count), through: 0, by: -1) where matches(line, at: column) {
                    return TextPosition(line: lineIndex, column: column)
                }
            }
            return nil
        }
        for step in 0...count {
            let lineIndex = (position.line + step) % count
            let line = lines[lineIndex]
            let start = step == 0 ? position.column + (including ? 0 : 1) : 0
            guard step < count || start == 0 else { continue }
            var column = max(0, start)
            while column + needle.count <= line.count {
                if matches(line, at: column) { return TextPosition(line: lineIndex, column: column) }
                column += 1
            }
        }
        return nil
    }

    /// Selects the next (or previous) occurrence of the last search; false when there is none.
    @discardableResult
    public mutating func findNext(backwards: Bool = false, including: Bool = false) -> Bool {
        let from = selection?.lowerBound ?? cursor
        guard let found = find(lastSearch, after: from, including: including, backwards: backwards) else {
            message = lastSearch.isEmpty ? "Nothing to search for: \(Self.keys.key(of: .search))" : "Not found: \(lastSearch)"
            return false
        }
        anchor = found
        cursor = TextPosition(line: found.line, column: found.column + lastSearch.count)
        preferredColumn = nil
        return true
    }

    /// A key while the search prompt is open: typing searches as you type, Enter/↓ finds the
    /// next, ↑ the previous, Esc closes.
    mutating func handleSearchKey(_ key: Key, input: TextInput) {
        var input = input
        switch Self.searchKeys.action(for: key) {
        case .close:
            search = nil
        case .next:
            search = input
            findNext()
        case .previous:
            search = input
            findNext(backwards: true)
        case nil:
            guard input.handle(key) else { return }
            search = input
            lastSearch = input.text
            if !input.text.isEmpty { findNext(including: true) }
        }
    }

    /// Every occurrence of the last search on a line, as column ranges (for highlighting).
    public func searchMatches(onLine line: Int) -> [Range<Int>] {
        let needle = Array(lastSearch)
        guard search != nil, !needle.isEmpty, lines.indices.contains(line) else { return [] }
        let text = lines[line]
        var result: [Range<Int>] = []
        var column = 0
        while column + needle.count <= text.count {
            if Array(text[column..<(column + needle.count)]) == needle {
                result.append(column..<(column + needle.count))
                column += needle.count
            } else {
                column += 1
            }
        }
        return result
    }
}
