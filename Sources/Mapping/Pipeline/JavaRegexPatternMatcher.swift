import GatewayModel
import JavaRegex

/// Selection pattern matching with JavaRegex: Java's syntax, errors and `String.matches`
/// whole-string semantics (Java's `.` does not match `\n`, so a multi-line Lambda error
/// message needs `(?s)` or `[\s\S]`).
struct JavaRegexPatternMatcher: SelectionPatternMatching {
    func match(pattern: String, subject: String) -> PatternVerdict {
        if let tooLong = Validation.selectionPatternLength(pattern) { return .invalid(message: tooLong) }
        do {
            let regex = try JavaRegex(pattern)
            return regex.matchesWhole(subject) ? .matched : .notMatched
        } catch {
            return .invalid(message: "invalid Java regular expression: \(error.message)")
        }
    }
}
