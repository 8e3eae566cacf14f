import Foundation

/// Java's `Matcher.replaceAll/replaceFirst` with Java's replacement syntax:
/// `$n` (the longest group number that exists), `${name}`, and `\x` for a literal `x`.
extension JavaRegex {
    /// Replaces every match (Java's `String.replaceAll`); a bad replacement throws only if
    /// something matched, as in Java.
    public func replaceAll(in string: String, with replacement: String) throws(JavaRegexError) -> String {
        try replace(in: string, with: replacement, limit: nil)
    }

    /// Replaces the first match (Java's `String.replaceFirst`).
    public func replaceFirst(in string: String, with replacement: String) throws(JavaRegexError) -> String {
        try replace(in: string, with: replacement, limit: 1)
    }

    private func replace(in string: String, with replacement: String, limit: Int?) throws(JavaRegexError) -> String {
        var matches = allMatches(in: string)
        if let limit { matches = Array(matches.prefix(limit)) }
        guard !matches.isEmpty else { return string }
        let parts = try ReplacementTemplate.parse(replacement, groupCount: groupCount, namedGroups: namedGroups)
        let text = string as NSString
        var result = ""
        var position = 0
        for match in matches {
            result += text.substring(with: NSRange(location: position, length: match.utf16Range.lowerBound - position))
            for part in parts {
                switch part {
                case .literal(let literal): result += literal
                case .group(let number): result += match[number] ?? ""
                }
            }
            position = match.utf16Range.upperBound
        }
        result += text.substring(from: position)
        return result
    }
}

/// A parsed Java replacement string.
enum ReplacementTemplate {
    /// One piece of a replacement.
    enum Part: Equatable {
        case literal(String)
        case group(Int)
    }

    /// Parses `replacement` as Java's `appendExpandedReplacement` reads it, with its errors.
    static func parse(_ replacement: String, groupCount: Int, namedGroups: [String: Int]) throws(JavaRegexError) -> [Part] {
        func fail(_ description: String) -> JavaRegexError {
            JavaRegexError(description: description, index: -1, pattern: replacement)
        }
        let units = Array(replacement.utf16)
        var parts: [Part] = []
        var literal: [UInt16] = []
        func flush() {
            if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF16.self))); literal = [] }
        }
        let dollar = UInt16(UInt8(ascii: "$")), backslash = UInt16(UInt8(ascii: "\\"))
        func isDigit(_ u: UInt16) -> Bool { (0x30...0x39).contains(u) }
        func isLetterOrDigit(_ u: UInt16) -> Bool { isDigit(u) || (0x41...0x5A).contains(u) || (0x61...0x7A).contains(u) }
        var cursor = 0
        while cursor < units.count {
            let unit = units[cursor]
            if unit == backslash {
                cursor += 1
                guard cursor < units.count else { throw fail("character to be escaped is missing") }
                literal.append(units[cursor])
                cursor += 1
            } else if unit == dollar {
                cursor += 1
                guard cursor < units.count else { throw fail("Illegal group reference: group index is missing") }
                var number: Int
                if units[cursor] == UInt16(UInt8(ascii: "{")) {
                    cursor += 1
                    var name: [UInt16] = []
                    while cursor < units.count, isLetterOrDigit(units[cursor]) { name.append(units[cursor]); cursor += 1 }
                    guard !name.isEmpty else { throw fail("named capturing group has 0 length name") }
                    guard cursor < units.count, units[cursor] == UInt16(UInt8(ascii: "}")) else {
                        throw fail("named capturing group is missing trailing '}'")
                    }
                    let groupName = String(decoding: name, as: UTF16.self)
                    if let first = name.first, isDigit(first) {
                        throw fail("capturing group name {\(groupName)} starts with digit character")
                    }
                    guard let named = namedGroups[groupName] else { throw fail("No group with name {\(groupName)}") }
                    number = named
                    cursor += 1
                } else {
                    guard isDigit(units[cursor]) else { throw fail("Illegal group reference") }
                    number = Int(units[cursor] - 0x30)
                    cursor += 1
                    while cursor < units.count, isDigit(units[cursor]) {
                        let longer = number * 10 + Int(units[cursor] - 0x30)
                        if longer > groupCount { break }
                        number = longer
                        cursor += 1
                    }
                    if number > groupCount { throw fail("No group \(number)") }
                }
                flush()
                parts.append(.group(number))
            } else {
                literal.append(unit)
                cursor += 1
            }
        }
        flush()
        return parts
    }
}
