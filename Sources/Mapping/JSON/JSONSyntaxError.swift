import Text

/// A JSON document that could not be read, with the place it broke.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was wrong, in words a user can act on (e.g. `expected ',' or '}'`).
    public var message: String
    /// 1-based line of the offending character.
    public var line: Int
    /// 1-based column (in Unicode scalars) of the offending character.
    public var column: Int
    /// The full text of the offending line, without its line break.
    public var lineText: String
    /// Byte offset of the offending character in the UTF-8 text.
    public var offset: Int

    /// Creates an error; the place is computed from `offset` in `text`.
    public init(message: String, offset: Int, in text: String) {
        self.message = message
        self.offset = offset
        let bytes = Array(text.utf8)
        let clamped = min(max(offset, 0), bytes.count)
        var lineStart = 0
        var line = 1
        var index = 0
        while index < clamped {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var lineBytes = bytes[lineStart..<lineEnd]
        if lineBytes.last == UInt8(ascii: "\r") { lineBytes = lineBytes.dropLast() }
        self.line = line
        self.lineText = String(decoding: lineBytes, as: UTF8.self)
        self.column = bytes[lineStart..<clamped].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }

    /// `NAME:LINE:COLUMN: error: MESSAGE` (or another severity, such as `note`), then the
    /// line and a caret under the column.
    public func formatted(name: String, severity: String = "error") -> String {
        SourcePlace(file: name, line: line, column: column, lineText: lineText).diagnostic(message, severity: severity)
    }

    public var description: String { formatted(name: "<json>") }
}
