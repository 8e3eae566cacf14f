/// Alternation, sequences, literal runs and quantifiers, as `Pattern.expr/sequence/atom/closure`.
extension JavaPatternTranslator {
    /// Alternatives separated by `|`.
    mutating func expr() throws(JavaRegexError) -> Fragment {
        try enterNesting()
        defer { leaveNesting() }
        var branches: [Fragment] = []
        while true {
            branches.append(try sequence())
            if peek() != ch("|") { return Fragment.alternation(branches) }
            _ = next()
        }
    }

    /// A run of atoms up to `|`, `)` or the end.
    mutating func sequence() throws(JavaRegexError) -> Fragment {
        var result = Fragment.empty
        loop: while true {
            let c = peek()
            var node: Fragment
            switch c {
            case ch("("):
                // A group handles its own quantifier; a flag group yields nothing.
                if let group = try group0() { result.append(group) }
                continue
            case ch("["):
                node = .oneOf(try characterClass(consume: true))
            case ch("\\"):
                let escaped = nextEscaped()
                if escaped == ch("p") || escaped == ch("P") {
                    node = .oneOf(try propertyAfterP(complement: escaped == ch("P")))
                } else {
                    unread()
                    node = try atom()
                }
            case ch("^"):
                _ = next()
                node = .assertion(caret)
            case ch("$"):
                _ = next()
                node = .assertion(dollar(multiline: has(.multiline)))
            case ch("."):
                _ = next()
                node = .oneOf(dot)
            case ch("|"), ch(")"):
                break loop
            case ch("?"), ch("*"), ch("+"):
                _ = next()
                throw error("Dangling meta character '\(Character(Unicode.Scalar(c) ?? "?"))'")
            case 0 where cursor >= patternLength:
                break loop
            default:
                node = try atom()
            }
            result.append(try closure(node))
        }
        return result
    }

    /// After `\p` or `\P` (cursor on the letter): reads `{name}` or one letter and returns the set.
    mutating func propertyAfterP(complement: Bool) throws(JavaRegexError) -> CharSet {
        var oneLetter = true
        if next() != ch("{") { unread() } else { oneLetter = false }
        return try family(singleLetter: oneLetter, complement: complement)
    }

    /// A run of literal characters (or one escape that is a node of its own).
    mutating func atom() throws(JavaRegexError) -> Fragment {
        var buffer: [UInt32] = []
        var previous = -1
        var c = peek()
        loop: while true {
            switch c {
            case ch("*"), ch("+"), ch("?"), ch("{"):
                // The quantifier applies to the last character only.
                if buffer.count > 1 { cursor = previous; buffer.removeLast() }
                break loop
            case ch("$"), ch("."), ch("^"), ch("("), ch("["), ch("|"), ch(")"):
                break loop
            case ch("\\"):
                let escaped = nextEscaped()
                if escaped == ch("p") || escaped == ch("P") {
                    if !buffer.isEmpty { unread(); break loop }
                    return .oneOf(try propertyAfterP(complement: escaped == ch("P")))
                }
                unread()
                previous = cursor
                switch try escape(inClass: false, create: buffer.isEmpty, isRange: false) {
                case .character(let value):
                    buffer.append(value)
                    c = peek()
                    continue
                case .node(let node) where buffer.isEmpty:
                    return node
                case .predicate(let set) where buffer.isEmpty:
                    return .oneOf(set)
                default:
                    cursor = previous   // unwind: the escape is read again as a node of its own
                    break loop
                }
            case 0 where cursor >= patternLength:
                break loop
            default:
                previous = cursor
                buffer.append(c)
                c = next()
            }
        }
        return literal(buffer)
    }

    /// Literal code points, honouring the case-insensitivity flags in force.
    func literal(_ points: [UInt32]) -> Fragment {
        var text = ""
        var length = 0
        for point in points {
            length += point > 0xFFFF ? 2 : 1
            text += singleSet(point).map(\.icuPattern) ?? CharSet.escape(point)
        }
        return Fragment(text: text, minLength: length, maxLength: length, deterministic: true,
                        isCharacter: points.count == 1)
    }

    /// Java's `single()`: the case closure of one character, or `nil` when it is just itself.
    func singleSet(_ point: UInt32) -> CharSet? {
        guard has(.caseInsensitive) else { return nil }
        let closure = has(.unicodeCase) ? CaseFolding.unicodeClosure(point) : CaseFolding.asciiClosure(point)
        return closure.count > 1 ? .chars(closure) : nil
    }

    /// An optional quantifier after `node`.
    mutating func closure(_ node: Fragment) throws(JavaRegexError) -> Fragment {
        switch peek() {
        case ch("?"):
            return quantified(node, min: 0, max: 1, text: "?")
        case ch("*"):
            return quantified(node, min: 0, max: nil, text: "*")
        case ch("+"):
            return quantified(node, min: 1, max: nil, text: "+")
        case ch("{"):
            var c = skip()
            guard isDigit(c) else { throw error("Illegal repetition") }
            var minimum = 0
            var maximum: Int?
            repeat {
                guard let value = accumulate(minimum, c) else { throw error("Illegal repetition range") }
                minimum = value
                c = read()
            } while isDigit(c)
            if c == ch(",") {
                c = read()
                if c == ch("}") {
                    unread()
                    return quantified(node, min: minimum, max: nil, text: "{\(minimum),}")
                }
                var upper = 0
                while isDigit(c) {
                    guard let value = accumulate(upper, c) else { throw error("Illegal repetition range") }
                    upper = value
                    c = read()
                }
                maximum = upper
            } else {
                maximum = minimum
            }
            guard c == ch("}") else { throw error("Unclosed counted closure") }
            guard let upper = maximum, upper >= minimum else { throw error("Illegal repetition range") }
            unread()
            let text = minimum == upper ? "{\(minimum)}" : "{\(minimum),\(upper)}"
            return quantified(node, min: minimum, max: upper, text: text)
        default:
            return node
        }
    }

    func isDigit(_ c: UInt32) -> Bool { (0x30...0x39).contains(c) }

    /// `value * 10 + digit`, or `nil` past `Int32.max` (Java's `Math.addExact` overflow).
    func accumulate(_ value: Int, _ digit: UInt32) -> Int? {
        let result = value * 10 + Int(digit - 0x30)
        return result > Int(Int32.max) ? nil : result
    }

    /// Applies a quantifier and reads its lazy `?` or possessive `+` suffix (Java's `qtype`).
    mutating func quantified(_ node: Fragment, min: Int, max: Int?, text: String) -> Fragment {
        var suffix = ""
        let c = next()
        if c == ch("?") { _ = next(); suffix = "?" } else if c == ch("+") { _ = next(); suffix = "+" }
        lastQuantifier = (min, max, suffix == "+")
        var quantifier = text
        var maxLength: Int? = {
            guard let max, max < Int(Int32.max), let inner = node.maxLength else { return nil }
            return inner * max
        }()
        if max == nil && node.isCharacter && suffix.isEmpty {
            // Java's greedy loop over one character keeps a (huge) maximum length, so Java
            // allows it in a look-behind; ICU needs a finite bound there.
            maxLength = Int(Int32.max)
            if lookbehindDepth > 0 { quantifier = "{\(min),\(JavaPatternTranslator.lookbehindRepetitionCap)}" }
        }
        return Fragment(text: "(?:" + node.text + ")" + quantifier + suffix,
                        minLength: node.minLength * min, maxLength: maxLength,
                        deterministic: node.deterministic && min == max)
    }
}
