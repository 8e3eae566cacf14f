@testable import Mapping

/// The `$util` string functions as first written (straightforward byte loops), kept as the
/// reference the optimised `GatewayUtil` must match byte for byte.
enum ReferenceUtil {
    /// `$util.escapeJavaScript`: Apache Commons Lang `StringEscapeUtils.escapeJavaScript`
    /// (`'` → `\'`, `"` → `\"`, `/` → `\/`, controls as `\n`/`\uXXXX`, every UTF-16 unit
    /// above U+007F as `\uXXXX` with upper-case hex).
    static func escapeJavaScript(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(escapeJavaScript(bytes:)) ?? ""
    }

    /// `escapeJavaScript` of valid UTF-8, into a buffer of the worst-case size (a byte becomes at
    /// most six: a control character's `\u0000`).
    private static func escapeJavaScript(bytes: UnsafeBufferPointer<UInt8>) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 1) { out -> String in
            var written = 0
            func put(_ byte: UInt8) { out[written] = byte; written += 1 }
            func putEscape(_ unit: UInt32) {
                put(0x5C); put(UInt8(ascii: "u"))
                put(upperHexDigits[Int(unit >> 12 & 0xF)]); put(upperHexDigits[Int(unit >> 8 & 0xF)])
                put(upperHexDigits[Int(unit >> 4 & 0xF)]); put(upperHexDigits[Int(unit & 0xF)])
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x27, 0x22, 0x5C, 0x2F: put(0x5C); put(byte)
                case 0x08: put(0x5C); put(UInt8(ascii: "b"))
                case 0x0A: put(0x5C); put(UInt8(ascii: "n"))
                case 0x09: put(0x5C); put(UInt8(ascii: "t"))
                case 0x0C: put(0x5C); put(UInt8(ascii: "f"))
                case 0x0D: put(0x5C); put(UInt8(ascii: "r"))
                case 0x00..<0x20: putEscape(UInt32(byte))
                case 0x20..<0x80: put(byte)
                default:
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
                    continue
                }
                index += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[0..<written]), as: UTF8.self)
        }
    }

    /// `$util.urlEncode`: `java.net.URLEncoder.encode(text, "UTF-8")` (space → `+`; letters,
    /// digits and `.-*_` kept; every other UTF-8 byte as `%XX`).
    static func urlEncode(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"):
                output.append(byte)
            case UInt8(ascii: " "): output.append(UInt8(ascii: "+"))
            default:
                output.append(UInt8(ascii: "%"))
                output.append(upperHexDigits[Int(byte >> 4)])
                output.append(upperHexDigits[Int(byte & 0xF)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `$util.urlDecode`: `java.net.URLDecoder.decode(text, "UTF-8")` (`+` → space, `%XX`
    /// bytes as UTF-8); a broken `%` escape is an error, as in Java.
    static func urlDecode(_ text: String) throws(GatewayUtilError) -> String {
        var text = text
        text.makeContiguousUTF8()
        let result = text.utf8.withContiguousStorageIfAvailable { source -> Result<String, GatewayUtilError> in
            do throws(GatewayUtilError) { return .success(try urlDecode(bytes: source)) } catch { return .failure(error) }
        }
        return try (result ?? .success("")).get()
    }

    private static func urlDecode(bytes source: UnsafeBufferPointer<UInt8>) throws(GatewayUtilError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
                index += 1
            } else if byte == UInt8(ascii: "%") {
                guard index + 2 < source.count,
                      let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2]) else {
                    throw GatewayUtilError(message: "URLDecoder: Illegal hex characters in escape (%) pattern")
                }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static let upperHexDigits = Array("0123456789ABCDEF".utf8)

    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// `$util.base64Encode`: standard Base64 (with padding) of the text's UTF-8 bytes.
    static func base64Encode(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(base64Encode(bytes:)) ?? ""
    }

    private static func base64Encode(bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let first = bytes[index]
            let second = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            output.append(base64Alphabet[Int(first >> 2)])
            output.append(base64Alphabet[Int((first & 0x03) << 4 | second >> 4)])
            output.append(index + 1 < bytes.count ? base64Alphabet[Int((second & 0x0F) << 2 | third >> 6)] : UInt8(ascii: "="))
            output.append(index + 2 < bytes.count ? base64Alphabet[Int(third & 0x3F)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `$util.base64Decode`: Base64 (standard or URL-safe alphabet, padding optional) to text
    /// read as UTF-8; characters outside the alphabet are skipped, as Commons Codec does.
    static func base64Decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "=") { break }
            let value: UInt8
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = byte - UInt8(ascii: "A")
            case UInt8(ascii: "a")...UInt8(ascii: "z"): value = byte - UInt8(ascii: "a") + 26
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = byte - UInt8(ascii: "0") + 52
            case UInt8(ascii: "+"), UInt8(ascii: "-"): value = 62
            case UInt8(ascii: "/"), UInt8(ascii: "_"): value = 63
            default: continue
            }
            accumulator = accumulator << 6 | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
