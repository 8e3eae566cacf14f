/// What a scalar means once its tag is resolved: YAML 1.1 rules for plain scalars, as
/// PyYAML and API Gateway's importer read them; JSON literals for JSON.
public enum ResolvedScalar: Hashable, Sendable {
    case null
    case bool(Bool)
    /// An integer, as canonical decimal text.
    case int(String)
    case float(Double)
    case string(String)
}

extension DocScalar {
    /// The scalar's typed value: quoted and block scalars are strings; plain ones may be
    /// null, booleans or numbers.
    public var resolved: ResolvedScalar {
        if let tag {
            switch tag {
            case "!!str", "!": return .string(value)
            case "!!null": return .null
            case "!!bool": return YAMLScalarResolver.bool(value).map(ResolvedScalar.bool) ?? .string(value)
            case "!!int": return YAMLScalarResolver.int(value).map(ResolvedScalar.int) ?? .string(value)
            case "!!float": return YAMLScalarResolver.float(value).map(ResolvedScalar.float) ?? .string(value)
            default: break
            }
        }
        guard style == .plain else { return .string(value) }
        return YAMLScalarResolver.resolvePlain(value)
    }

    /// Whether the scalar resolves to null: `resolved == .null` without typing the other kinds.
    public var isNull: Bool {
        if let tag {
            switch tag {
            case "!!null": return true
            case "!!str", "!", "!!bool", "!!int", "!!float": return false
            default: break
            }
        }
        return style == .plain && YAMLScalarResolver.isNullText(value)
    }
}

/// YAML 1.1 implicit typing of plain scalars (the resolver PyYAML uses).
enum YAMLScalarResolver {
    static func resolvePlain(_ text: String) -> ResolvedScalar {
        if isNullText(text) { return .null }
        if let bool = bool(text) { return .bool(bool) }
        if let int = int(text) { return .int(int) }
        if let float = float(text) { return .float(float) }
        return .string(text)
    }

    /// YAML 1.1's null spellings.
    static func isNullText(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Whether a plain scalar with this text would be read as something other than a string.
    static func isNonString(_ text: String) -> Bool {
        if case .string = resolvePlain(text) { return isTimestamp(text) }
        return true
    }

    static func bool(_ text: String) -> Bool? {
        switch text {
        case "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON": return true
        case "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF": return false
        default: return nil
        }
    }

    static func int(_ text: String) -> String? {
        var body = Substring(text)
        var negative = false
        if let sign = body.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        let digits = body.filter { $0 != "_" }
        var value: Int?
        if body.hasPrefix("0b") {
            value = digits.count > 2 && digits.dropFirst(2).allSatisfy({ $0 == "0" || $0 == "1" }) ? Int(digits.dropFirst(2), radix: 2) : nil
        } else if body.hasPrefix("0x") {
            value = digits.count > 2 && digits.dropFirst(2).allSatisfy(\.isHexDigit) ? Int(digits.dropFirst(2), radix: 16) : nil
        } else if body == "0" {
            value = 0
        } else if body.hasPrefix("0") {
            value = body.allSatisfy({ ("0"..."7").contains($0) || $0 == "_" }) ? Int(digits, radix: 8) : nil
        } else if body.first.map({ ("1"..."9").contains($0) }) == true {
            if body.contains(":") { return sexagesimal(body).map { String(negative ? -$0 : $0) } }
            value = body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) ? Int(digits) : nil
        }
        guard let value else { return nil }
        return String(negative ? -value : value)
    }

    /// `190:20:30` (base 60), which YAML 1.1 reads as an integer.
    static func sexagesimal(_ body: Substring) -> Int? {
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard let head = parts.first, let first = head.first, ("1"..."9").contains(first),
              head.allSatisfy({ $0 == "_" || ($0.isASCII && $0.isNumber) }),
              var value = Int(head.filter { $0 != "_" }) else { return nil }
        for part in parts.dropFirst() {
            guard (1...2).contains(part.count), part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let digit = Int(part), digit < 60, part.count == 1 || part.first.map({ ("0"..."5").contains($0) }) == true else { return nil }
            value = value * 60 + digit
        }
        return value
    }

    static func float(_ text: String) -> Double? {
        var body = Substring(text)
        var sign = 1.0
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? -1 : 1
            body = body.dropFirst()
        }
        if [".inf", ".Inf", ".INF"].contains(body) { return sign * .infinity }
        if [".nan", ".NaN", ".NAN"].contains(text) { return .nan }
        // [0-9][0-9_]*\.[0-9_]*([eE][-+][0-9]+)? or \.[0-9_]+([eE][-+][0-9]+)?
        var mantissa = body
        var exponent: Substring = ""
        if let e = body.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = body[..<e]
            exponent = body[body.index(after: e)...]
            guard let expSign = exponent.first, expSign == "-" || expSign == "+",
                  exponent.count > 1, exponent.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        }
        guard let dot = mantissa.firstIndex(of: ".") else { return nil }
        let whole = mantissa[..<dot]
        let fraction = mantissa[mantissa.index(after: dot)...]
        let isDigitOrUnderscore: (Character) -> Bool = { $0 == "_" || ($0.isASCII && $0.isNumber) }
        guard whole.allSatisfy(isDigitOrUnderscore), fraction.allSatisfy(isDigitOrUnderscore) else { return nil }
        if whole.isEmpty {
            guard fraction.first.map({ $0.isNumber }) == true else { return nil }
        } else {
            guard whole.first.map({ $0.isNumber }) == true else { return nil }
        }
        let cleaned = (whole.isEmpty ? "0" : String(whole)) + "." + (fraction.isEmpty ? "0" : String(fraction)) + (exponent.isEmpty ? "" : "e" + exponent)
        return Double(cleaned.filter { $0 != "_" }).map { sign * $0 }
    }

    /// `2001-12-14` and friends, which YAML 1.1 reads as dates.
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes.count <= 40 else { return false }
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && bytes[$0] >= 0x30 && bytes[$0] <= 0x39 } }
        guard digits(0..<4), bytes[4] == Byte.dash else { return false }
        return bytes.contains(Byte.dash) && bytes[5...].contains(Byte.dash)
    }
}
