/// The string functions behind API Gateway's `$util`, with the Java semantics API Gateway has.
///
/// Each function first scans for the first byte it must change: text that needs nothing is
/// returned as it is (no copy). Otherwise it measures the exact result and writes it straight
/// into the new string's storage (no intermediate array).
public enum GatewayUtil {
    /// `$util.escapeJavaScript`: Apache Commons Lang `StringEscapeUtils.escapeJavaScript`
    /// (`'` → `\'`, `"` → `\"`, `/` → `\/`, controls as `\n`/`\uXXXX`, every UTF-16 unit
    /// above U+007F as `\uXXXX` with upper-case hex).
    public static func escapeJavaScript(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var first = 0
            while first < bytes.count, isPlainForJavaScript(bytes[first]) { first += 1 }
            if first == bytes.count { return nil }
            // Short text: room for the worst case (six bytes a byte) costs less than measuring.
            var length = first + (bytes.count - first) * 6
            if bytes.count > shortText {
                length = first
                for index in first..<bytes.count { length += escapedJavaScriptLength(bytes[index]) }
            }
            return String(unsafeUninitializedCapacity: length) { out in
                writeEscapedJavaScript(bytes, from: first, to: out.baseAddress.unsafelyUnwrapped)
            }
        } ?? text
    }

    /// Up to this many bytes, results are written into room for the worst case without measuring.
    private static let shortText = 256

    /// Whether `escapeJavaScript` copies a byte as it is: ASCII from the space up, DEL included,
    /// but `'`, `"`, `/` and `\`.
    @inline(__always)
    private static func isPlainForJavaScript(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0xFFFF_FFFF_0000_0000 & ~(1 << 0x22 | 1 << 0x27 | 1 << 0x2F)
        let high: UInt64 = ~(1 << (0x5C - 64))
        return byte < 0x80 && ((byte < 64 ? low : high) >> (byte & 63)) & 1 != 0
    }

    /// How many bytes `escapeJavaScript` writes for a byte of valid UTF-8 (a whole character's
    /// escapes are counted at its first byte: one `\uXXXX`, or two for a surrogate pair).
    @inline(__always)
    private static func escapedJavaScriptLength(_ byte: UInt8) -> Int {
        if byte < 0x80 {
            if byte >= 0x20 {
                return byte == 0x22 || byte == 0x27 || byte == 0x2F || byte == 0x5C ? 2 : 1
            }
            switch byte {
            case 0x08, 0x09, 0x0A, 0x0C, 0x0D: return 2
            default: return 6
            }
        }
        if byte < 0xC0 { return 0 }
        return byte >= 0xF0 ? 12 : 6
    }

    /// Writes `escapeJavaScript` of valid UTF-8 whose first `first` bytes need no escape;
    /// returns the number of bytes written.
    private static func writeEscapedJavaScript(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int,
                                               to out: UnsafeMutablePointer<UInt8>) -> Int {
        if first > 0 { out.initialize(from: bytes.baseAddress.unsafelyUnwrapped, count: first) }
        var written = first
        @inline(__always) func put(_ byte: UInt8) { out[written] = byte; written += 1 }
        @inline(__always) func putEscape(_ unit: UInt32) {
            out[written] = 0x5C
            out[written + 1] = UInt8(ascii: "u")
            out[written + 2] = upperHexDigit(unit >> 12)
            out[written + 3] = upperHexDigit(unit >> 8)
            out[written + 4] = upperHexDigit(unit >> 4)
            out[written + 5] = upperHexDigit(unit)
            written += 6
        }
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if isPlainForJavaScript(byte) {
                put(byte)
                index += 1
                continue
            }
            if byte < 0x80 {
                // Printable ASCII that is not plain is one of `'"/\`.
                if byte >= 0x20 {
                    put(0x5C); put(byte)
                } else {
                    switch byte {
                    case 0x08: put(0x5C); put(UInt8(ascii: "b"))
                    case 0x0A: put(0x5C); put(UInt8(ascii: "n"))
                    case 0x09: put(0x5C); put(UInt8(ascii: "t"))
                    case 0x0C: put(0x5C); put(UInt8(ascii: "f"))
                    case 0x0D: put(0x5C); put(UInt8(ascii: "r"))
                    default: putEscape(UInt32(byte))
                    }
                }
                index += 1
                continue
            }
            // A UTF-8 sequence: every UTF-16 unit of its character as `\uXXXX`.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            var scalar = UInt32(byte) & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F)
            for offset in 1..<length where index + offset < bytes.count {
                scalar = scalar << 6 | UInt32(bytes[index + offset] & 0x3F)
            }
            if scalar >= 0x10000 {
                putEscape(0xD800 + ((scalar - 0x10000) >> 10))
                putEscape(0xDC00 + ((scalar - 0x10000) & 0x3FF))
            } else {
                putEscape(scalar)
            }
            index += length
        }
        return written
    }

    /// The upper-case hex digit of the low four bits.
    @inline(__always)
    static func upperHexDigit(_ value: UInt32) -> UInt8 {
        let nibble = UInt8(truncatingIfNeeded: value) & 0xF
        return nibble < 10 ? nibble + UInt8(ascii: "0") : nibble + (UInt8(ascii: "A") - 10)
    }

    /// `$util.urlEncode`: `java.net.URLEncoder.encode(text, "UTF-8")` (space → `+`; letters,
    /// digits and `.-*_` kept; every other UTF-8 byte as `%XX`).
    public static func urlEncode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var first = 0
            while first < bytes.count, isURLUnreserved(bytes[first]) { first += 1 }
            if first == bytes.count { return nil }
            var length = first + (bytes.count - first) * 3
            if bytes.count > shortText {
                length = first
                for index in first..<bytes.count {
                    let byte = bytes[index]
                    length += isURLUnreserved(byte) || byte == UInt8(ascii: " ") ? 1 : 3
                }
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                let out = buffer.baseAddress.unsafelyUnwrapped
                if first > 0 { out.initialize(from: bytes.baseAddress.unsafelyUnwrapped, count: first) }
                var written = first
                for index in first..<bytes.count {
                    let byte = bytes[index]
                    if isURLUnreserved(byte) {
                        out[written] = byte
                        written += 1
                    } else if byte == UInt8(ascii: " ") {
                        out[written] = UInt8(ascii: "+")
                        written += 1
                    } else {
                        out[written] = UInt8(ascii: "%")
                        out[written + 1] = upperHexDigit(UInt32(byte >> 4))
                        out[written + 2] = upperHexDigit(UInt32(byte))
                        written += 3
                    }
                }
                return written
            }
        } ?? text
    }

    /// Letters, digits and `.-*_`: the bytes `URLEncoder` keeps.
    @inline(__always)
    private static func isURLUnreserved(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0x03FF_6400_0000_0000   // `*`, `-`, `.`, `0`–`9`
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE  // `A`–`Z`, `_`, `a`–`z`
        return byte < 0x80 && ((byte < 64 ? low : high) >> (byte & 63)) & 1 != 0
    }

    /// `$util.urlDecode`: `java.net.URLDecoder.decode(text, "UTF-8")` (`+` → space, `%XX`
    /// bytes as UTF-8); a broken `%` escape is an error, as in Java.
    public static func urlDecode(_ text: String) throws(GatewayUtilError) -> String {
        var text = text
        var failed = false
        let decoded = text.withUTF8 { bytes -> String? in
            var first = 0
            while first < bytes.count, bytes[first] != UInt8(ascii: "+"), bytes[first] != UInt8(ascii: "%") { first += 1 }
            if first == bytes.count { return nil }
            // Measuring checks every escape, so writing cannot fail (nor overrun the room).
            guard let length = decodedURLLength(bytes, from: first) else {
                failed = true
                return nil
            }
            return String(unsafeUninitializedCapacity: length) { buffer in
                writeDecodedURL(bytes, from: first, to: buffer.baseAddress.unsafelyUnwrapped)
            }
        }
        if failed { throw GatewayUtilError(message: "URLDecoder: Illegal hex characters in escape (%) pattern") }
        return decoded ?? text
    }

    /// The length of `urlDecode`'s result for text whose first `first` bytes stay as they are,
    /// or nil when a `%` escape is broken.
    private static func decodedURLLength(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int? {
        var length = first
        var index = first
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, hexValue(bytes[index + 1]) != nil, hexValue(bytes[index + 2]) != nil else {
                    return nil
                }
                index += 3
            } else {
                index += 1
            }
            length += 1
        }
        return length
    }

    /// Writes `urlDecode`'s bytes for text whose first `first` bytes stay as they are and whose
    /// escapes are checked; returns the number written.
    private static func writeDecodedURL(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int,
                                        to out: UnsafeMutablePointer<UInt8>) -> Int {
        if first > 0 { out.initialize(from: bytes.baseAddress.unsafelyUnwrapped, count: first) }
        var written = first
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                out[written] = UInt8(ascii: " ")
                index += 1
            } else if byte == UInt8(ascii: "%") {
                out[written] = (hexValue(bytes[index + 1]) ?? 0) << 4 | (hexValue(bytes[index + 2]) ?? 0)
                index += 3
            } else {
                out[written] = byte
                index += 1
            }
            written += 1
        }
        return written
    }

    @inline(__always)
    private static func hexValue(_ byte: UInt8) -> UInt8? {
        let digit = byte &- UInt8(ascii: "0")
        if digit < 10 { return digit }
        let letter = (byte | 0x20) &- UInt8(ascii: "a")
        return letter < 6 ? letter + 10 : nil
    }
}

/// A `$util` function that failed the way its Java counterpart throws.
public struct GatewayUtilError: Error, Equatable, Sendable {
    /// The Java exception's message.
    public var message: String
}
