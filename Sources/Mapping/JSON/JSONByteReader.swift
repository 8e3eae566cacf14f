import Text

/// The recursive-descent reader behind `JSONParser`, over UTF-8 bytes; `Builder` makes the
/// values (a `JSONValue` tree, or Velocity values straight away).
struct JSONByteReader<Builder: JSONBuilder> {
    typealias Output = Builder.Output
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    /// Where each element of the arrays at this depth starts (the root array is depth 1);
    /// recorded only when `recordedDepth` is set.
    var elementOffsets: [Int] = []
    var recordedDepth = -1

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func readDocument() throws(JSONReadFailure) -> Output {
        skipWhitespace()
        let value = try readValue(depth: 0)
        skipWhitespace()
        if position < bytes.count {
            throw JSONReadFailure(message: "unexpected text after the JSON value", offset: position)
        }
        return value
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private func failure(_ expected: String) -> JSONReadFailure {
        if position >= bytes.count {
            return JSONReadFailure(message: "unexpected end of input, \(expected)", offset: position)
        }
        return JSONReadFailure(message: expected, offset: position)
    }

    mutating func readValue(depth: Int) throws(JSONReadFailure) -> Output {
        guard position < bytes.count else { throw failure("expected a JSON value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try readObject(depth: depth + 1)
        case UInt8(ascii: "["): return try readArray(depth: depth + 1)
        case UInt8(ascii: "\""): return Builder.string(try readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return Builder.number(try readNumber())
        case UInt8(ascii: "t"): try readKeyword("true"); return Builder.bool(true)
        case UInt8(ascii: "f"): try readKeyword("false"); return Builder.bool(false)
        case UInt8(ascii: "n"): try readKeyword("null"); return Builder.null
        default: throw failure("expected a JSON value")
        }
    }

    private mutating func readKeyword(_ word: StaticString) throws(JSONReadFailure) {
        let start = position
        let count = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected -> Bool in
            guard start + count <= bytes.count else { return false }
            for index in 0..<count where bytes[start + index] != expected[index] { return false }
            return true
        }
        guard matches else { throw failure("expected a JSON value") }
        position += count
    }

    private mutating func readObject(depth: Int) throws(JSONReadFailure) -> Output {
        guard depth <= JSONParser.maximumDepth else {
            throw JSONReadFailure(message: "nesting deeper than \(JSONParser.maximumDepth) levels", offset: position)
        }
        position += 1
        var keys: [Builder.Key] = []
        var values: [Output] = []
        var hasDuplicates = false
        // Small objects check for repeated keys by scanning; big ones switch to a set.
        var seen: Set<Builder.Key>?
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
            position += 1
            return Builder.object(keys: keys, values: values, hasDuplicates: false)
        }
        if Builder.keepsText {
            keys.reserveCapacity(8)
            values.reserveCapacity(8)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw failure("expected a string key")
            }
            let key = Builder.key(try readString())
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { throw failure("expected ':'") }
            position += 1
            skipWhitespace()
            let value = try readValue(depth: depth)
            guard Builder.keepsText else {
                skipWhitespace()
                guard position < bytes.count else { throw failure("expected ',' or '}'") }
                if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
                if bytes[position] == UInt8(ascii: "}") { position += 1; break }
                throw failure("expected ',' or '}'")
            }
            if !hasDuplicates {
                if seen == nil, keys.count >= 16 { seen = Set(keys) }
                if seen != nil {
                    if seen?.insert(key).inserted == false { hasDuplicates = true }
                } else if keys.contains(key) {
                    hasDuplicates = true
                }
            }
            keys.append(key)
            values.append(value)
            skipWhitespace()
            guard position < bytes.count else { throw failure("expected ',' or '}'") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; break }
            throw failure("expected ',' or '}'")
        }
        return Builder.object(keys: keys, values: values, hasDuplicates: hasDuplicates)
    }

    private mutating func readArray(depth: Int) throws(JSONReadFailure) -> Output {
        guard depth <= JSONParser.maximumDepth else {
            throw JSONReadFailure(message: "nesting deeper than \(JSONParser.maximumDepth) levels", offset: position)
        }
        position += 1
        var elements: [Output] = []
        skipWhitespace()
        if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
            position += 1
            return Builder.array(elements)
        }
        // Room for a few elements at once: growing one by one reallocates at 1, 2 and 4.
        if Builder.keepsText { elements.reserveCapacity(4) }
        while true {
            skipWhitespace()
            if depth == recordedDepth { elementOffsets.append(position) }
            let element = try readValue(depth: depth)
            if Builder.keepsText { elements.append(element) }
            skipWhitespace()
            guard position < bytes.count else { throw failure("expected ',' or ']'") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; break }
            throw failure("expected ',' or ']'")
        }
        return Builder.array(elements)
    }

    private mutating func readNumber() throws(JSONReadFailure) -> UnsafeBufferPointer<UInt8> {
        let start = position
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard skipDigits() > 0 else { throw failure("invalid number: expected a digit") }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw failure("invalid number: expected a digit after '.'") }
        }
        if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard skipDigits() > 0 else { throw failure("invalid number: expected a digit in the exponent") }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<position])
    }

    @inline(__always)
    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 { position += 1 }
        return position - start
    }

    private mutating func readString() throws(JSONReadFailure) -> String {
        let open = position
        position += 1
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                guard Builder.keepsText else { position += 1; return "" }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start, open: open) }
            position += 1
        }
        throw JSONReadFailure(message: "unterminated string", offset: open)
    }

    private mutating func readEscapedString(from start: Int, open: Int) throws(JSONReadFailure) -> String {
        var buffer: [UInt8] = Builder.keepsText ? Array(UnsafeBufferPointer(rebasing: bytes[start..<position])) : []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return Builder.keepsText ? String(decoding: buffer, as: UTF8.self) : ""
            }
            if byte != UInt8(ascii: "\\") {
                if Builder.keepsText { buffer.append(byte) }
                position += 1
                continue
            }
            guard position + 1 < bytes.count else { break }
            let escape = bytes[position + 1]
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): if Builder.keepsText { buffer.append(escape) }
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                position += 2
                let scalar = try readUnicodeEscape()
                buffer.append(contentsOf: String(Character(scalar)).utf8)
                continue
            default:
                position += 1
                throw failure("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))' in string")
            }
            position += 2
        }
        throw JSONReadFailure(message: "unterminated string", offset: open)
    }

    /// Reads the four hex digits after `\u` (and a following low surrogate escape, if any);
    /// a surrogate without its partner reads as U+FFFD, as json-smart reads it.
    private mutating func readUnicodeEscape() throws(JSONReadFailure) -> Unicode.Scalar {
        switch JSONUnicodeEscape.read(bytes, digitsAt: position) {
        case let .scalar(scalar, end):
            position = end
            return scalar
        case let .loneSurrogate(_, end), let .invalidPair(_, _, end):
            position = end
            return "\u{FFFD}"
        case let .badDigits(_, at):
            position = at
            throw failure("expected 4 hex digits after '\\u'")
        }
    }
}
