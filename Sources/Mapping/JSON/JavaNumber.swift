/// A JSON number as json-smart reads it (permissive mode, as API Gateway's JsonPath uses it).
///
/// Integers become `Integer` or `Long` when they fit, else `BigInteger`; decimals become
/// `Double`, or `BigDecimal` when their text is longer than 18 characters.
public enum JavaNumber: Equatable, Sendable {
    /// java.lang.Integer or java.lang.Long.
    case integer(Int)
    /// java.math.BigInteger, as its decimal text.
    case bigInteger(String)
    /// java.lang.Double.
    case double(Double)
    /// java.math.BigDecimal, as its `toString()` text.
    case bigDecimal(String)

    /// Classifies a JSON number's source text the way json-smart does.
    public init(jsonText text: String) {
        let isDecimal = text.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
        if isDecimal {
            if text.utf8.count > 18 {
                self = .bigDecimal(JavaNumber.bigDecimalString(text))
            } else {
                self = .double(Double(text) ?? 0)
            }
            return
        }
        if let value = Int(text) {
            self = .integer(value)
        } else {
            self = .bigInteger(JavaNumber.canonicalInteger(text))
        }
    }

    /// The text Java's `toString()` gives for this number.
    public var javaString: String {
        switch self {
        case .integer(let value): return String(value)
        case .bigInteger(let text), .bigDecimal(let text): return text
        case .double(let value): return JavaNumber.javaDoubleString(value)
        }
    }

    /// An integer's text without leading zeros or a sign on zero.
    static func canonicalInteger(_ text: String) -> String {
        var digits = Substring(text)
        var negative = false
        if digits.first == "-" { negative = true; digits = digits.dropFirst() }
        let stripped = digits.drop(while: { $0 == "0" })
        if stripped.isEmpty { return "0" }
        return (negative ? "-" : "") + stripped
    }

    /// `java.math.BigDecimal(text).toString()`.
    static func bigDecimalString(_ text: String) -> String {
        var rest = Substring(text)
        var negative = false
        if rest.first == "-" { negative = true; rest = rest.dropFirst() }
        var exponent = 0
        if let eIndex = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(rest[rest.index(after: eIndex)...].filter { $0 != "+" }) ?? 0
            rest = rest[..<eIndex]
        }
        var integerPart = rest
        var fraction: Substring = ""
        if let dot = rest.firstIndex(of: ".") {
            integerPart = rest[..<dot]
            fraction = rest[rest.index(after: dot)...]
        }
        var digits = String((integerPart + fraction).drop(while: { $0 == "0" }))
        if digits.isEmpty { digits = "0"; negative = false }
        let scale = fraction.count - exponent
        let adjusted = -scale + (digits.count - 1)
        let sign = negative ? "-" : ""
        if scale >= 0 && adjusted >= -6 {
            if scale == 0 { return sign + digits }
            if digits.count > scale {
                let split = digits.index(digits.endIndex, offsetBy: -scale)
                return sign + digits[..<split] + "." + digits[split...]
            }
            return sign + "0." + String(repeating: "0", count: scale - digits.count) + digits
        }
        let head = digits.prefix(1)
        let tail = digits.dropFirst()
        let mantissa = tail.isEmpty ? String(head) : head + "." + tail
        return sign + mantissa + "E" + (adjusted >= 0 ? "+" : "") + String(adjusted)
    }

    /// `java.lang.Double.toString(value)`: shortest digits, plain between 10^-3 and 10^7,
    /// otherwise `d.dddE±n`.
    public static func javaDoubleString(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return value.sign == .minus ? "-0.0" : "0.0" }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e7 {
            // Swift's shortest text has the same digits and, in this range, Java's plain layout.
            if value == value.rounded(), let integral = Int(exactly: value) { return String(integral) + ".0" }
            let text = value.description
            if !text.utf8.contains(UInt8(ascii: "e")) { return text }
        }
        let (negative, digits, pointPosition) = shortestDigits(of: value)
        let sign = negative ? "-" : ""
        if magnitude >= 1e-3 && magnitude < 1e7 {
            if pointPosition <= 0 {
                return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
            }
            if pointPosition >= digits.count {
                return sign + digits + String(repeating: "0", count: pointPosition - digits.count) + ".0"
            }
            let split = digits.index(digits.startIndex, offsetBy: pointPosition)
            return sign + digits[..<split] + "." + digits[split...]
        }
        let head = digits.prefix(1)
        let tail = digits.dropFirst()
        return sign + head + "." + (tail.isEmpty ? "0" : tail) + "E" + String(pointPosition - 1)
    }

    /// The shortest round-tripping decimal digits of a finite non-zero double, and where the
    /// decimal point goes (value = 0.DIGITS × 10^pointPosition).
    private static func shortestDigits(of value: Double) -> (Bool, String, Int) {
        let text = abs(value).description
        var mantissa = Substring(text)
        var exponent = 0
        if let eIndex = text.firstIndex(of: "e") {
            mantissa = text[..<eIndex]
            exponent = Int(text[text.index(after: eIndex)...].filter { $0 != "+" }) ?? 0
        }
        var integerPart = mantissa
        var fraction: Substring = ""
        if let dot = mantissa.firstIndex(of: ".") {
            integerPart = mantissa[..<dot]
            fraction = mantissa[mantissa.index(after: dot)...]
        }
        var all = String(integerPart + fraction)
        var point = integerPart.count + exponent
        while all.first == "0" { all.removeFirst(); point -= 1 }
        while all.last == "0" { all.removeLast() }
        if all.isEmpty { all = "0" }
        return (value < 0, all, point)
    }
}
