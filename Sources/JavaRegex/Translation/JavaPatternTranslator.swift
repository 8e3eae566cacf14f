import Foundation

/// Reads a pattern exactly as `java.util.regex.Pattern` does (same recursive descent, same
/// cursor, same errors at the same indices) and writes an ICU pattern with the same meaning.
///
/// Every literal is written as `\x{…}` and every class, anchor and flag-dependent construct is
/// spelled out, so the ICU pattern is compiled without flags and reads the same everywhere.
struct JavaPatternTranslator {
    /// The pattern as given.
    let pattern: String
    /// Code points after `\Q…\E` expansion, followed by two zeros (Java's `temp`).
    var temp: [UInt32]
    /// The number of code points before the two zeros.
    var patternLength: Int
    /// Java's `cursor`.
    var cursor = 0
    /// Java's `flags0`: the flags in force at the cursor.
    var flags: JavaRegexFlags
    /// One more than the number of capturing groups opened so far (Java counts group 0).
    var capturingGroupCount = 1
    /// Named groups seen so far.
    var namedGroups: [String: Int] = [:]
    /// Back-references written so far, to check against the final group count.
    var backReferences: [Int] = []
    /// The quantifier `closure` applied last (how groups tell a loop from a plain group).
    var lastQuantifier: (min: Int, max: Int?, possessive: Bool)?
    /// How many look-behinds enclose the cursor.
    var lookbehindDepth = 0
    /// How many groups and character classes enclose the cursor.
    var nestingDepth = 0

    /// The deepest nesting of groups and classes read. Java's recursive descent ends in a
    /// StackOverflowError not far beyond this (its stack is deeper than a UI thread's); gwx
    /// reports an error instead of crashing on a pattern no one writes by hand.
    static let nestingLimit = 250

    /// The most repetitions of an unbounded loop inside a look-behind (ICU needs a bound).
    static let lookbehindRepetitionCap = 100_000

    init(pattern: String, flags: JavaRegexFlags = []) {
        self.pattern = pattern
        self.flags = flags
        let points = pattern.unicodeScalars.map(\.value)
        let quoted = JavaPatternTranslator.removeQEQuoting(points)
        temp = quoted + [0, 0]
        patternLength = quoted.count
    }

    /// The result of a translation.
    struct Output: Sendable {
        /// The ICU pattern.
        var icuPattern: String
        /// Capturing group names → numbers.
        var namedGroups: [String: Int]
        /// The number of capturing groups.
        var groupCount: Int
    }

    /// Translates the whole pattern, or throws Java's error.
    mutating func translate() throws(JavaRegexError) -> Output {
        let root = try expr()
        if patternLength != cursor {
            if peek() == ch(")") { throw error("Unmatched closing ')'") }
            throw error("Unexpected internal error")
        }
        var text = root.text.isEmpty ? "(?:)" : root.text
        let groupCount = capturingGroupCount - 1
        // A back-reference to a group that never exists compiles in Java and never matches.
        for number in Set(backReferences) {
            let replacement = number <= groupCount ? "\\\(number)(?:)" : "(?!)"
            text = text.replacingOccurrences(of: JavaPatternTranslator.backReferenceMarker(number), with: replacement)
        }
        return Output(icuPattern: text, namedGroups: namedGroups, groupCount: groupCount)
    }

    /// A placeholder for back-reference `number`; private-use characters never occur in output otherwise.
    static func backReferenceMarker(_ number: Int) -> String { "\u{E000}\(number)\u{E001}" }

    // MARK: - Java's cursor primitives

    func has(_ flag: JavaRegexFlags) -> Bool { flags.contains(flag) }

    func ch(_ character: Character) -> UInt32 { character.unicodeScalars.first?.value ?? 0 }

    /// Counts one more level of nesting, or throws past `nestingLimit`; pair with `leaveNesting`.
    mutating func enterNesting() throws(JavaRegexError) {
        nestingDepth += 1
        if nestingDepth > JavaPatternTranslator.nestingLimit {
            throw error("Groups and character classes nested more than \(JavaPatternTranslator.nestingLimit) deep")
        }
    }

    mutating func leaveNesting() { nestingDepth -= 1 }

