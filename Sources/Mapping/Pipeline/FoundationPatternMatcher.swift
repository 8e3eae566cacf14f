import Foundation

/// Selection pattern matching on Foundation's ICU regular expressions, whose syntax and
/// defaults (`.` excludes line terminators, no multiline) follow Java's closely.
///
/// Java's `Pattern.matches` needs the whole subject to match, so the pattern is wrapped in
/// `\A(?:…)\z`, which also makes alternation backtrack to a full match (`a|ab` on `ab`).
struct FoundationPatternMatcher: SelectionPatternMatching {
    func match(pattern: String, subject: String) -> PatternVerdict {
        // Compile the pattern alone first: wrapping could hide an unbalanced `)`.
        do {
            _ = try NSRegularExpression(pattern: pattern)
        } catch {
            return .invalid(message: "not a valid regular expression: \(pattern)")
        }
        guard let whole = try? NSRegularExpression(pattern: "\\A(?:" + pattern + ")\\z") else {
            return .invalid(message: "not a valid regular expression: \(pattern)")
        }
        let range = NSRange(subject.startIndex..<subject.endIndex, in: subject)
        return whole.firstMatch(in: subject, range: range) == nil ? .notMatched : .matched
    }
}
