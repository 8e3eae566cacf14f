/// Java's simple case mappings (`Character.toUpperCase` / `toLowerCase`), as far as Swift's
/// Unicode tables tell them, and the case closures Java's case-insensitive matching implies.
enum CaseFolding {
    /// Java's `ASCII.toLower`.
    static func asciiLower(_ c: UInt32) -> UInt32 { (0x41...0x5A).contains(c) ? c + 0x20 : c }
    /// Java's `ASCII.toUpper`.
    static func asciiUpper(_ c: UInt32) -> UInt32 { (0x61...0x7A).contains(c) ? c - 0x20 : c }

    /// `Character.toUpperCase`: the one-scalar uppercase mapping, else the code point itself.
    static func upper(_ c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c) else { return c }
        return single(scalar.properties.uppercaseMapping) ?? special[c]?.upper ?? c
    }

    /// `Character.toLowerCase`: the one-scalar lowercase mapping, else the code point itself.
    static func lower(_ c: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(c) else { return c }
        return single(scalar.properties.lowercaseMapping) ?? special[c]?.lower ?? c
    }

    /// Simple mappings that differ from the first scalar of the full mapping Swift knows.
    private static let special: [UInt32: (upper: UInt32, lower: UInt32)] = [
        0x130: (0x130, 0x69),   // İ lowercases to i in Java's simple mapping
    ]

    private static func single(_ mapping: String) -> UInt32? {
        let scalars = mapping.unicodeScalars
        guard scalars.count == 1, let only = scalars.first else { return nil }
        return only.value
    }

    /// The ASCII case closure of one code point (`(?i)` without `(?u)`).
    static func asciiClosure(_ c: UInt32) -> [UInt32] {
        let lower = asciiLower(c), upper = asciiUpper(c)
        return lower == upper ? [c] : [lower, upper]
    }

    /// The code points Java's `SingleU` matches for `c` under `(?iu)`.
    static func unicodeClosure(_ c: UInt32) -> [UInt32] {
        let target = lower(upper(c))
        var result: [UInt32] = [c]
        if target != upper(c) || target != c {
            for candidate in table[target] ?? [] where !result.contains(candidate) {
                result.append(candidate)
            }
            if !result.contains(target) { result.append(target) }
        }
        return result
    }

    /// The code points `x` with `x`, `upper(x)` or `lower(upper(x))` in `lower...upper` (`CIRangeU`).
    static func unicodeRangeExtras(_ lowerBound: UInt32, _ upperBound: UInt32) -> [UInt32] {
        let bounds = lowerBound...upperBound
        return cased.filter { !bounds.contains($0.point) && (bounds.contains($0.upper) || bounds.contains($0.lowerOfUpper)) }
            .map(\.point)
    }

    /// The code points `x` with `toUpperCase(x)` or `toLowerCase(toUpperCase(x))` in ASCII `lower...upper` (`CIRange`).
    static func asciiRangeExtras(_ lowerBound: UInt32, _ upperBound: UInt32) -> [UInt32] {
        let bounds = lowerBound...upperBound
        return (0...0x7F).filter { c in
            !bounds.contains(c) && (bounds.contains(asciiUpper(c)) || bounds.contains(asciiLower(c)))
        }
    }

    private struct Cased: Sendable {
        var point: UInt32
        var upper: UInt32
        var lowerOfUpper: UInt32
    }

    /// Every code point whose case mappings move it (cased letters all lie below U+1F000).
    private static let cased: [Cased] = (0...UInt32(0x1EFFF)).compactMap { point in
        let up = upper(point), lowUp = lower(up)
        return (up == point && lowUp == point) ? nil : Cased(point: point, upper: up, lowerOfUpper: lowUp)
    }

    /// `lower(upper(x))` → every `x` that maps there.
    private static let table: [UInt32: [UInt32]] = Dictionary(grouping: cased, by: \.lowerOfUpper)
        .mapValues { $0.map(\.point) }
}
