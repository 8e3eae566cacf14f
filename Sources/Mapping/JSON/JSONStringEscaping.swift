import Text
import Velocity

/// json-smart's escaping into a `UTF8Buffer`: the renderer's byte-level fast path of
/// `StringEscaping.Rules.jsonSmart` (`GatewayJSONEquivalenceTests` holds both to one reference).
public enum JSONStringEscaping {
    /// Appends `text` as json-smart's `JSONValue.escape` writes it (without quotes): `"`, `\`
    /// and `/` are backslash-escaped, control characters and U+007F–U+009F, U+2000–U+20FF
    /// become `\uXXXX` (upper-case hex); everything else is written as is.
    public static func appendJSONSmartEscaped(_ text: String, to output: inout String) {
        StringEscaping.append(text, .jsonSmart, to: &output)
    }

    /// Appends `text` json-smart-escaped and in quotes.
    static func appendJSONSmartQuoted(_ text: String, to output: inout UTF8Buffer) {
        var text = text
        text.withUTF8 { bytes in
            output.reserve(bytes.count + 2)
            output.append(0x22)
            appendJSONSmartEscaped(bytes: bytes, to: &output)
            output.append(0x22)
        }
    }

    /// Appends `text` json-smart-escaped.
    static func appendJSONSmartEscaped(_ text: String, to output: inout UTF8Buffer) {
        var text = text
        text.withUTF8 { appendJSONSmartEscaped(bytes: $0, to: &output) }
    }

    /// Whether json-smart writes a byte as it is, wherever it stands: printable ASCII but
    /// `"`, `/`, `\` and DEL, and UTF-8 bytes other than the leads of U+0080–U+009F (0xC2)
    /// and U+2000–U+20FF (0xE2).
    @inline(__always)
    private static func isPlainForJSONSmart(_ byte: UInt8) -> Bool {
        let low: UInt64 = 0xFFFF_FFFF_0000_0000 & ~(1 << 0x22 | 1 << 0x2F)
        let high: UInt64 = ~(1 << (0x5C - 64) | 1 << (0x7F - 64))
        if byte < 0x80 { return ((byte < 64 ? low : high) >> (byte & 63)) & 1 != 0 }
        return byte != 0xC2 && byte != 0xE2
    }

    /// Appends valid UTF-8 json-smart-escaped; bytes that need nothing are copied in runs.
    private static func appendJSONSmartEscaped(bytes: UnsafeBufferPointer<UInt8>, to output: inout UTF8Buffer) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if isPlainForJSONSmart(byte) {
                index += 1
                continue
            }
            var escape: UInt8 = 0
            var unit: UInt16 = 0
            var length = 1
            switch byte {
            case 0x22, 0x5C, 0x2F: escape = byte
            case 0x08: escape = UInt8(ascii: "b")
            case 0x0C: escape = UInt8(ascii: "f")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x00..<0x20, 0x7F: unit = UInt16(byte)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] <= 0x9F:
                // U+0080–U+009F.
                unit = UInt16(bytes[index + 1])
                length = 2
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x83:
                // U+2000–U+20FF.
                unit = 0x2000 | UInt16(bytes[index + 1] & 0x03) << 6 | UInt16(bytes[index + 2] & 0x3F)
                length = 3
            default:
                index += 1
                continue
            }
            if runStart < index { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if escape != 0 {
                output.append(0x5C)
                output.append(escape)
            } else {
                appendUnicodeEscape(unit, to: &output)
            }
            index += length
            runStart = index
        }
        if runStart < bytes.count { output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    /// Appends `\uXXXX` with four upper-case hex digits, as Java libraries write it.
    static func appendUnicodeEscape(_ unit: UInt16, to output: inout UTF8Buffer) {
        output.reserve(6)
        output.appendReserved { out in
            out[0] = 0x5C
            out[1] = UInt8(ascii: "u")
            out[2] = GatewayUtil.upperHexDigit(UInt32(unit) >> 12)
            out[3] = GatewayUtil.upperHexDigit(UInt32(unit) >> 8)
            out[4] = GatewayUtil.upperHexDigit(UInt32(unit) >> 4)
            out[5] = GatewayUtil.upperHexDigit(UInt32(unit))
            return 6
        }
    }
}
