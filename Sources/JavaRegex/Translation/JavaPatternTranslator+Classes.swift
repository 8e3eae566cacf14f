/// Bracket classes, as `Pattern.clazz/range/bitsOrSingle`: unions, `&&` intersections, negation.
extension JavaPatternTranslator {
    /// The single characters a class collects (Java's `BitClass`).
    struct Bits {
        var points: [UInt32] = []
        var used = false
        var set: CharSet { .chars(points) }
    }

    /// A class starting at `[` (or, with `consume` false, the implied class after `&&`).
    mutating func characterClass(consume: Bool) throws(JavaRegexError) -> CharSet {
        try enterNesting()
        defer { leaveNesting() }
        var previous: CharSet?
        var current: CharSet?
        var bits = Bits()
        var negated = false
        var c = next()
        if c == ch("^") && at(cursor - 1) == ch("[") {
            c = next()
            negated = true
        }
        while true {
            switch c {
            case ch("["):
                let nested = try characterClass(consume: true)
                current = nested
                CharSet.accumulate(&previous, nested)
                c = peek()
                continue
            case ch("&"):
                c = next()
                if c == ch("&") {
                    c = next()
                    var right: CharSet?
                    while c != ch("]") && c != ch("&") {
                        let part: CharSet
                        if c == ch("[") {
                            part = try characterClass(consume: true)
                        } else {
                            unread()
                            part = try characterClass(consume: false)
                        }
                        CharSet.accumulate(&right, part)
                        c = peek()
                    }
                    if bits.used {
                        // Characters collected so far bind tighter than &&.
                        if let earlier = previous { previous = earlier.union(bits.set) } else { previous = bits.set; current = bits.set }
                        bits.used = false   // Java keeps the collected characters
                    }
                    if let right { current = right }
                    if let left = previous {
                        if let current { previous = .intersection(left, current) }
                    } else {
                        guard let right else { throw error("Bad class syntax") }
                        previous = right
                    }
                    continue
                }
                unread()   // a single & is a literal
            case 0 where cursor >= patternLength:
                throw error("Unclosed character class")
            case ch("]"):
                if previous != nil || bits.used {
                    if consume { _ = next() }
                    var result = previous ?? bits.set
                    if previous != nil && bits.used { result = result.union(bits.set) }
                    return negated ? .negation(result) : result
                }
            default:
                break
            }
            if let single = try rangeOrSingle(&bits) {
                current = single
                CharSet.accumulate(&previous, single)
            } else {
                bits.used = true
            }
            c = peek()
        }
    }

    /// One member: a property, an escape class, a range or a character (`nil` when added to `bits`).
    mutating func rangeOrSingle(_ bits: inout Bits) throws(JavaRegexError) -> CharSet? {
        var c = peek()
        if c == ch("\\") {
            c = nextEscaped()
            if c == ch("p") || c == ch("P") {
                return try propertyAfterP(complement: c == ch("P"))
            }
            let isRange = at(cursor + 1) == ch("-")
            unread()
            switch try escape(inClass: true, create: true, isRange: isRange) {
            case .character(let value): c = value
            case .predicate(let set): return set
            case .node, .notCreated: throw error("Illegal/unsupported escape sequence")
            }
        } else {
            _ = next()
        }
        if peek() == ch("-") {
            let end = at(cursor + 1)
            if end == ch("[") { return bitsOrSingle(&bits, c) }
            if end != ch("]") {
                _ = next()
                var upper = peek()
                var upperValid = true
                if upper == ch("\\") {
                    if case .character(let value) = try escape(inClass: true, create: false, isRange: true) {
                        upper = value
                    } else {
                        upperValid = false
                    }
                } else {
                    _ = next()
                }
                if !upperValid || upper < c { throw error("Illegal character range") }
                return caseInsensitiveRange(c, upper)
            }
        }
        return bitsOrSingle(&bits, c)
    }

    /// A range, closed over case the way Java's `CIRange` / `CIRangeU` match.
    func caseInsensitiveRange(_ lower: UInt32, _ upper: UInt32) -> CharSet {
        guard has(.caseInsensitive) else { return .range(lower, upper) }
        let extras = has(.unicodeCase)
            ? CaseFolding.unicodeRangeExtras(lower, upper)
            : CaseFolding.asciiRangeExtras(lower, upper)
        return extras.isEmpty ? .range(lower, upper) : .union([.range(lower, upper), .chars(extras)])
    }

    /// Latin-1 characters go into `bits` (closed over case); others become a single node.
    func bitsOrSingle(_ bits: inout Bits, _ c: UInt32) -> CharSet? {
        let unicodeSpecial: Set<UInt32> = [0xFF, 0xB5, 0x49, 0x69, 0x53, 0x73, 0x4B, 0x6B, 0xC5, 0xE5]
        if c < 256 && !(has(.caseInsensitive) && has(.unicodeCase) && unicodeSpecial.contains(c)) {
            var added = [c]
            if has(.caseInsensitive) {
                if c < 0x80 {
                    added += [CaseFolding.asciiUpper(c), CaseFolding.asciiLower(c)]
                } else if has(.unicodeCase) {
                    added += [CaseFolding.lower(c), CaseFolding.upper(c)]
                }
            }
            for point in added where !bits.points.contains(point) { bits.points.append(point) }
            return nil
        }
        return singleSet(c) ?? .chars([c])
    }
}
