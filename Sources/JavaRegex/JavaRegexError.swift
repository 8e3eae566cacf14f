/// A Java regular expression that `java.util.regex.Pattern` would reject, or a bad replacement.
///
/// `description` and `index` are Java's own (`PatternSyntaxException.getDescription()` and
/// `getIndex()`): the index counts code points of the pattern after `\Q…\E` quoting was expanded,
/// exactly as Java reports it.
public struct JavaRegexError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong, in Java's words (`Dangling meta character '*'`).
    public var description: String
    /// Where, as Java counts it; `-1` when there is no place (replacement errors).
    public var index: Int
    /// The pattern (or replacement) the error is about.
    public var pattern: String

    /// An error with Java's description and index.
    public init(description: String, index: Int, pattern: String) {
        self.description = description
        self.index = index
        self.pattern = pattern
    }

    /// The one-line message, as Java's `getMessage()` starts: `Unclosed group near index 4`.
    public var message: String {
        index >= 0 ? "\(description) near index \(index)" : description
    }

    /// Java's full multi-line message: the one-line message, the pattern and a caret under the index.
    public var javaMessage: String {
        var text = message + "\n" + pattern
        if index >= 0, index < pattern.unicodeScalars.count {
            text += "\n" + String(repeating: " ", count: index) + "^"
        }
        return text
    }
}
