/// A line-based unified diff (longest common subsequence, three lines of context).
enum UnifiedDiff {
    /// One line of a diff.
    enum Line: Hashable, Sendable {
        case context(String), removed(String), added(String), hunk(String)

        /// The line as `diff -u` prints it.
        var text: String {
            switch self {
            case let .context(text): return " " + text
            case let .removed(text): return "-" + text
            case let .added(text): return "+" + text
            case let .hunk(text): return text
            }
        }
    }

    /// The hunks turning `old` into `new`; empty when they are equal.
    static func lines(from old: [String], to new: [String], context: Int = 3) -> [Line] {
        let edits = script(old, new)
        guard edits.contains(where: { if case .context = $0.line { return false } else { return true } }) else { return [] }
        // Group changes with their context into hunks.
        var result: [Line] = []
        var index = 0
        while index < edits.count {
            guard let change = edits[index...].firstIndex(where: { if case .context = $0.line { return false } else { return true } }) else { break }
            var start = max(index, change - context)
            if !result.isEmpty, start < index { start = index }
            var end = change
            var lastChange = change
            while end < edits.count {
                if case .context = edits[end].line {
                    if end - lastChange > context * 2 { break }
                } else {
                    lastChange = end
                }
                end += 1
            }
            end = min(edits.count, lastChange + context + 1)
            let slice = edits[start..<end]
            let oldStart = (slice.first?.oldLine ?? 0) + 1
            let newStart = (slice.first?.newLine ?? 0) + 1
            let oldCount = slice.filter { if case .added = $0.line { return false } else { return true } }.count
            let newCount = slice.filter { if case .removed = $0.line { return false } else { return true } }.count
            result.append(.hunk("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"))
            result += slice.map(\.line)
            index = end
        }
        return result
    }

    private struct Edit {
        var line: Line
        var oldLine: Int
        var newLine: Int
    }

    private static func script(_ old: [String], _ new: [String]) -> [Edit] {
        // Common head and tail first, so the table only covers the changed middle.
        var head = 0
        while head < old.count, head < new.count, old[head] == new[head] { head += 1 }
        var tail = 0
        while tail < old.count - head, tail < new.count - head, old[old.count - 1 - tail] == new[new.count - 1 - tail] { tail += 1 }
        let a = Array(old[head..<(old.count - tail)]), b = Array(new[head..<(new.count - tail)])
        var edits: [Edit] = (0..<head).map { Edit(line: .context(old[$0]), oldLine: $0, newLine: $0) }
        if a.count * b.count > 4_000_000 {
            // Too big for the table: show the middle as replaced.
            edits += a.enumerated().map { Edit(line: .removed($1), oldLine: head + $0, newLine: head) }
            edits += b.enumerated().map { Edit(line: .added($1), oldLine: head + a.count, newLine: head + $0) }
        } else {
            var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in stride(from: a.count - 1, through: 0, by: -1) {
                for j in stride(from: b.count - 1, through: 0, by: -1) {
                    table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < a.count || j < b.count {
                if i < a.count, j < b.count, a[i] == b[j] {
                    edits.append(Edit(line: .context(a[i]), oldLine: head + i, newLine: head + j))
                    i += 1
                    j += 1
                } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                    // Removals before additions, as `diff -u` prints them.
                    edits.append(Edit(line: .removed(a[i]), oldLine: head + i, newLine: head + j))
                    i += 1
                } else {
                    edits.append(Edit(line: .added(b[j]), oldLine: head + i, newLine: head + j))
                    j += 1
                }
            }
        }
        for offset in 0..<tail {
            edits.append(Edit(line: .context(old[old.count - tail + offset]), oldLine: old.count - tail + offset, newLine: new.count - tail + offset))
        }
        return edits
    }
}
