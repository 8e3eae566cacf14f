/// The predefined classes of `java.util.regex`, as ICU sets.
enum JavaClasses {
    /// `\d`: ASCII digits, or Unicode decimal digits under `(?U)`.
    static func digit(unicode: Bool) -> CharSet { unicode ? .icu("\\p{Nd}") : .range(0x30, 0x39) }

    /// `\s`: `[ \t\n\x0B\f\r]`, or Java's Unicode white space under `(?U)`.
    static func space(unicode: Bool) -> CharSet { unicode ? whiteSpace : .chars([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]) }

    /// `\w`: `[a-zA-Z_0-9]`, or Java's Unicode word characters under `(?U)`.
    static func word(unicode: Bool) -> CharSet { unicode ? unicodeWord : .icu("a-zA-Z0-9\\x{5F}") }

    /// `\h`: horizontal white space (Java's own list).
    static let horizontalSpace = CharSet.icu("\\x{20}\\x{9}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}")

    /// `\v`: vertical white space.
    static let verticalSpace = CharSet.icu("\\x{A}-\\x{D}\\x{85}\\x{2028}\\x{2029}")

    /// Java's `WHITE_SPACE()`: space, line and paragraph separators, `\t`…`\r` and NEL.
    static let whiteSpace = CharSet.icu("\\p{Zs}\\p{Zl}\\p{Zp}\\x{9}-\\x{D}\\x{85}")

    /// Java's `WORD()`: alphabetic, marks, decimal digits, connector punctuation, join controls.
    static let unicodeWord = CharSet.icu("\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\x{200C}\\x{200D}")

    /// Java 17's `\b` word character: `Character.isLetterOrDigit(c) || c == '_'`, plus
    /// non-spacing marks (Java counts a mark after a word character as part of the word).
    /// Under `(?U)` it is Java's `WORD()`, which is exactly ICU's own `\w`
    /// (`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\x{200C}\x{200D}]`): ICU builds `\w` once, where each
    /// spelled-out property set costs a fraction of a millisecond to compile, four per `\b`.
    static func boundaryWord(unicode: Bool) -> String {
        unicode ? "\\w" : "[\\p{L}\\p{Nd}\\x{5F}\\p{Mn}]"
    }
}

/// Java's anchors, spelled out for ICU (whose own `$`, `^` and `\b` differ).
enum JavaAnchors {
    /// Java's line terminators outside UNIX_LINES mode, as a set body.
    static let terminators = "\\x{A}\\x{D}\\x{85}\\x{2028}\\x{2029}"

    /// `\b{g}`, approximated (ICU has no grapheme boundary assertion): at either end, or not
    /// before an extending mark or joiner and not inside CR LF.
    static let graphemeBoundary =
        "(?:\\A|\\z|(?![\\p{Grapheme_Extend}\\p{Mc}\\x{200D}])(?:(?<!\\x{D})|(?!\\x{A})))"

    /// `\b`.
    static func wordBoundary(unicode: Bool) -> String {
        let w = JavaClasses.boundaryWord(unicode: unicode)
        return "(?:(?<=\(w))(?!\(w))|(?<!\(w))(?=\(w)))"
    }

    /// `\B`.
    static func notWordBoundary(unicode: Bool) -> String {
        let w = JavaClasses.boundaryWord(unicode: unicode)
        return "(?:(?<=\(w))(?=\(w))|(?<!\(w))(?!\(w)))"
    }
}

extension JavaPatternTranslator {
    /// `.`: anything but a line terminator, unless DOTALL.
    var dot: CharSet {
        if has(.dotAll) { return .all }
        if has(.unixLines) { return .negation(.chars([0x0A])) }
        return .negation(.icu(JavaAnchors.terminators))
    }

    /// `^`: the start, or under MULTILINE after a line terminator but never at the very end.
    var caret: String {
        guard has(.multiline) else { return "\\A" }
        if has(.unixLines) { return "(?:\\A|(?<=\\x{A}))(?=[\\s\\S])" }
        return "(?:\\A|(?<=[\\x{A}\\x{85}\\x{2028}\\x{2029}])|(?<=\\x{D})(?!\\x{A}))(?=[\\s\\S])"
    }

    /// `$` (and `\Z` with `multiline` false): before a (final) line terminator or at the end,
    /// never between `\r` and `\n`.
    func dollar(multiline: Bool) -> String {
        if has(.unixLines) {
            return multiline ? "(?=\\x{A}|\\z)" : "(?=\\x{A}?\\z)"
        }
        let notInsideCRLF = "(?:(?<!\\x{D})|(?!\\x{A}))"
        if multiline { return "(?=[\(JavaAnchors.terminators)]|\\z)" + notInsideCRLF }
        return "(?=(?:\\x{D}\\x{A}|[\(JavaAnchors.terminators)])?\\z)" + notInsideCRLF
    }
}
