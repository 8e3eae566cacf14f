// Maps byte offsets of a template to lines and columns quickly.

import Text

/// The start offsets of a source's lines, to turn byte offsets into locations.
struct LineIndex: Sendable {
    private let lineStarts: [Int]
    /// Where the source begins in an enclosing template (for string literals), else 1:1.
    let origin: SourceLocation

    /// Indexes the lines of `source`, which begins at `origin` in its template.
    init(source: [UInt8], origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        var starts = [0]
        var index = 0
        while index < source.count {
            let b = source[index]
            if b == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if b == UInt8(ascii: "\r") && !(index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n")) {
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
        self.origin = origin
    }

    /// The location of a byte offset, in the enclosing template's coordinates.
    func location(of offset: Int, in source: [UInt8]) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        let limit = min(offset, source.count)
        while index < limit {
            if source[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if low == 0 {
            return SourceLocation(line: origin.line, column: origin.column + column - 1)
        }
        return SourceLocation(line: origin.line + low, column: column)
    }
}
