/// A set of code points built the way Java builds a character class, printed as an ICU set.
///
/// Java applies case-insensitivity at the leaves (single characters and ranges) and negation
/// after that, so the translator closes leaves over case itself and never asks ICU to.
indirect enum CharSet: Hashable, Sendable {
    /// These code points.
    case chars([UInt32])
    /// The code points from `lower` through `upper`.
    case range(UInt32, UInt32)
    /// An ICU set expression, such as `\p{Lu}` or `[a-z]`, that ICU reads as written.
    case icu(String)
    /// Any of the sets.
    case union([CharSet])
    /// Code points in both sets.
    case intersection(CharSet, CharSet)
    /// Code points not in the set.
    case negation(CharSet)

    /// Every code point.
    static let all = CharSet.range(0, 0x10FFFF)

    /// The union of two sets.
    func union(_ other: CharSet) -> CharSet {
        if case .union(let parts) = self { return .union(parts + [other]) }
        return .union([self, other])
    }

    /// Adds `other` to a union being built, in place: a class of many members is built in
    /// linear time (copying the parts for each member made 44,000 `\w` take seconds).
    static func accumulate(_ set: inout CharSet?, _ other: CharSet) {
        guard var built = set else {
            set = other
            return
        }
        set = nil
        guard case .union(var parts) = built else {
            set = .union([built, other])
            return
        }
        built = .chars([])   // drops the enum's reference, so `parts` is appended in place
        parts.append(other)
        set = .union(parts)
    }

    /// The set as ICU bracket syntax (always starting with `[`).
    var icuPattern: String {
        switch self {
        case .chars(let points):
            if points.isEmpty { return "[^\\x{0}-\\x{10FFFF}]" }
            return "[" + points.map(CharSet.escape).joined() + "]"
        case let .range(lower, upper):
            return "[" + CharSet.escape(lower) + "-" + CharSet.escape(upper) + "]"
        case .icu(let expression):
            return "[" + expression + "]"
        case .union(let parts):
            if parts.isEmpty { return CharSet.chars([]).icuPattern }
            return "[" + parts.map(\.icuPattern).joined() + "]"
        case let .intersection(left, right):
            return "[" + left.icuPattern + "&&" + right.icuPattern + "]"
        case .negation(let inner):
            return "[^" + inner.icuPattern + "]"
        }
    }

    /// A code point as ICU reads it literally anywhere: ASCII letters and digits as themselves,
    /// everything else as `\x{HEX}` (so no character is ever special in the output).
    static func escape(_ point: UInt32) -> String {
        switch point {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A:
            return String(UnicodeScalar(UInt8(point)))
        default:
            return "\\x{" + String(point, radix: 16, uppercase: true) + "}"
        }
    }
}
