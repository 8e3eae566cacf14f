/// The `java.util.regex.Pattern` flags that change how a pattern is read or matched.
public struct JavaRegexFlags: OptionSet, Hashable, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `(?d)`: only `\n` ends a line.
    public static let unixLines = JavaRegexFlags(rawValue: 0x01)
    /// `(?i)`: ASCII case-insensitive (Unicode with `unicodeCase`).
    public static let caseInsensitive = JavaRegexFlags(rawValue: 0x02)
    /// `(?x)`: whitespace and `#` comments in the pattern are ignored.
    public static let comments = JavaRegexFlags(rawValue: 0x04)
    /// `(?m)`: `^` and `$` match at line terminators.
    public static let multiline = JavaRegexFlags(rawValue: 0x08)
    /// `(?s)`: `.` matches line terminators too.
    public static let dotAll = JavaRegexFlags(rawValue: 0x20)
    /// `(?u)`: case-insensitivity follows Unicode.
    public static let unicodeCase = JavaRegexFlags(rawValue: 0x40)
    /// `(?c)`: canonical equivalence (accepted; not applied by this implementation).
    public static let canonEq = JavaRegexFlags(rawValue: 0x80)
    /// `(?U)`: `\w`, `\d`, `\s`, `\b` and POSIX classes follow Unicode.
    public static let unicodeCharacterClass = JavaRegexFlags(rawValue: 0x100)
}
