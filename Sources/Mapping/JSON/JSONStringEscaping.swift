/// String escaping for JSON text, in the styles API Gateway's libraries use.
public enum JSONStringEscaping {
    /// Appends `text` as json-smart's `JSONValue.escape` writes it (without quotes): `"`, `\`
    /// and `/` are backslash-escaped, control characters and U+007F–U+009F, U+2000–U+20FF
    /// become `\uXXXX` (upper-case hex); everything else is written as is.
    public static func appendJSONSmartEscaped(_ text: String, to output: inout String) {
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x2F || byte >= 0xC2 {
            needsEscape = true
            break
        }
        if !needsEscape {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output += "\\\""
            case 0x5C: output += "\\\\"
            case 0x2F: output += "\\/"
            case 0x08: output += "\\b"
            case 0x0C: output += "\\f"
            case 0x0A: output += "\\n"
            case 0x0D: output += "\\r"
            case 0x09: output += "\\t"
            case 0x00...0x1F, 0x7F...0x9F, 0x2000...0x20FF: appendUnicodeEscape(UInt16(scalar.value), to: &output)
            default: output.unicodeScalars.append(scalar)
            }
        }
    }

    /// Appends `\uXXXX` with four upper-case hex digits, as Java libraries write it.
    static func appendUnicodeEscape(_ unit: UInt16, to output: inout String) {
        let hex = String(unit, radix: 16, uppercase: true)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
