// ICU's compile time grows with three things a Java pattern can hold many of: Unicode property
// classes (`\p{…}`), which ICU builds anew at a fraction of a millisecond each, lookbehinds,
// each of which makes ICU scan the whole compiled pattern, and counted repetitions (quadratic). Java's `\b`
// and `\B` translate to twelve property classes (four sets of three) and two lookbehinds each
// (no property class under `(?U)`, which uses ICU's own `\w`): 50 KB of `\B` took over 20 seconds to compile, frozen on the
// form's screen. Bounding both keeps any compile well under a second.

extension JavaRegex {
    /// The most Unicode property classes (`\p{…}`, `\P{…}`) a translated pattern may hold.
    public static let maxPropertySets = 1_000
    /// The most lookbehinds (`(?<=`, `(?<!`) a translated pattern may hold.
    public static let maxLookbehinds = 2_000
    /// The most counted repetitions (`{n,m}`) a translated pattern may hold: ICU inserts each
    /// before its atom, moving what follows, so stacked ones are quadratic (Java itself gives up
    /// on 28,000 stacked `{2,}` with a stack overflow).
    public static let maxIntervals = 2_000

    /// Refuses a translation that would take ICU too long to compile.
    static func checkCost(of icuPattern: String, pattern: String) throws(JavaRegexError) {
        let (propertySets, lookbehinds, intervals) = cost(of: icuPattern)
        if propertySets > maxPropertySets {
            throw JavaRegexError(description: "Pattern needs \(propertySets) Unicode property classes once translated (each \\b or \\B is twelve); "
                                 + "gwx compiles at most \(maxPropertySets), to stay quick (Java itself accepts it)", index: -1, pattern: pattern)
        }
        if intervals > maxIntervals {
            throw JavaRegexError(description: "Pattern needs \(intervals) counted repetitions ({n,m}) once translated; "
                                 + "gwx compiles at most \(maxIntervals), to stay quick", index: -1, pattern: pattern)
        }
        if lookbehinds > maxLookbehinds {
            throw JavaRegexError(description: "Pattern needs \(lookbehinds) lookbehinds once translated (each \\b or \\B is two); "
                                 + "gwx compiles at most \(maxLookbehinds), to stay quick (Java itself accepts it)", index: -1, pattern: pattern)
        }
    }

    /// How many property classes, lookbehinds and counted repetitions an ICU pattern holds
    /// (escaped characters and the braces of `\x{…}`, `\p{…}`, `\N{…}` skipped).
    static func cost(of icuPattern: String) -> (propertySets: Int, lookbehinds: Int, intervals: Int) {
        let bytes = Array(icuPattern.utf8)
        var propertySets = 0
        var lookbehinds = 0
        var intervals = 0
        var index = 0
        func isDigit(_ offset: Int) -> Bool { offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9") }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let escaped = bytes[index + 1]
                if escaped == UInt8(ascii: "p") || escaped == UInt8(ascii: "P") { propertySets += 1 }
                index += 2
                if index < bytes.count, bytes[index] == UInt8(ascii: "{"),
                   (escaped >= UInt8(ascii: "a") && escaped <= UInt8(ascii: "z")) || (escaped >= UInt8(ascii: "A") && escaped <= UInt8(ascii: "Z")) {
                    while index < bytes.count, bytes[index] != UInt8(ascii: "}") { index += 1 }
                }
                continue
            }
            if byte == UInt8(ascii: "("), index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"), bytes[index + 2] == UInt8(ascii: "<"),
               bytes[index + 3] == UInt8(ascii: "=") || bytes[index + 3] == UInt8(ascii: "!") {
                lookbehinds += 1
            }
            if byte == UInt8(ascii: "{"), isDigit(index + 1) { intervals += 1 }
            index += 1
        }
        return (propertySets, lookbehinds, intervals)
    }
}
