import Foundation

/// A compiled Java regular expression (`java.util.regex.Pattern` semantics) run by ICU.
///
/// API Gateway reads selection patterns, and Velocity's `String.matches/replaceAll/split`
/// read their arguments, as Java regular expressions; this type reads them the same way:
/// Java's syntax errors (message and index), Java's `.`, `$`, `\b`, `\w`, POSIX classes,
/// ASCII-only case-insensitivity, class intersections, inline flags and `\Q…\E`.
public struct JavaRegex: Sendable, CustomStringConvertible {
    /// The Java pattern as written.
    public let pattern: String
    /// The equivalent ICU pattern actually run.
    public let icuPattern: String
    /// Named groups → group numbers.
    public let namedGroups: [String: Int]
    /// The number of capturing groups.
    public let groupCount: Int
    let compiled: CompiledRegex

    /// Compiles `pattern` as Java would, or throws Java's own error.
    public init(_ pattern: String) throws(JavaRegexError) {
        var translator = JavaPatternTranslator(pattern: pattern)
        let output = try translator.translate()
        try Self.checkCost(of: output.icuPattern, pattern: pattern)
        self.pattern = pattern
        self.icuPattern = output.icuPattern
        self.namedGroups = output.namedGroups
        self.groupCount = output.groupCount
        do {
            compiled = CompiledRegex(
                search: try NSRegularExpression(pattern: output.icuPattern),
                whole: try NSRegularExpression(pattern: "\\A(?:" + output.icuPattern + ")\\z"))
        } catch {
            // The translation is meant to always compile; if ICU disagrees, say so plainly.
            throw JavaRegexError(description: "Pattern is valid Java but cannot be run here (ICU rejected \(output.icuPattern))",
                                 index: -1, pattern: pattern)
        }
    }

    /// The pattern.
    public var description: String { pattern }

    /// Whether the whole string matches (Java's `String.matches`; how API Gateway applies
    /// selection patterns).
    public func matchesWhole(_ string: String) -> Bool {
        let text = string as NSString
        return compiled.whole.firstMatch(in: string, options: [.withTransparentBounds], range: NSRange(location: 0, length: text.length)) != nil
    }

    /// The first match anywhere in the string (Java's `Matcher.find()`), if any.
    public func firstMatch(in string: String) -> JavaRegexMatch? {
        let text = string as NSString
        guard let result = compiled.search.firstMatch(in: string, options: [.withTransparentBounds],
                                                      range: NSRange(location: 0, length: text.length)) else { return nil }
        return JavaRegexMatch(result: result, in: text, namedGroups: namedGroups)
    }

    /// Whether the pattern occurs anywhere in the string (Java's `Matcher.find()`).
    public func find(in string: String) -> Bool { firstMatch(in: string) != nil }

    /// Every match, left to right, as Java's repeated `find()` yields them.
    public func allMatches(in string: String) -> [JavaRegexMatch] {
        let text = string as NSString
        return compiled.search.matches(in: string, options: [.withTransparentBounds],
                                       range: NSRange(location: 0, length: text.length))
            .map { JavaRegexMatch(result: $0, in: text, namedGroups: namedGroups) }
    }
}

/// The ICU regexes behind a `JavaRegex`; `NSRegularExpression` is immutable and thread-safe.
final class CompiledRegex: @unchecked Sendable {
    let search: NSRegularExpression
    let whole: NSRegularExpression

    init(search: NSRegularExpression, whole: NSRegularExpression) {
        self.search = search
        self.whole = whole
    }
}
