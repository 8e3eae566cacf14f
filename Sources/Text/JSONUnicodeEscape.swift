/// JSON's `\uXXXX` escape, read one way by every JSON reader in gwx (the mapping engine's, the
/// export-file parser's and the AWS client's); each decides what a malformed one means for it.
public enum JSONUnicodeEscape {
    /// What the escape whose digits start at an offset turned out to be.
    public enum Reading: Hashable, Sendable {
        /// A scalar (a surrogate pair already combined); `end` is the offset just after it.
        case scalar(Unicode.Scalar, end: Int)
        /// A surrogate with no partner; `end` is just after its own four digits.
        case loneSurrogate(UInt32, end: Int)
        /// A high surrogate followed by a `\u` escape that is not a low surrogate; `end` is just
        /// after the high surrogate's digits.
        case invalidPair(high: UInt32, low: UInt32, end: Int)
        /// Not four hex digits: `digits` is where the four digits should start, `at` the first
        /// byte that is not one (the end of the input when it ran out).
        case badDigits(digits: Int, at: Int)
    }

    /// Reads the escape whose four hex digits start at `offset` (just after `\u`), and the low
    /// surrogate escape that must follow a high surrogate.
    @inlinable
    public static func read<Bytes: RandomAccessCollection>(_ bytes: Bytes, digitsAt offset: Int) -> Reading
    where Bytes.Element == UInt8, Bytes.Index == Int {
        let high: UInt32
        switch hex4(bytes, at: offset) {
        case .success(let value): high = value
        case .failure(let bad): return .badDigits(digits: offset, at: bad.offset)
        }
        let afterHigh = offset + 4
        if (0xD800...0xDBFF).contains(high) {
            guard afterHigh + 1 < bytes.endIndex, bytes[afterHigh] == UInt8(ascii: "\\"), bytes[afterHigh + 1] == UInt8(ascii: "u") else {
                return .loneSurrogate(high, end: afterHigh)
            }
            let low: UInt32
            switch hex4(bytes, at: afterHigh + 2) {
            case .success(let value): low = value
            case .failure(let bad): return .badDigits(digits: afterHigh + 2, at: bad.offset)
            }
            guard (0xDC00...0xDFFF).contains(low),
                  let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) else {
                return .invalidPair(high: high, low: low, end: afterHigh)
            }
            return .scalar(scalar, end: afterHigh + 6)
        }
        guard let scalar = Unicode.Scalar(high) else { return .loneSurrogate(high, end: afterHigh) }
        return .scalar(scalar, end: afterHigh)
    }

    /// The offset of the first byte that is not a hex digit.
    public struct BadDigit: Error, Hashable, Sendable {
        /// Where it is (the end of the input when the input ran out).
        public var offset: Int
        @inlinable public init(offset: Int) { self.offset = offset }
    }

    /// The value of the four hex digits at `offset`.
    @inlinable
    public static func hex4<Bytes: RandomAccessCollection>(_ bytes: Bytes, at offset: Int) -> Result<UInt32, BadDigit>
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var value: UInt32 = 0
        for index in offset..<offset + 4 {
            guard index < bytes.endIndex, let digit = hexValue(bytes[index]) else { return .failure(BadDigit(offset: min(index, bytes.endIndex))) }
            value = value << 4 | digit
        }
        return .success(value)
    }

    /// The value of one hex digit, either case.
    @inlinable
    public static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
