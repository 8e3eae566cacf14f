/// A piece of translated ICU pattern with the length facts Java's `TreeInfo` keeps
/// (used to reject look-behinds without an obvious maximum length, as Java does).
struct Fragment: Sendable {
    /// The ICU pattern text.
    var text: String
    /// The fewest UTF-16 units it matches.
    var minLength: Int
    /// The most UTF-16 units it matches; `nil` when Java sees no obvious maximum.
    var maxLength: Int?
    /// Whether it always matches the same length in one way (Java's "deterministic").
    var deterministic: Bool
    /// Whether it is exactly one character (Java's `CharProperty`, which Java quantifies specially).
    var isCharacter = false

    /// Matches the empty string.
    static let empty = Fragment(text: "", minLength: 0, maxLength: 0, deterministic: true)

    /// A zero-width assertion.
    static func assertion(_ text: String) -> Fragment {
        Fragment(text: text, minLength: 0, maxLength: 0, deterministic: true)
    }

    /// One character from a set.
    static func oneOf(_ set: CharSet) -> Fragment {
        Fragment(text: set.icuPattern, minLength: 1, maxLength: 2, deterministic: true, isCharacter: true)
    }

    /// This fragment followed by another.
    mutating func append(_ other: Fragment) {
        text += other.text
        isCharacter = text.isEmpty ? other.isCharacter : false
        minLength += other.minLength
        maxLength = maxLength.flatMap { mine in other.maxLength.map { mine + $0 } }
        deterministic = deterministic && other.deterministic
    }

    /// Alternatives, in order.
    static func alternation(_ branches: [Fragment]) -> Fragment {
        guard branches.count > 1, let first = branches.first else { return branches.first ?? .empty }
        var maximum: Int? = 0
        for branch in branches {
            maximum = maximum.flatMap { current in branch.maxLength.map { max(current, $0) } }
        }
        return Fragment(text: branches.map(\.text).joined(separator: "|"),
                        minLength: branches.map(\.minLength).min() ?? first.minLength,
                        maxLength: maximum, deterministic: false)
    }
}
