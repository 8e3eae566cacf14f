// Small matchers over a template's bytes, the building blocks of the lexical rules.

/// Matches the pieces of Velocity's regular expressions at a byte offset.
struct ByteMatcher {
    let s: [UInt8]
    /// A run of backslashes already measured (its end is where every position in it stops), so
    /// that the rules reading a run at each of its positions do not rescan it: a long run was
    /// quadratic (25,000 backslashes before `#end` took over 10 seconds).
    var backslashRun: Range<Int> = 0..<0

    /// The byte at `offset`, or nil past the end.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8? {
        offset < s.count ? s[offset] : nil
    }

    /// The length of `text` when the source has it at `offset`, else 0.
    func literal(_ text: StaticString, at offset: Int) -> Int {
        let count = text.utf8CodeUnitCount
        guard offset + count <= s.count else { return 0 }
        let base = text.utf8Start
        for i in 0..<count where s[offset + i] != base[i] {
            return 0
        }
        return count
    }

    /// How many copies of an ASCII character follow at `offset`.
    func run(of character: Unicode.Scalar, at offset: Int) -> Int {
        if character == "\\", backslashRun.contains(offset) { return backslashRun.upperBound - offset }
        var q = offset
        while byte(q) == UInt8(ascii: character) { q += 1 }
        return q - offset
    }

    /// `"\n" | "\r" | "\r\n"`: its length at `offset`, or 0.
    func newlineLength(at offset: Int) -> Int {
        switch byte(offset) {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return byte(offset + 1) == UInt8(ascii: "\n") ? 2 : 1
        default: return 0
        }
    }

    /// Extends a keyword match by `( " " | "\t" )* newline` when that follows.
    func withOptionalLineEnd(_ length: Int, from offset: Int) -> Int {
        guard length > 0 else { return 0 }
        var q = offset + length
        while byte(q) == UInt8(ascii: " ") || byte(q) == UInt8(ascii: "\t") { q += 1 }
        let newline = newlineLength(at: q)
        return newline > 0 ? q + newline - offset : length
    }

    static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    static func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    /// How many decimal digits follow at `offset`.
    func digits(at offset: Int) -> Int {
        var q = offset
        while let b = byte(q), ByteMatcher.isDigit(b) { q += 1 }
        return q - offset
    }

    private static func isDirectiveCharacter(_ b: UInt8) -> Bool {
        isLetter(b) || isDigit(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "@")
    }

    /// `WORD: (LETTER | "_" | "@") (DIRECTIVE_CHAR)*`.
    func word(at offset: Int) -> Int {
        guard let b = byte(offset), ByteMatcher.isLetter(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "@") else { return 0 }
        var q = offset + 1
        while let c = byte(q), ByteMatcher.isDirectiveCharacter(c) { q += 1 }
        return q - offset
    }

    /// `BRACKETED_WORD: "{" (LETTER | "_") (DIRECTIVE_CHAR)* "}"`.
    func bracketedWord(at offset: Int) -> Int {
        guard byte(offset) == UInt8(ascii: "{"), let b = byte(offset + 1), ByteMatcher.isLetter(b) || b == UInt8(ascii: "_") else { return 0 }
        var q = offset + 2
        while let c = byte(q), ByteMatcher.isDirectiveCharacter(c) { q += 1 }
        return byte(q) == UInt8(ascii: "}") ? q + 1 - offset : 0
    }

    /// `ESCAPE_DIRECTIVE: ("\\\\")* "\\#" (WORD | BRACKETED_WORD)`.
    func escapeDirective(at offset: Int) -> Int {
        let slashes = run(of: "\\", at: offset)
        guard slashes % 2 == 1, byte(offset + slashes) == UInt8(ascii: "#") else { return 0 }
        let name = max(word(at: offset + slashes + 1), bracketedWord(at: offset + slashes + 1))
        return name > 0 ? slashes + 1 + name : 0
    }

    /// `SET_DIRECTIVE: (" " | "\t")* ("#set" | "#{set}") (" ")* "("`.
    func setDirective(at offset: Int) -> Int {
        var q = offset
        while byte(q) == UInt8(ascii: " ") || byte(q) == UInt8(ascii: "\t") { q += 1 }
        let keyword = max(literal("#set", at: q), literal("#{set}", at: q))
        guard keyword > 0 else { return 0 }
        q += keyword
        while byte(q) == UInt8(ascii: " ") { q += 1 }
        return byte(q) == UInt8(ascii: "(") ? q + 1 - offset : 0
    }

    /// A string literal: `"` (not-quote | `""`)* `"` or the same with `'`; the longest match.
    func stringLiteral(at offset: Int) -> Int {
        guard let quote = byte(offset), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return 0 }
        // Walk the positions reachable inside the literal (a doubled quote is one item that
        // jumps two characters) and remember the furthest closing quote.
        var best = 0
        var cursor = offset + 1
        var here = true
        var next = false
        while cursor < s.count && (here || next) {
            var afterNext = false
            if here {
                if s[cursor] == quote {
                    best = cursor + 1 - offset
                    if byte(cursor + 1) == quote { afterNext = true }
                } else {
                    next = true
                }
            }
            cursor += 1
            here = next
            next = afterNext
        }
        return best
    }

    /// `FLOATING_POINT_LITERAL`: `-? digits "." digits* exp? | -? "." digits exp? | -? digits exp`.
    func floatingPoint(at offset: Int) -> Int {
        let sign = byte(offset) == UInt8(ascii: "-") ? 1 : 0
        let start = offset + sign
        let whole = digits(at: start)
        var best = 0
        if whole > 0 && byte(start + whole) == UInt8(ascii: ".") {
            let fraction = digits(at: start + whole + 1)
            let end = start + whole + 1 + fraction
            best = max(best, end + exponent(at: end) - offset)
        }
        if whole == 0 && byte(start) == UInt8(ascii: ".") {
            let fraction = digits(at: start + 1)
            if fraction > 0 {
                let end = start + 1 + fraction
                best = max(best, end + exponent(at: end) - offset)
            }
        }
        if whole > 0 {
            let e = exponent(at: start + whole)
            if e > 0 { best = max(best, start + whole + e - offset) }
        }
        return best
    }

    /// `EXPONENT: ["e","E"] (["+","-"])? (["0"-"9"])+`.
    private func exponent(at offset: Int) -> Int {
        guard byte(offset) == UInt8(ascii: "e") || byte(offset) == UInt8(ascii: "E") else { return 0 }
        let sign = (byte(offset + 1) == UInt8(ascii: "+") || byte(offset + 1) == UInt8(ascii: "-")) ? 1 : 0
        let count = digits(at: offset + 1 + sign)
        return count > 0 ? 1 + sign + count : 0
    }
}
