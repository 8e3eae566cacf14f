/// Groups, look-arounds and inline flags, as `Pattern.group0/addFlag/subFlag`.
extension JavaPatternTranslator {
    /// A group starting at `(`, with its quantifier; `nil` for a bare flag group like `(?i)`.
    mutating func group0() throws(JavaRegexError) -> Fragment? {
        let saved = flags
        var open = "(?:"
        var lookbehind = false
        var c = next()
        if c == ch("?") {
            c = skip()
            switch c {
            case ch(":"): open = "(?:"
            case ch("="): open = "(?="
            case ch("!"): open = "(?!"
            case ch(">"): open = "(?>"
            case ch("<"):
                c = read()
                if c != ch("=") && c != ch("!") {
                    let name = try groupName(c)
                    if namedGroups[name] != nil { throw error("Named capturing group <\(name)> is already defined") }
                    namedGroups[name] = capturingGroupCount
                    capturingGroupCount += 1
                    open = "(?<\(name)>"
                } else {
                    lookbehind = true
                    open = c == ch("=") ? "(?<=" : "(?<!"
                }
            case ch("$"), ch("@"):
                throw error("Unknown group type")
            default:
                unread()
                addFlag()
                c = read()
                if c == ch(")") { return nil }   // inline flags stay in force after the group
                if c != ch(":") { throw error("Unknown inline modifier") }
            }
        } else {
            capturingGroupCount += 1
            open = "("
        }
        if lookbehind { lookbehindDepth += 1 }
        let body = try expr()
        if lookbehind { lookbehindDepth -= 1 }
        if lookbehind && body.maxLength == nil {
            throw error("Look-behind group does not have an obvious maximum length")
        }
        try accept(")", "Unclosed group")
        flags = saved

        let isAssertion = open == "(?=" || open == "(?!" || lookbehind
        var group = isAssertion ? Fragment.assertion(open + body.text + ")") : body
        if !isAssertion {
            group.text = open + body.text + ")"
            if open == "(?>" { group.deterministic = true }
        }
        lastQuantifier = nil
        let quantified = try closure(group)
        // Java loops a non-deterministic group under a counted quantifier: no obvious maximum.
        if let quantifier = lastQuantifier, !quantifier.possessive, !(quantifier.min == 0 && quantifier.max == 1),
           !group.deterministic {
            var loop = quantified
            loop.maxLength = nil
            return loop
        }
        return quantified
    }

    /// A group name after `(?<` or `\k<`, through the closing `>`.
    mutating func groupName(_ first: UInt32) throws(JavaRegexError) -> String {
        func isAlpha(_ c: UInt32) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
        guard isAlpha(first) else { throw error("capturing group name does not start with a Latin letter") }
        var name = ""
        var c = first
        repeat {
            name.unicodeScalars.append(Unicode.Scalar(UInt8(c)))
            c = read()
        } while isAlpha(c) || isDigit(c)
        guard c == ch(">") else { throw error("named capturing group is missing trailing '>'") }
        return name
    }

    /// Reads flags like `imsx-d` after `(?`, turning them on and off.
    mutating func addFlag() {
        var c = peek()
        var adding = true
        while true {
            let flag: JavaRegexFlags
            switch c {
            case ch("i"): flag = .caseInsensitive
            case ch("m"): flag = .multiline
            case ch("s"): flag = .dotAll
            case ch("d"): flag = .unixLines
            case ch("u"): flag = .unicodeCase
            case ch("c"): flag = .canonEq
            case ch("x"): flag = .comments
            case ch("U"): flag = [.unicodeCharacterClass, .unicodeCase]
            case ch("-") where adding:
                adding = false
                c = next()
                continue
            default:
                return
            }
            if adding { flags.formUnion(flag) } else { flags.subtract(flag) }
            c = next()
        }
    }
}
