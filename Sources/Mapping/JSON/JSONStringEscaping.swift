/// String escaping for JSON text, in the styles API Gateway's libraries use.
public enum JSONStringEscaping {
    /// Appends `text` as json-smart's `JSONValue.escape` writes it (without quotes): `"`, `\`
    /// and `/` are backslash-escaped, control characters and U+007F–U+009F, U+2000–U+20FF
    /// become `\uXXXX` (upper-case hex); everything else is written as is.
    public static func appendJSONSmartEscaped(_ text: String, to output: inout String) {
        var bytes: [UInt8] = []
        appendJSONSmartEscaped(text, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` json-smart-escaped, as UTF-8 bytes.
    static func appendJSONSmartEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { appendJSONSmartEscaped(bytes: $0, to: &output) }
    }

    /// Appends valid UTF-8 json-smart-escaped; bytes that need nothing are copied in runs.
    private static func appendJSONSmartEscaped(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
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
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if escape != 0 {
                output.append(0x5C)
                output.append(escape)
            } else {
                appendUnicodeEscape(unit, to: &output)
            }
            index += length
            runStart = index
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends `\uXXXX` with four upper-case hex digits, as Java libraries write it.
    static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(0x5C)
        output.append(UInt8(ascii: "u"))
        output.append(hexDigits[Int(unit >> 12 & 0xF)])
        output.append(hexDigits[Int(unit >> 8 & 0xF)])
        output.append(hexDigits[Int(unit >> 4 & 0xF)])
        output.append(hexDigits[Int(unit & 0xF)])
    }

    /// Appends `\uXXXX` with four upper-case hex digits to a string.
    static func appendUnicodeEscape(_ unit: UInt16, to output: inout String) {
        var bytes: [UInt8] = []
        appendUnicodeEscape(unit, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }
}
