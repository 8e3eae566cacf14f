// ICU's compile time grows with two things a Java pattern can hold many of: Unicode property
// classes (`\p{…}`), which ICU builds anew at a fraction of a millisecond each, and
// lookbehinds, each of which makes ICU scan the whole compiled pattern (quadratic). Java's `\b`
// and `\B` translate to twelve property classes (four sets of three) and two lookbehinds each
// (no property class under `(?U)`, which uses ICU's own `\w`): 50 KB of `\B` took over 20 seconds to compile, frozen on the
// form's screen. Bounding both keeps any compile well under a second.

extension JavaRegex {
    /// The most Unicode property classes (`\p{…}`, `\P{…}`) a translated pattern may hold.
    public static let maxPropertySets = 1_000
    /// The most lookbehinds (`(?<=`, `(?<!`) a translated pattern may hold.
    public static let maxLookbehinds = 2_000

    /// Refuses a translation that would take ICU too long to compile.
    static func checkCost(of icuPattern: String, pattern: String) throws(JavaRegexError) {
        let (propertySets, lookbehinds) = cost(of: icuPattern)
        if propertySets > maxPropertySets {
            throw JavaRegexError(description: "Pattern needs \(propertySets) Unicode property classes once translated (each \\b or \\B is twelve); "
                                 + "gwx compiles at most \(maxPropertySets), to stay quick (Java itself accepts it)", index: -1, pattern: pattern)
        }
        if lookbehinds > maxLookbehinds {
            throw JavaRegexError(description: "Pattern needs \(lookbehinds) lookbehinds once translated (each \\b or \\B is two); "
                                 + "gwx compiles at most \(maxLookbehinds), to stay quick (Java itself accepts it)", index: -1, pattern: pattern)
        }
    }

    /// How many property classes and lookbehinds an ICU pattern holds (escaped characters skipped).
    static func cost(of icuPattern: String) -> (propertySets: Int, lookbehinds: Int) {
        let bytes = Array(icuPattern.utf8)
        var propertySets = 0
        var lookbehinds = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                if bytes[index + 1] == UInt8(ascii: "p") || bytes[index + 1] == UInt8(ascii: "P") { propertySets += 1 }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "("), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"), bytes[index + 2] == UInt8(ascii: "<"),
               bytes[index + 3] == UInt8(ascii: "=") || bytes[index + 3] == UInt8(ascii: "!") {
                lookbehinds += 1
            }
            index += 1
        }
        return (propertySets, lookbehinds)
    }
}
