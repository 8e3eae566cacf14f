/// A place in a source file: UTF-8 byte offset plus 1-based line and column.
///
/// The column counts Unicode scalars from the start of the line, so it matches what an
/// editor shows for text without tabs.
public struct DocLocation: Hashable, Sendable, Comparable {
    /// The UTF-8 byte offset from the start of the file.
    public var offset: Int
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// A location from its parts.
    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Orders locations by offset.
    public static func < (lhs: DocLocation, rhs: DocLocation) -> Bool { lhs.offset < rhs.offset }
}

/// The extent of a node in its file: `start` inclusive, `end` exclusive.
public struct DocSpan: Hashable, Sendable {
    /// Where the node begins.
    public var start: DocLocation
    /// Just past where the node ends.
    public var end: DocLocation

    /// A span from its two ends.
    public init(start: DocLocation, end: DocLocation) {
        self.start = start
        self.end = end
    }

    /// The byte range of the node.
    public var range: Range<Int> { start.offset..<end.offset }
}

/// A file's text as UTF-8 bytes with a line table, for positions and error carets.
public struct SourceText: Sendable {
    /// The file name shown in messages.
    public let file: String
    /// The file's bytes.
    public let bytes: [UInt8]
    /// The byte offset where each line starts.
    let lineStarts: [Int]
    /// How many characters (Unicode scalars) start before each byte offset: columns in O(1),
    /// so a file written on one long line does not cost quadratic time to read.
    private let scalarsBefore: [Int32]

    /// Indexes the lines of `bytes`; `file` is the name used in messages.
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.bytes = bytes
        var starts = [0]
        var counts = [Int32](repeating: 0, count: bytes.count + 1)
        var scalars: Int32 = 0
        for (index, byte) in bytes.enumerated() {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            counts[index + 1] = scalars
            if byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        }
        lineStarts = starts
        scalarsBefore = counts
    }

    /// Indexes the lines of a string's UTF-8 encoding.
    public init(file: String, text: String) {
        self.init(file: file, bytes: Array(text.utf8))
    }

    /// The 0-based index of the line that holds `offset`.
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The offset where the line holding `offset` begins.
    func lineStart(of offset: Int) -> Int { lineStarts[lineIndex(of: offset)] }

    /// The line and column of a byte offset.
    public func location(at offset: Int) -> DocLocation {
        let clamped = max(0, min(offset, bytes.count))
        let index = lineIndex(of: clamped)
        var column = Int(scalarsBefore[clamped] - scalarsBefore[lineStarts[index]]) + 1
        // An offset inside a multi-byte character belongs to that character.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { column -= 1 }
        return DocLocation(offset: clamped, line: index + 1, column: column)
    }

    /// The span between two byte offsets.
    public func span(_ start: Int, _ end: Int) -> DocSpan {
        DocSpan(start: location(at: start), end: location(at: end))
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The text of a byte range.
    public func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The place of a byte offset, for error messages. At the end of the file, the place
    /// is just after the last text, so the caret points at something.
    public func place(at offset: Int) -> SourcePlace {
        var offset = offset
        if offset >= bytes.count {
            offset = bytes.count
            while offset > 0, [Byte.space, Byte.tab, Byte.lineFeed, Byte.carriageReturn].contains(bytes[offset - 1]) { offset -= 1 }
        }
        let location = location(at: offset)
        return SourcePlace(file: file, line: location.line, column: location.column, lineText: lineText(location.line))
    }

    /// The line break the file uses (`\r\n` when its first line ends so, else `\n`).
    public var newline: String {
        guard lineStarts.count > 1 else { return "\n" }
        let firstBreak = lineStarts[1] - 1
        return firstBreak > 0 && bytes[firstBreak - 1] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    public var firstInvalidUTF8Offset: Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for next in 1..<max(1, length) where bytes[index + next] & 0xC0 != 0x80 { return index }
            if length == 3 {
                let second = bytes[index + 1]
                if lead == 0xE0 && second < 0xA0 { return index }
                if lead == 0xED && second > 0x9F { return index }
            } else if length == 4 {
                let second = bytes[index + 1]
                if lead == 0xF0 && second < 0x90 { return index }
                if lead == 0xF4 && second > 0x8F { return index }
            }
            index += length
        }
        return nil
    }
}
