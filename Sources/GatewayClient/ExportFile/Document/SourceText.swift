import Text

/// A place in a source file: UTF-8 byte offset plus `Text`'s line and column (columns count
/// Unicode scalars, so they match what an editor shows for text without tabs).
public struct DocLocation: Hashable, Sendable, Comparable {
    // Stored in 32 bits (SourceText counts in 32 bits too): a big export holds hundreds of
    // thousands of spans, and their size is much of a parse's memory.
    private var storedOffset: Int32
    private var storedLine: Int32
    private var storedColumn: Int32

    /// The UTF-8 byte offset from the start of the file.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(truncatingIfNeeded: newValue) }
    }
    /// The 1-based line.
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(truncatingIfNeeded: newValue) }
    }
    /// The 1-based column, in Unicode scalars.
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = Int32(truncatingIfNeeded: newValue) }
    }

    /// `line L, column C`, as messages say it.
    public var lineAndColumn: String { "line \(line), column \(column)" }

    /// The line and column as `Text` keeps them.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// A location from its parts.
    public init(offset: Int, line: Int, column: Int) {
        storedOffset = Int32(truncatingIfNeeded: offset)
        storedLine = Int32(truncatingIfNeeded: line)
        storedColumn = Int32(truncatingIfNeeded: column)
    }

    /// Orders locations by offset.
    public static func < (lhs: DocLocation, rhs: DocLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A byte offset in a source file: where a node starts or ends. Its line and column come from
/// the file's `SourceText` (`location(at:)`) when a message needs them: a big export holds
/// hundreds of thousands of spans, and storing only offsets keeps each one small.
public struct DocOffset: Hashable, Sendable, Comparable {
    // 32 bits, as SourceText counts.
    private var storedOffset: Int32

    /// The UTF-8 byte offset from the start of the file.
    public var offset: Int {
        get { Int(storedOffset) }
        set { storedOffset = Int32(truncatingIfNeeded: newValue) }
    }

    /// An offset.
    public init(offset: Int) {
        storedOffset = Int32(truncatingIfNeeded: offset)
    }

    /// Orders offsets.
    public static func < (lhs: DocOffset, rhs: DocOffset) -> Bool { lhs.storedOffset < rhs.storedOffset }
}

/// The extent of a node in its file: `start` inclusive, `end` exclusive.
public struct DocSpan: Hashable, Sendable {
    /// Where the node begins.
    public var start: DocOffset
    /// Just past where the node ends.
    public var end: DocOffset

    /// A span from its two ends.
    public init(start: DocOffset, end: DocOffset) {
        self.start = start
        self.end = end
    }

    /// A span from two byte offsets.
    public init(_ start: Int, _ end: Int) {
        self.start = DocOffset(offset: start)
        self.end = DocOffset(offset: end)
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
    /// How many characters (Unicode scalars) start before every 64th byte offset: a column costs
    /// at most 63 bytes of counting, so a file written on one long line does not cost quadratic
    /// time to read, and the table is a 16th of the file's size.
    private let scalarCheckpoints: [Int32]
    static let checkpointShift = 6
    /// The line holding every 64th byte offset: finding a line is a step or two forward from
    /// there, not a binary search (the YAML parser asks for a column at every token).
    private let lineCheckpoints: [Int32]
    /// Whether every byte is ASCII: then a column is a byte count.
    private let isASCII: Bool

    /// What ends a line: JSON's `\n`, or YAML 1.1's line breaks.
    public enum LineBreaks: Sendable {
        /// `\n` (a `\r` before it belongs to the line end).
        case lineFeed
        /// `\n`, `\r\n`, a lone `\r`, U+0085, U+2028 and U+2029, as PyYAML and SnakeYAML read YAML.
        case yaml11
    }

    /// How lines are split.
    public let lineBreaks: LineBreaks

    /// Indexes the lines of `bytes`; `file` is the name used in messages.
    public init(file: String, bytes: [UInt8], lineBreaks: LineBreaks = .lineFeed) {
        self.file = file
        self.bytes = bytes
        self.lineBreaks = lineBreaks
        var starts = [0]
        var checkpoints: [Int32] = []
        checkpoints.reserveCapacity(bytes.count >> Self.checkpointShift + 1)
        var lines: [Int32] = []
        lines.reserveCapacity(bytes.count >> Self.checkpointShift + 1)
        // The last line start at or before `offset` (a break's start may be recorded before
        // all its bytes are passed).
        func line(at offset: Int) -> Int32 {
            var line = starts.count - 1
            while starts[line] > offset { line -= 1 }
            return Int32(truncatingIfNeeded: line)
        }
        var allASCII = true
        bytes.withUnsafeBufferPointer { buffer in
            var scalars: Int32 = 0
            var index = 0
            while index < buffer.count {
                if index & (1 << Self.checkpointShift - 1) == 0 {
                    checkpoints.append(scalars)
                    lines.append(line(at: index))
                    // A block of 64 ASCII bytes (most of any export): every byte is a character,
                    // and only the words that may hold a line break are looked at byte by byte.
                    if index + 64 <= buffer.count, let raw = UnsafeRawPointer(buffer.baseAddress),
                       Self.isASCII(raw, from: index, count: 64) {
                        for word in stride(from: index, to: index + 64, by: 8) {
                            let bits = raw.loadUnaligned(fromByteOffset: word, as: UInt64.self)
                            guard Self.mayHold(bits, Byte.lineFeed) || (lineBreaks == .yaml11 && Self.mayHold(bits, Byte.carriageReturn)) else { continue }
                            for offset in word..<word + 8 {
                                if buffer[offset] == Byte.lineFeed {
                                    starts.append(offset + 1)
                                } else if lineBreaks == .yaml11, buffer[offset] == Byte.carriageReturn, Self.yamlBreakLength(bytes, at: offset) == 1 {
                                    starts.append(offset + 1)
                                }
                            }
                        }
                        scalars += 64
                        index += 64
                        continue
                    }
                }
                let byte = buffer[index]
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == Byte.lineFeed {
                    starts.append(index + 1)
                } else if lineBreaks == .yaml11, byte == Byte.carriageReturn || byte == 0xC2 || byte == 0xE2 {
                    // A `\r` before `\n` is part of that line end; the `\n` starts the next line.
                    let length = Self.yamlBreakLength(bytes, at: index)
                    if length > 0, length != 2 || byte != Byte.carriageReturn { starts.append(index + length) }
                }
                index += 1
            }
            if buffer.count & (1 << Self.checkpointShift - 1) == 0 {
                checkpoints.append(scalars)
                lines.append(line(at: buffer.count))
            }
            allASCII = Int(scalars) == buffer.count
        }
        isASCII = allASCII
        lineStarts = starts
        scalarCheckpoints = checkpoints
        lineCheckpoints = lines
    }

    /// Whether `count` bytes (a multiple of 8) from `offset` are all ASCII.
    static func isASCII(_ raw: UnsafeRawPointer, from offset: Int, count: Int) -> Bool {
        var high: UInt64 = 0
        for word in stride(from: offset, to: offset + count, by: 8) {
            high |= raw.loadUnaligned(fromByteOffset: word, as: UInt64.self)
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// Whether a word of ASCII bytes may hold `byte` (never false when it does; rarely true
    /// when it does not).
    static func mayHold(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }

    /// How many characters start before a byte offset (0...bytes.count).
    func scalarsBefore(_ offset: Int) -> Int {
        let checkpoint = offset >> Self.checkpointShift
        var count = Int(scalarCheckpoints[checkpoint])
        var index = checkpoint << Self.checkpointShift
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The same bytes with their lines split another way.
    public func splittingLines(_ lineBreaks: LineBreaks) -> SourceText {
        lineBreaks == self.lineBreaks ? self : SourceText(file: file, bytes: bytes, lineBreaks: lineBreaks)
    }

    /// The length of the YAML 1.1 line break starting at `index`, or 0: `\n` 1, `\r\n` 2, a lone
    /// `\r` 1, U+0085 2, U+2028 and U+2029 3 (their UTF-8 lead bytes never occur inside a
    /// character, so a byte-by-byte scan finds them only where they start).
    static func yamlBreakLength(_ bytes: [UInt8], at index: Int) -> Int {
        func at(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }
        switch at(index) {
        case Byte.lineFeed: return 1
        case Byte.carriageReturn: return at(index + 1) == Byte.lineFeed ? 2 : 1
        case 0xC2: return at(index + 1) == 0x85 ? 2 : 0
        case 0xE2: return at(index + 1) == 0x80 && (at(index + 2) == 0xA8 || at(index + 2) == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// The length of the line break that ends just before `offset` (a line start), or 0.
    func breakLength(endingAt offset: Int) -> Int {
        guard offset > 0 else { return 0 }
        for length in [3, 2, 1] where offset - length >= 0 {
            let start = offset - length
            let found = lineBreaks == .yaml11 ? Self.yamlBreakLength(bytes, at: start) : (bytes[start] == Byte.lineFeed ? 1 : 0)
            if found == length { return length }
        }
        return 0
    }

    /// The offset of the line break ending the line that holds `offset` (the file's end on the
    /// last line); a `\r` before a `\n` belongs to the break.
    func lineEnd(of offset: Int) -> Int {
        let index = lineIndex(of: min(max(0, offset), bytes.count))
        guard index + 1 < lineStarts.count else { return bytes.count }
        let next = lineStarts[index + 1]
        var end = next - breakLength(endingAt: next)
        if end > max(offset, lineStarts[index]), bytes[end - 1] == Byte.carriageReturn { end -= 1 }
        return end
    }

    /// The length of the line break starting at `offset` (0 at the end of the file or where
    /// no break starts; in `.lineFeed` mode a lone `\r` is not one).
    func breakLength(at offset: Int) -> Int {
        guard offset >= 0, offset < bytes.count else { return 0 }
        if lineBreaks == .yaml11 { return Self.yamlBreakLength(bytes, at: offset) }
        if bytes[offset] == Byte.lineFeed { return 1 }
        return bytes[offset] == Byte.carriageReturn && offset + 1 < bytes.count && bytes[offset + 1] == Byte.lineFeed ? 2 : 0
    }

    /// Whether a text holds a line break of this file's kind.
    func containsLineBreak(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            scalar == "\n" || scalar == "\r" || (lineBreaks == .yaml11 && (scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"))
        }
    }

    /// Indexes the lines of a string's UTF-8 encoding.
    public init(file: String, text: String, lineBreaks: LineBreaks = .lineFeed) {
        self.init(file: file, bytes: Array(text.utf8), lineBreaks: lineBreaks)
    }

    /// The 0-based index of the line that holds `offset`.
    func lineIndex(of offset: Int) -> Int {
        let offset = min(max(offset, 0), bytes.count)
        var line = Int(lineCheckpoints[offset >> Self.checkpointShift])
        while line + 1 < lineStarts.count, lineStarts[line + 1] <= offset { line += 1 }
        return line
    }

    /// The offset where the line holding `offset` begins.
    func lineStart(of offset: Int) -> Int { lineStarts[lineIndex(of: offset)] }

    /// The line and column of a byte offset.
    public func location(at offset: Int) -> DocLocation {
        let clamped = max(0, min(offset, bytes.count))
        let index = lineIndex(of: clamped)
        if isASCII { return DocLocation(offset: clamped, line: index + 1, column: clamped - lineStarts[index] + 1) }
        var column = scalarsBefore(clamped) - scalarsBefore(lineStarts[index]) + 1
        // An offset inside a multi-byte character belongs to that character.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { column -= 1 }
        return DocLocation(offset: clamped, line: index + 1, column: column)
    }

    /// The span between two byte offsets (each kept within the file).
    public func span(_ start: Int, _ end: Int) -> DocSpan {
        DocSpan(max(0, min(start, bytes.count)), max(0, min(end, bytes.count)))
    }

    /// The line and column where a span starts or ends.
    public func location(of point: DocOffset) -> DocLocation { location(at: point.offset) }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - breakLength(endingAt: lineStarts[line]) : bytes.count
        if end > start, bytes[end - 1] == Byte.carriageReturn { end -= 1 }
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
        return SourcePlace(file: file, location: location.location, lineText: lineText(location.line))
    }

    /// The line break the file uses: how its first line ending in `\n` or `\r` ends (`\r\n`,
    /// `\r` or `\n`); `\n` when it has none. U+0085, U+2028 and U+2029 are characters to
    /// most editors, so they never decide it.
    public var newline: String {
        for lineEnd in lineStarts.dropFirst() {
            switch bytes[lineEnd - 1] {
            case Byte.lineFeed: return lineEnd >= 2 && bytes[lineEnd - 2] == Byte.carriageReturn ? "\r\n" : "\n"
            case Byte.carriageReturn: return "\r"
            default: continue
            }
        }
        return "\n"
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    public var firstInvalidUTF8Offset: Int? {
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes at a time: most of any export is ASCII.
            if index + 64 <= bytes.count, index & 7 == 0 {
                let ascii = bytes.withUnsafeBytes { raw in raw.baseAddress.map { Self.isASCII($0, from: index, count: 64) } ?? false }
                if ascii {
                    index += 64
                    continue
                }
            }
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
