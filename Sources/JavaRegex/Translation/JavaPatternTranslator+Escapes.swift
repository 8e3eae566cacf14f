/// Backslash escapes, as `Pattern.escape` and its helpers (`o`, `x`, `u`, `c`, `N`, `ref`).
extension JavaPatternTranslator {
    /// What an escape stands for.
    enum Escape {
        /// A literal code point.
        case character(UInt32)
        /// A node of its own (an anchor, a back-reference, a class outside `[]`).
        case node(Fragment)
        /// A class inside `[]`.
        case predicate(CharSet)
        /// A node that was not created (`create` was false): it is read again later.
        case notCreated
    }

    /// Reads the escape at the cursor (on the backslash). `create` false only checks it, as Java does.
    mutating func escape(inClass: Bool, create: Bool, isRange: Bool) throws(JavaRegexError) -> Escape {
        let c = skip()
        let unicodeClasses = has(.unicodeCharacterClass)
        func classEscape(_ set: CharSet) -> Escape {
            guard create else { return .notCreated }
            return inClass ? .predicate(set) : .node(.oneOf(set))
        }
        func node(_ fragment: @autoclosure () -> Fragment) -> Escape { create ? .node(fragment()) : .notCreated }
        switch Character(Unicode.Scalar(c) ?? "\0") {
        case "0": return .character(try octal())
        case "1"..."9" where !inClass:
            guard create else { return .notCreated }
            return .node(backReference(Int(c - 0x30)))
        case "A" where !inClass: return node(.assertion("\\A"))
        case "B" where !inClass: return node(.assertion(JavaAnchors.notWordBoundary(unicode: unicodeClasses)))
        case "D": return classEscape(.negation(JavaClasses.digit(unicode: unicodeClasses)))
        case "G" where !inClass: return node(.assertion("\\G"))
        case "H": return classEscape(.negation(JavaClasses.horizontalSpace))
        case "N": return .character(try characterName())
        case "R" where !inClass:
            return node(Fragment(text: "(?:\\x{D}\\x{A}|[\\x{A}-\\x{D}\\x{85}\\x{2028}\\x{2029}])",
                                 minLength: 1, maxLength: 2, deterministic: false))
        case "S": return classEscape(.negation(JavaClasses.space(unicode: unicodeClasses)))
        case "V": return classEscape(.negation(JavaClasses.verticalSpace))
        case "W": return classEscape(.negation(JavaClasses.word(unicode: unicodeClasses)))
        case "X" where !inClass:
            return node(Fragment(text: "\\X", minLength: 1, maxLength: nil, deterministic: false))
        case "Z" where !inClass: return node(.assertion(dollar(multiline: false)))
        case "a": return .character(0x07)
        case "b" where !inClass:
            guard create else { return .notCreated }
            if peek() == ch("{") {
                if skip() == ch("g") {
                    if read() == ch("}") { return .node(.assertion(JavaAnchors.graphemeBoundary)) }
                    throw error("Illegal/unsupported escape sequence")
                }
                unread(); unread()
            }
            return .node(.assertion(JavaAnchors.wordBoundary(unicode: unicodeClasses)))
        case "c": return .character(try control())
        case "d": return classEscape(JavaClasses.digit(unicode: unicodeClasses))
        case "e": return .character(0x1B)
        case "f": return .character(0x0C)
        case "h": return classEscape(JavaClasses.horizontalSpace)
        case "k" where !inClass:
            guard read() == ch("<") else { throw error("\\k is not followed by '<' for named capturing group") }
            let name = try groupName(read())
            guard let number = namedGroups[name] else { throw error("named capturing group <\(name)> does not exist") }
            guard create else { return .notCreated }
            return .node(backReferenceText("\\k<\(name)>", number: number))
        case "n": return .character(0x0A)
        case "r": return .character(0x0D)
        case "s": return classEscape(JavaClasses.space(unicode: unicodeClasses))
        case "t": return .character(0x09)
        case "u": return .character(try unicodeEscape())
        case "v":
            // Java 8 made \v a class, but a range end point still reads it as VT.
            if isRange { return .character(0x0B) }
            return classEscape(JavaClasses.verticalSpace)
        case "w": return classEscape(JavaClasses.word(unicode: unicodeClasses))
        case "x": return .character(try hexEscape())
        case "z" where !inClass: return node(.assertion("\\z"))
        case "C", "E", "F", "I", "J", "K", "L", "M", "O", "P", "Q", "T", "U", "Y",
             "g", "i", "j", "l", "m", "o", "p", "q", "y",
             "1"..."9", "A", "B", "G", "R", "X", "Z", "b", "k", "z":
            throw error("Illegal/unsupported escape sequence")
        default:
            return .character(c)
        }
    }

