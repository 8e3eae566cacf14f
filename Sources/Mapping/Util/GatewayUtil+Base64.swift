extension GatewayUtil {
    /// `$util.base64Encode`: standard Base64 (with padding) of the text's UTF-8 bytes.
    public static func base64Encode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.isEmpty { return "" }
            return String(unsafeUninitializedCapacity: (bytes.count + 2) / 3 * 4) { buffer in
                writeBase64(bytes, to: buffer.baseAddress.unsafelyUnwrapped)
            }
        }
    }

    /// Writes standard Base64 with padding; returns the number of bytes written.
    private static func writeBase64(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        var index = 0
        while index + 3 <= bytes.count {
            let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
            out[written] = base64Digit(group >> 18)
            out[written + 1] = base64Digit(group >> 12)
            out[written + 2] = base64Digit(group >> 6)
            out[written + 3] = base64Digit(group)
            written += 4
            index += 3
        }
        let left = bytes.count - index
        if left > 0 {
            let second = left > 1 ? UInt32(bytes[index + 1]) : 0
            let group = UInt32(bytes[index]) << 16 | second << 8
            out[written] = base64Digit(group >> 18)
            out[written + 1] = base64Digit(group >> 12)
            out[written + 2] = left > 1 ? base64Digit(group >> 6) : UInt8(ascii: "=")
            out[written + 3] = UInt8(ascii: "=")
            written += 4
        }
        return written
    }

    /// The standard Base64 alphabet.
    private static let base64Alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    /// The standard Base64 digit of the low six bits.
    @inline(__always)
    private static func base64Digit(_ value: UInt32) -> UInt8 {
        base64Alphabet.utf8Start[Int(value & 0x3F)]
    }

    /// `$util.base64Decode`: Base64 (standard or URL-safe alphabet, padding optional) to text
    /// read as UTF-8; characters outside the alphabet are skipped, as Commons Codec does.
    public static func base64Decode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Every six bits of alphabet before the first `=` add up to whole output bytes: at
            // most three for four bytes of text. Short text gets that room without measuring.
            var length = bytes.count * 3 / 4
            if bytes.count > 64 {
                var digits = 0
                for byte in bytes {
                    if byte == UInt8(ascii: "=") { break }
                    if base64Value(byte) != 0xFF { digits += 1 }
                }
                length = digits * 6 / 8
            }
            if length == 0 { return "" }
            return String(unsafeUninitializedCapacity: length) { buffer in
                let out = buffer.baseAddress.unsafelyUnwrapped
                var written = 0
                var accumulator: UInt32 = 0
                var bits: UInt32 = 0
                for byte in bytes {
                    if byte == UInt8(ascii: "=") { break }
                    let value = base64Value(byte)
                    if value == 0xFF { continue }
                    accumulator = accumulator << 6 | UInt32(value)
                    bits += 6
                    if bits >= 8 {
                        bits -= 8
                        out[written] = UInt8(truncatingIfNeeded: accumulator >> bits)
                        written += 1
                    }
                }
                return written
            }
        }
    }

    /// For each ASCII byte, its Base64 value (either alphabet) plus 0x30, or `!` when it is not
    /// a digit: `A` is `0` (0), `/` and `_` are `o` (63).
    private static let base64Values: StaticString =
        #"!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!n!n!odefghijklm!!!!!!!0123456789:;<=>?@ABCDEFGHI!!!!o!JKLMNOPQRSTUVWXYZ[\]^_`abc!!!!!"#

    /// The six-bit value of a Base64 digit of either alphabet, or 0xFF for any other byte.
    @inline(__always)
    private static func base64Value(_ byte: UInt8) -> UInt8 {
        guard byte < 0x80 else { return 0xFF }
        let entry = base64Values.utf8Start[Int(byte)]
        return entry == UInt8(ascii: "!") ? 0xFF : entry - 0x30
    }
}
