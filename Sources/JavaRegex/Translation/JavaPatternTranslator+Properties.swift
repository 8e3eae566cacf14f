import Foundation

/// `\p{…}` and `\P{…}`, as `Pattern.family` and `CharPredicates`: Java's own names and meanings
/// (POSIX names are ASCII-only unless `(?U)`), translated to ICU sets.
extension JavaPatternTranslator {
    /// Reads the property name at the cursor and returns its set.
    mutating func family(singleLetter: Bool, complement: Bool) throws(JavaRegexError) -> CharSet {
        _ = next()
        var name: String
        if singleLetter {
            name = String(Character(Unicode.Scalar(at(cursor)) ?? "\0"))
            _ = read()
        } else {
            let start = cursor
            temp[patternLength] = ch("}")
            while read() != ch("}") {}
            temp[patternLength] = 0
            let end = cursor
            if end > patternLength { throw error("Unclosed character family") }
            if start + 1 >= end { throw error("Empty character family") }
            name = String(String.UnicodeScalarView(temp[start..<(end - 1)].compactMap(Unicode.Scalar.init)))
        }
        let caseInsensitive = has(.caseInsensitive)
        var set: CharSet?
        if let equals = name.firstIndex(of: "=") {
            let value = String(name[name.index(after: equals)...])
            let key = name[..<equals].lowercased()
            switch key {
            case "sc", "script": set = JavaProperties.script(value)
            case "blk", "block": set = JavaProperties.block(value)
            case "gc", "general_category": set = JavaProperties.forProperty(value, caseInsensitive: caseInsensitive)
            default: break
            }
            guard let set else { throw error("Unknown Unicode property {name=<\(key)>, value=<\(value)>}") }
            return complement ? .negation(set) : set
        }
        if name.hasPrefix("In") {
            set = JavaProperties.block(String(name.dropFirst(2)))
        } else if name.hasPrefix("Is") {
            let short = String(name.dropFirst(2))
            set = JavaProperties.unicodeProperty(short.uppercased(), caseInsensitive: caseInsensitive)
                ?? JavaProperties.posix(short.uppercased(), caseInsensitive: caseInsensitive)
                ?? JavaProperties.forProperty(short, caseInsensitive: caseInsensitive)
                ?? JavaProperties.script(short)
        } else {
            if has(.unicodeCharacterClass) {
                set = JavaProperties.posix(name.uppercased(), caseInsensitive: caseInsensitive)
            }
            set = set ?? JavaProperties.forProperty(name, caseInsensitive: caseInsensitive)
        }
        guard let set else { throw error("Unknown character property name {\(name)}") }
        return complement ? .negation(set) : set
    }
}
