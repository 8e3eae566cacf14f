import Text

extension GuardedFile {
    /// A regular file's text (`-` is standard input); bytes that are not UTF-8 are an error at
    /// the line and column of the first bad byte.
    public static func readText(_ path: String, what: String, limit: FileSizeLimit) throws -> String {
        let bytes = path == "-" ? try readStandardInput(what: what, limit: limit) : try read(path, what: what, limit: limit)
        return try decodeUTF8(bytes, file: path == "-" ? "<stdin>" : path, what: what)
    }

    /// The text of UTF-8 bytes, or an error that points at the first byte that is not UTF-8.
    public static func decodeUTF8(_ bytes: [UInt8], file: String, what: String) throws(TextEncodingError) -> String {
        guard let offset = firstInvalidUTF8(in: bytes) else { return String(decoding: bytes, as: UTF8.self) }
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineEnd = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        let line = bytes[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        var lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        if lineText.hasSuffix("\r") { lineText.removeLast() }
        let hex = String(bytes[offset], radix: 16, uppercase: true)
        throw TextEncodingError(
            message: "the \(what) is not UTF-8 text: byte 0x\(hex.count == 1 ? "0" + hex : hex) (byte \(offset + 1) of the file) does not start a UTF-8 character; save it as UTF-8",
            place: SourcePlace(file: file, line: line, column: column, lineText: lineText))
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629:
    /// no overlong forms, no surrogates, nothing above U+10FFFF), as Python's decoder reports
    /// it; nil when every byte is part of one.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for position in 1..<length {
                guard index + position < count else { return index }
                let byte = bytes[index + position]
                let (min, max) = position == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= min && byte <= max else { return index }
            }
            index += length
        }
        return nil
    }
}

/// A file that is not UTF-8 text, with the place of the first bad byte.
public struct TextEncodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong and what to do.
    public var message: String
    /// Where the first bad byte is, with its line for the caret.
    public var place: SourcePlace

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the line and a caret.
    public var description: String {
        place.diagnostic(message)
    }
}
