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
        let copied = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte >= 0xC2 {
                // 0xC2 leads U+0080–U+00BF and 0xE2 leads U+2000–U+2FFF: look closer below.
                return false
            }
            output.append(contentsOf: bytes)
            return true
        }
        if copied == true { return }
        if copied == nil {
            var needsEscape = false
            for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte >= 0xC2 {
                needsEscape = true
                break
            }
            if !needsEscape {
                output.append(contentsOf: text.utf8)
                return
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output.append(0x5C); output.append(0x22)
            case 0x5C: output.append(0x5C); output.append(0x5C)
            case 0x2F: output.append(0x5C); output.append(0x2F)
            case 0x08: output.append(0x5C); output.append(UInt8(ascii: "b"))
            case 0x0C: output.append(0x5C); output.append(UInt8(ascii: "f"))
            case 0x0A: output.append(0x5C); output.append(UInt8(ascii: "n"))
            case 0x0D: output.append(0x5C); output.append(UInt8(ascii: "r"))
            case 0x09: output.append(0x5C); output.append(UInt8(ascii: "t"))
            case 0x00...0x1F, 0x7F...0x9F, 0x2000...0x20FF: appendUnicodeEscape(UInt16(scalar.value), to: &output)
            case 0x20..<0x80: output.append(UInt8(truncatingIfNeeded: scalar.value))
            default: UTF8.encode(scalar) { output.append($0) }
            }
        }
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
