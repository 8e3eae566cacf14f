/// Looks up a character by its Unicode name, as Java's `Character.codePointOf` does for `\N{…}`.
enum UnicodeNames {
    /// The code point with this name (case-insensitive, surrounding spaces ignored), if any.
    static func codePoint(named name: String) -> UInt32? {
        let key = name.trimmingSpaces.uppercased()
        if let point = byName[key] { return point }
        // Algorithmic names Swift may not list.
        for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"] where key.hasPrefix(prefix) {
            if let value = UInt32(key.dropFirst(prefix.count), radix: 16), Unicode.Scalar(value) != nil { return value }
        }
        return nil
    }

    /// Every named code point in the planes that have names (built on first use).
    private static let byName: [String: UInt32] = {
        var table: [String: UInt32] = [:]
        for range in [UInt32(0)...0x3FFFF, 0xE0000...0xE01EF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                if let name = scalar.properties.name { table[name] = value }
                if let alias = scalar.properties.nameAlias, table[alias] == nil { table[alias] = value }
            }
        }
        return table
    }()
}

extension String {
    /// The string without leading and trailing spaces.
    var trimmingSpaces: String {
        let scalars = unicodeScalars.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return String(String.UnicodeScalarView(scalars))
    }
}
