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

    /// The standard Base64 digit of the low six bits.
    @inline(__always)
    private static func base64Digit(_ value: UInt32) -> UInt8 {
        let sixBits = UInt8(truncatingIfNeeded: value) & 0x3F
        switch sixBits {
        case 0..<26: return sixBits + UInt8(ascii: "A")
        case 26..<52: return sixBits - 26 + UInt8(ascii: "a")
        case 52..<62: return sixBits - 52 + UInt8(ascii: "0")
        case 62: return UInt8(ascii: "+")
        default: return UInt8(ascii: "/")
        }
    }

    /// `$util.base64Decode`: Base64 (standard or URL-safe alphabet, padding optional) to text
    /// read as UTF-8; characters outside the alphabet are skipped, as Commons Codec does.
    public static func base64Decode(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            // Every six bits of alphabet before the first `=` add up to whole output bytes.
            var digits = 0
            var end = 0
            while end < bytes.count, bytes[end] != UInt8(ascii: "=") {
                if base64Value(bytes[end]) != 0xFF { digits += 1 }
                end += 1
            }
            let length = digits * 6 / 8
            if length == 0 { return "" }
            return String(unsafeUninitializedCapacity: length) { buffer in
                let out = buffer.baseAddress.unsafelyUnwrapped
                var written = 0
                var accumulator: UInt32 = 0
                var bits: UInt32 = 0
                for index in 0..<end {
                    let value = base64Value(bytes[index])
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

    /// The six-bit value of a Base64 digit of either alphabet, or 0xFF for any other byte.
    @inline(__always)
    private static func base64Value(_ byte: UInt8) -> UInt8 {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"), UInt8(ascii: "-"): return 62
        case UInt8(ascii: "/"), UInt8(ascii: "_"): return 63
        default: return 0xFF
        }
    }
}
