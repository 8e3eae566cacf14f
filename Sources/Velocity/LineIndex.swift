// Maps byte offsets of a template to lines and columns quickly.

import Text

/// The start offsets of a source's lines, to turn byte offsets into locations.
///
/// A column counts Unicode scalars from the start of the line. Counting them from the line's
/// start on every lookup made a long line quadratic (the parser asks for the place of every
/// token), so the index also keeps, every `stride` bytes, how many scalars start before that
/// byte: a lookup counts at most `stride` bytes.
struct LineIndex: Sendable {
    private let lineStarts: [Int]
    /// `scalarsBefore[k]`: how many scalars start in `source[0 ..< k * stride]`.
    private let scalarsBefore: [Int]
    /// Where the source begins in an enclosing template (for string literals), else 1:1.
    let origin: SourceLocation

    /// Bytes between two checkpoints of `scalarsBefore`.
    static let stride = 64

    /// Indexes the lines of `source`, which begins at `origin` in its template.
    init(source: [UInt8], origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        var starts = [0]
        var checkpoints = [0]
        checkpoints.reserveCapacity(source.count / Self.stride + 1)
        var scalars = 0
        var index = 0
        while index < source.count {
            let b = source[index]
            if b == UInt8(ascii: "\n") {
                starts.append(index + 1)
            } else if b == UInt8(ascii: "\r") && !(index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n")) {
                starts.append(index + 1)
            }
            if b & 0xC0 != 0x80 { scalars += 1 }
            index += 1
            if index % Self.stride == 0 { checkpoints.append(scalars) }
        }
        lineStarts = starts
        scalarsBefore = checkpoints
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
        let limit = max(lineStarts[low], min(offset, source.count))
        let column = 1 + scalars(before: limit, in: source) - scalars(before: lineStarts[low], in: source)
        if low == 0 {
            return SourceLocation(line: origin.line, column: origin.column + column - 1)
        }
        return SourceLocation(line: origin.line + low, column: column)
    }

    /// How many scalars start in `source[0 ..< offset]` (`offset` at most `source.count`).
    private func scalars(before offset: Int, in source: [UInt8]) -> Int {
        let checkpoint = min(offset / Self.stride, scalarsBefore.count - 1)
        var count = scalarsBefore[checkpoint]
        var index = checkpoint * Self.stride
        while index < offset {
            if source[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
