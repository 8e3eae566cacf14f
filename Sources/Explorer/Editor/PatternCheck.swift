import GatewayModel
import JavaRegex

/// The form's selection pattern, compiled once per text: the form is validated and drawn many
/// times per edit, and ICU can take seconds to compile a long pattern (each Java `\b` or `\B`
/// is four Unicode property sets), which froze the screen on every redraw.
struct PatternCheck: Equatable, Sendable {
    /// The pattern as typed.
    let text: String
    /// The compiled pattern; nil when empty or invalid.
    let regex: JavaRegex?
    /// What is wrong with the pattern, if anything.
    let error: String?
    /// The 0-based character offset of the error, for a caret.
    let errorIndex: Int?

    /// Checks `text`: its length first (gwx's cap), then Java's syntax, compiling it.
    init(_ text: String) {
        self.text = text
        if text.isEmpty {
            (regex, error, errorIndex) = (nil, nil, nil)
        } else if let tooLong = Validation.selectionPatternLength(text) {
            (regex, error, errorIndex) = (nil, tooLong, nil)
        } else {
            do {
                (regex, error, errorIndex) = (try JavaRegex(text), nil, nil)
            } catch {
                (self.regex, self.error, self.errorIndex) = (nil, error.message, error.index >= 0 ? error.index : nil)
            }
        }
    }

    /// Two checks of the same text are the same check.
    static func == (lhs: PatternCheck, rhs: PatternCheck) -> Bool { lhs.text == rhs.text }
}