    /// `\1`…: takes more digits only while they name a group that already exists (Java's `ref`).
    mutating func backReference(_ first: Int) -> Fragment {
        var number = first
        while true {
            let c = peek()
            guard isDigit(c) else { break }
            let longer = number * 10 + Int(c - 0x30)
            if capturingGroupCount - 1 < longer { break }
            number = longer
            _ = read()
        }
        return backReferenceText(JavaPatternTranslator.backReferenceMarker(number), number: number)
    }

    /// A back-reference node; Java's case-insensitive back-references compare ignoring case.
    mutating func backReferenceText(_ reference: String, number: Int) -> Fragment {
        backReferences.append(number)
        let text = has(.caseInsensitive) ? "(?i:" + reference + ")" : reference
        return Fragment(text: text, minLength: 0, maxLength: nil, deterministic: false)
    }

    /// `\0n`, `\0nn`, `\0mnn`.
    mutating func octal() throws(JavaRegexError) -> UInt32 {
        func isOctal(_ c: UInt32) -> Bool { (0x30...0x37).contains(c) }
        let n = read()
        guard isOctal(n) else { throw error("Illegal octal escape sequence") }
        let m = read()
        guard isOctal(m) else { unread(); return n - 0x30 }
        let o = read()
        if isOctal(o) && (0x30...0x33).contains(n) { return (n - 0x30) * 64 + (m - 0x30) * 8 + (o - 0x30) }
        unread()
        return (n - 0x30) * 8 + (m - 0x30)
    }

    /// `\xhh` and `\x{h…h}`.
    mutating func hexEscape() throws(JavaRegexError) -> UInt32 {
        let n = read()
        if let high = hexValue(n) {
            if let low = hexValue(read()) { return high * 16 + low }
        } else if n == ch("{"), hexValue(peek()) != nil {
            var value: UInt32 = 0
            var c = read()
            while let digit = hexValue(c) {
                value = value * 16 + digit
                if value > 0x10FFFF { throw error("Hexadecimal codepoint is too big") }
                c = read()
            }
            guard c == ch("}") else { throw error("Unclosed hexadecimal escape sequence") }
            return value
        }
        throw error("Illegal hexadecimal escape sequence")
    }

    func hexValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x41...0x46: return c - 0x41 + 10
        case 0x61...0x66: return c - 0x61 + 10
        default: return nil
        }
    }

    /// `\uhhhh`, joining a surrogate pair written as two escapes.
    mutating func unicodeEscape() throws(JavaRegexError) -> UInt32 {
        let high = try fourHexDigits()
        if (0xD800...0xDBFF).contains(high) {
            let saved = cursor
            if read() == ch("\\"), read() == ch("u") {
                let low = try fourHexDigits()
                if (0xDC00...0xDFFF).contains(low) { return 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00) }
            }
            cursor = saved
        }
        return high
    }

    mutating func fourHexDigits() throws(JavaRegexError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(read()) else { throw error("Illegal Unicode escape sequence") }
            value = value * 16 + digit
        }
        return value
    }

    /// `\cX`: the control character `X ^ 64`.
    mutating func control() throws(JavaRegexError) -> UInt32 {
        guard cursor < patternLength else { throw error("Illegal control escape sequence") }
        return read() ^ 64
    }

    /// `\N{NAME}`: a character by its Unicode name.
    mutating func characterName() throws(JavaRegexError) -> UInt32 {
        guard read() == ch("{") else { throw error("Illegal character name escape sequence") }
        let start = cursor
        while read() != ch("}") {
            if cursor >= patternLength { throw error("Unclosed character name escape sequence") }
        }
        let name = String(String.UnicodeScalarView(temp[start..<(cursor - 1)].compactMap(Unicode.Scalar.init)))
        guard let point = UnicodeNames.codePoint(named: name) else { throw error("Unknown character name [\(name)]") }
        return point
    }
}
