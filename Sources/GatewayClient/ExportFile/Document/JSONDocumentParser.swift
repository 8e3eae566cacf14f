import Text

/// A JSON parser that keeps every node's exact place in the file.
///
/// Strict RFC 8259 JSON: no comments, no trailing commas, no duplicate keys.
struct JSONDocumentParser {
    let source: SourceText
    let bytes: [UInt8]
    var pos = 0
    var depth = 0
    var keys = KeyInterner()
    /// The entries of the objects being read, innermost last: an object's entries are moved
    /// out once, into an array of their exact count, instead of growing one of their own.
    var openEntries = MoveStack<DocEntry>()
    /// The same for the items of arrays.
    var openItems = MoveStack<DocNode>()
    /// The bytes of a string with escapes, decoded (one buffer for the whole parse).
    var decoded: [UInt8] = []

    /// Parses a whole JSON document.
    static func parse(_ source: SourceText) throws -> DocNode {
        var parser = JSONDocumentParser(source: source, bytes: source.bytes)
        defer {
            parser.openEntries.release()
            parser.openItems.release()
        }
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.pos = 3 }
        parser.skipWhitespace()
        guard parser.pos < parser.bytes.count else {
            throw parser.error("the file is empty; expected a JSON object", at: parser.pos)
        }
        let root = try parser.parseValue()
        parser.skipWhitespace()
        if parser.pos < parser.bytes.count {
            throw parser.error("unexpected text after the end of the JSON document", at: parser.pos)
        }
        return root
    }

    // MARK: - Values

    mutating func parseValue() throws -> DocNode {
        guard pos < bytes.count else { throw error("unexpected end of file: expected a JSON value", at: pos) }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .scalar(try parseString())
        default: return .scalar(try parseLiteral())
        }
    }

    mutating func parseObject() throws -> DocNode {
        let open = pos
        pos += 1
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw error("objects and arrays are nested too deeply", at: open) }
        let base = openEntries.count
        var seenKeys = DocKeyIndex()
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            pos += 1
            return .mapping(DocMapping(span: source.span(open, pos), isFlow: true, entries: []))
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("{", "}", open) }
            guard peek == UInt8(ascii: "\"") else {
                if peek == UInt8(ascii: "}") { throw error("trailing comma before '}'", at: pos) }
                throw error("expected a string key in double quotes", at: pos)
            }
            let key = try parseString(isKey: true)
            if let first = seenKeys.firstOffset(of: key.value, recordingAt: key.span.start.offset, among: openEntries.elements(from: base)) {
                let line = source.location(at: first).line
                throw error("duplicate key \"\(key.value)\" (first defined on line \(line))", at: key.span.start.offset)
            }
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("{", "}", open) }
            guard peek == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key.value)\"", at: pos) }
            pos += 1
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("{", "}", open) }
            let value = try parseValue()
            openEntries.append(DocEntry(key: key, value: value))
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("{", "}", open) }
            if peek == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if peek == UInt8(ascii: "}") {
                pos += 1
                return .mapping(DocMapping(span: source.span(open, pos), isFlow: true, entries: openEntries.pop(from: base)))
            }
            throw error("expected ',' or '}' after an object member", at: pos)
        }
    }

    mutating func parseArray() throws -> DocNode {
        let open = pos
        pos += 1
        depth += 1
        defer { depth -= 1 }
        guard depth < 512 else { throw error("objects and arrays are nested too deeply", at: open) }
        let base = openItems.count
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            pos += 1
            return .sequence(DocSequence(span: source.span(open, pos), isFlow: true, items: []))
        }
        while true {
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("[", "]", open) }
            if peek == UInt8(ascii: "]") { throw error("trailing comma before ']'", at: pos) }
            let item = try parseValue()
            openItems.append(item)
            skipWhitespace()
            guard pos < bytes.count else { throw unclosed("[", "]", open) }
            if peek == UInt8(ascii: ",") {
                pos += 1
                continue
            }
            if peek == UInt8(ascii: "]") {
                pos += 1
                return .sequence(DocSequence(span: source.span(open, pos), isFlow: true, items: openItems.pop(from: base)))
            }
            throw error("expected ',' or ']' after an array element", at: pos)
        }
    }

    // MARK: - Scalars

    /// A string: the bytes between the quotes as they are, or, only when there are escapes,
    /// decoded into one byte buffer.
    mutating func parseString(isKey: Bool = false) throws -> DocScalar {
        let start = pos
        pos += 1
        var hasEscapes = false
        var runStart = pos
        while true {
            skipPlainStringBytes()
            guard pos < bytes.count else {
                throw error("unterminated string: expected a closing '\"'", at: start)
            }
            let byte = bytes[pos]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 {
                throw error(byte == 0x0A ? "unterminated string: a line break inside a JSON string must be written \\n"
                                         : "control character U+\(hex(UInt32(byte), 4)) must be escaped in a JSON string", at: pos)
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes { decoded.removeAll(keepingCapacity: true) }
                hasEscapes = true
                decoded.append(contentsOf: bytes[runStart..<pos])
                let scalar = try parseEscape()
                decoded.append(contentsOf: UTF8.encode(scalar)!)
                runStart = pos
                continue
            }
            pos += 1
        }
        let value: String
        if hasEscapes {
            decoded.append(contentsOf: bytes[runStart..<pos])
            value = String(decoding: decoded, as: UTF8.self)
        } else if isKey {
            value = keys.key(bytes, runStart..<pos)
        } else {
            value = String(decoding: bytes[runStart..<pos], as: UTF8.self)
        }
        pos += 1
        return DocScalar(span: source.span(start, pos), value: value, style: .jsonString)
    }

    /// Moves `pos` past the bytes that end nothing in a string (not `"`, `\\` or a control
    /// character), eight at a time where the file has eight more bytes.
    mutating func skipPlainStringBytes() {
        var index = pos
        defer { pos = index }
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            while true {
                while index + 8 <= raw.count, !Self.mayEndString(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                // A word that may hold one (or the file's last bytes): byte by byte, then on.
                let end = min(index + 8, raw.count)
                while index < end {
                    let byte = raw[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return }
                    index += 1
                }
                if index >= raw.count { return }
            }
        }
    }

    /// Whether a word of eight bytes may hold a `"`, a `\\` or a control character (never
    /// false when it does).
    static func mayEndString(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A byte is zero in `quote` or `backslash`, or below 0x20 in `word` (bytes at 0x80 and
        // above never count: `~x` clears their high bit).
        let found = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
        return found & high != 0
    }

    mutating func parseEscape() throws -> Unicode.Scalar {
        let escapeStart = pos
        pos += 1
        guard pos < bytes.count else { throw error("unterminated string", at: escapeStart) }
        let code = bytes[pos]
        pos += 1
        switch code {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            switch JSONUnicodeEscape.read(bytes, digitsAt: pos) {
            case let .scalar(scalar, end):
                pos = end
                return scalar
            case let .loneSurrogate(value, _):
                throw error("lone surrogate \\u\(hex(value, 4)) in a JSON string", at: escapeStart)
            case .invalidPair:
                throw error("invalid surrogate pair in a JSON string", at: escapeStart)
            case let .badDigits(digits, _):
                throw error(digits + 4 > bytes.count ? "incomplete \\u escape" : "invalid \\u escape: expected 4 hex digits", at: escapeStart)
            }
        default:
            throw error("invalid escape sequence in a JSON string", at: escapeStart)
        }
    }

    mutating func parseLiteral() throws -> DocScalar {
        let start = pos
        for word in ["true", "false", "null"] where bytes[pos...].starts(with: word.utf8) {
            pos += word.utf8.count
            guard pos >= bytes.count || !isWordByte(bytes[pos]) else { break }
            return DocScalar(span: source.span(start, pos), value: word, style: .plain)
        }
        pos = start
        if peek == UInt8(ascii: "-") { pos += 1 }
        let intStart = pos
        while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
        guard pos > intStart else { throw error("expected a JSON value (object, array, string, number, true, false or null)", at: start) }
        if pos - intStart > 1, bytes[intStart] == UInt8(ascii: "0") { throw error("numbers must not have leading zeros", at: start) }
        if peek == UInt8(ascii: ".") {
            pos += 1
            let fractionStart = pos
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            guard pos > fractionStart else { throw error("expected digits after '.'", at: pos) }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            pos += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { pos += 1 }
            let exponentStart = pos
            while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
            guard pos > exponentStart else { throw error("expected digits in the exponent", at: pos) }
        }
        if pos < bytes.count, isWordByte(bytes[pos]) {
            throw error("expected a JSON value (object, array, string, number, true, false or null)", at: start)
        }
        return DocScalar(span: source.span(start, pos), value: source.text(start..<pos), style: .plain)
    }

    // MARK: - Helpers

    var peek: UInt8 { pos < bytes.count ? bytes[pos] : 0 }

    mutating func skipWhitespace() {
        while pos < bytes.count {
            switch bytes[pos] {
            case 0x20, 0x09, 0x0A, 0x0D: pos += 1
            default: return
            }
        }
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte >= 0x80
    }

    func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    func error(_ message: String, at offset: Int) -> ExportFileError {
        .malformed(message: message, place: source.place(at: offset))
    }

    func unclosed(_ open: String, _ close: String, _ openOffset: Int) -> ExportFileError {
        let location = source.location(at: openOffset)
        return error("unexpected end of file: expected '\(close)' to close the '\(open)' on line \(location.line), column \(location.column)", at: pos)
    }
}