    func error(_ description: String) -> JavaRegexError {
        JavaRegexError(description: description, index: cursor - 1, pattern: pattern)
    }

    func at(_ index: Int) -> UInt32 { index >= 0 && index < temp.count ? temp[index] : 0 }

    mutating func peek() -> UInt32 {
        let c = at(cursor)
        return has(.comments) ? peekPastWhitespace(c) : c
    }

    mutating func read() -> UInt32 {
        let c = at(cursor); cursor += 1
        return has(.comments) ? parsePastWhitespace(c) : c
    }

    mutating func next() -> UInt32 {
        cursor += 1
        let c = at(cursor)
        return has(.comments) ? peekPastWhitespace(c) : c
    }

    mutating func nextEscaped() -> UInt32 { cursor += 1; return at(cursor) }

    mutating func skip() -> UInt32 { let c = at(cursor + 1); cursor += 2; return c }

    mutating func unread() { cursor -= 1 }

    mutating func accept(_ expected: Character, _ message: String) throws(JavaRegexError) {
        var c = at(cursor); cursor += 1
        if has(.comments) { c = parsePastWhitespace(c) }
        if c != ch(expected) { throw error(message) }
    }

    static func isASCIISpace(_ c: UInt32) -> Bool { c == 0x20 || (0x09...0x0D).contains(c) }

    mutating func peekPastWhitespace(_ start: UInt32) -> UInt32 {
        var c = start
        while JavaPatternTranslator.isASCIISpace(c) || c == ch("#") {
            while JavaPatternTranslator.isASCIISpace(c) { cursor += 1; c = at(cursor) }
            if c == ch("#") {
                cursor += 1; c = at(cursor)
                while c != 0 && !isLineSeparator(c) { cursor += 1; c = at(cursor) }
                if c == 0 && cursor > patternLength { cursor = patternLength; c = at(cursor) }
            }
        }
        return c
    }

    mutating func parsePastWhitespace(_ start: UInt32) -> UInt32 {
        var c = start
        while JavaPatternTranslator.isASCIISpace(c) || c == ch("#") {
            while JavaPatternTranslator.isASCIISpace(c) { c = at(cursor); cursor += 1 }
            if c == ch("#") {
                c = at(cursor); cursor += 1
                while c != 0 && !isLineSeparator(c) { c = at(cursor); cursor += 1 }
                if c == 0 && cursor > patternLength { cursor = patternLength; c = at(cursor); cursor += 1 }
            }
        }
        return c
    }

    func isLineSeparator(_ c: UInt32) -> Bool {
        if has(.unixLines) { return c == 0x0A }
        return c == 0x0A || c == 0x0D || (c | 1) == 0x2029 || c == 0x85
    }

    // MARK: - \Q…\E

    /// Java's `RemoveQEQuoting`: quoted text becomes escaped literals before parsing.
    static func removeQEQuoting(_ source: [UInt32]) -> [UInt32] {
        let backslash: UInt32 = 0x5C, q: UInt32 = 0x51, e: UInt32 = 0x45
        let length = source.count
        func at(_ i: Int) -> UInt32 { i < length ? source[i] : 0 }
        var i = 0
        while i < length - 1 {
            if source[i] != backslash { i += 1 } else if source[i + 1] != q { i += 2 } else { break }
        }
        if i >= length - 1 { return source }
        var result = Array(source[0..<i])
        i += 2
        var inQuote = true, beginQuote = true
        while i < length {
            let c = source[i]; i += 1
            let isASCII = c < 0x80
            let isAlpha = (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c)
            if !isASCII || isAlpha {
                result.append(c)
            } else if (0x30...0x39).contains(c) {
                if beginQuote { result += [backslash, 0x78, 0x33] }   // \x3 keeps a preceding escape from eating it
                result.append(c)
            } else if c != backslash {
                if inQuote { result.append(backslash) }
                result.append(c)
            } else if inQuote {
                if at(i) == e { i += 1; inQuote = false } else { result += [backslash, backslash] }
            } else {
                if at(i) == q {
                    i += 1; inQuote = true; beginQuote = true
                    continue
                }
                result.append(c)
                if i != length { result.append(source[i]); i += 1 }
            }
            beginQuote = false
        }
        return result
    }
}
