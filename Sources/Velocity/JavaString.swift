// The java.lang.String methods templates call, with Java's UTF-16 indexes and exceptions.

import JavaRegex

/// java.lang.String's methods.
enum JavaString {
    /// Calls a String method; nil when String has no such method for these arguments.
    static func call(_ name: String, on string: String, arguments a: [Value]) throws(JavaException) -> Value? {
        switch (name, a.count) {
        case ("length", 0): return .integer(string.utf16.count)
        case ("isEmpty", 0): return .boolean(string.isEmpty)
        case ("isBlank", 0): return .boolean(string.allSatisfy(isJavaWhitespace))
        case ("toString", 0), ("intern", 0): return .string(string)
        case ("toLowerCase", 0): return .string(string.lowercased())
        case ("toUpperCase", 0): return .string(string.uppercased())
        case ("trim", 0): return .string(trim(string))
        case ("strip", 0): return .string(String(string.drop(while: isJavaWhitespace).reversed().drop(while: isJavaWhitespace).reversed()))
        case ("stripLeading", 0): return .string(String(string.drop(while: isJavaWhitespace)))
        case ("stripTrailing", 0): return .string(String(string.reversed().drop(while: isJavaWhitespace).reversed()))
        case ("hashCode", 0): return .integer(hashCode(string))
        case ("toCharArray", 0):
            return .list(VList(string.utf16.map { .string(String(decoding: [$0], as: UTF16.self)) }, style: .array))
        case ("charAt", 1):
            guard let index = JavaArguments.int(a[0]) else { return nil }
            let units = Array(string.utf16)
            guard index >= 0 && index < units.count else {
                throw JavaException(type: "StringIndexOutOfBoundsException", message: "index \(index), length \(units.count)")
            }
            return .string(String(decoding: [units[index]], as: UTF16.self))
        case ("substring", 1), ("substring", 2):
            guard let begin = JavaArguments.int(a[0]) else { return nil }
            let units = Array(string.utf16)
            var end = units.count
            if a.count == 2 {
                guard let last = JavaArguments.int(a[1]) else { return nil }
                end = last
            }
            guard begin >= 0 && begin <= end && end <= units.count else {
                throw JavaException(type: "StringIndexOutOfBoundsException", message: "begin \(begin), end \(end), length \(units.count)")
            }
            return .string(String(decoding: units[begin..<end], as: UTF16.self))
        case ("indexOf", 1), ("indexOf", 2), ("lastIndexOf", 1), ("lastIndexOf", 2):
            return try indexOf(name == "lastIndexOf", string, a)
        case ("contains", 1):
            guard let other = JavaArguments.string(a[0]) else { return nil }
            guard let other else { throw JavaArguments.nullPointer() }
            return .boolean(other.isEmpty || indexOf(Array(other.utf16), in: Array(string.utf16), from: 0) >= 0)
        case ("startsWith", 1), ("startsWith", 2):
            guard let prefix = JavaArguments.string(a[0]) else { return nil }
            guard let prefix else { throw JavaArguments.nullPointer() }
            var offset = 0
            if a.count == 2 {
                guard let from = JavaArguments.int(a[1]) else { return nil }
                offset = from
            }
            let units = Array(string.utf16)
            let p = Array(prefix.utf16)
            guard offset >= 0 && offset + p.count <= units.count else { return .boolean(false) }
            return .boolean(Array(units[offset..<(offset + p.count)]) == p)
        case ("endsWith", 1):
            guard let suffix = JavaArguments.string(a[0]) else { return nil }
            guard let suffix else { throw JavaArguments.nullPointer() }
            return .boolean(Array(string.utf16).reversed().starts(with: Array(suffix.utf16).reversed()))
        case ("equals", 1):
            if case .string(let other) = a[0] { return .boolean(other == string) }
            return .boolean(false)
        case ("equalsIgnoreCase", 1):
            guard let other = JavaArguments.string(a[0]) else { return nil }
            guard let other else { return .boolean(false) }
            return .boolean(other.utf16.count == string.utf16.count && other.uppercased().lowercased() == string.uppercased().lowercased())
        case ("compareTo", 1), ("compareToIgnoreCase", 1):
            guard let other = JavaArguments.string(a[0]) else { return nil }
            guard let other else { throw JavaArguments.nullPointer() }
            let ignoreCase = name == "compareToIgnoreCase"
            return .integer(compare(ignoreCase ? string.lowercased() : string, ignoreCase ? other.lowercased() : other))
        case ("concat", 1):
            guard let other = JavaArguments.string(a[0]) else { return nil }
            guard let other else { throw JavaArguments.nullPointer() }
            return .string(string + other)
        case ("repeat", 1):
            guard let count = JavaArguments.int(a[0]) else { return nil }
            guard count >= 0 else { throw JavaException(type: "IllegalArgumentException", message: "count is negative: \(count)") }
            guard string.utf8.count * count <= 10_000_000 else { throw JavaException(type: "OutOfMemoryError", message: "repeat too large") }
            return .string(String(repeating: string, count: count))
        case ("replace", 2):
            guard let target = JavaArguments.string(a[0]), let replacement = JavaArguments.string(a[1]) else { return nil }
            guard let target, let replacement else { throw JavaArguments.nullPointer() }
            return .string(replace(string, target, replacement))
        case ("replaceAll", 2), ("replaceFirst", 2):
            guard let pattern = JavaArguments.string(a[0]), let replacement = JavaArguments.string(a[1]) else { return nil }
            guard let pattern, let replacement else { throw JavaArguments.nullPointer() }
            let regex = try compile(pattern)
            do {
                return .string(name == "replaceAll"
                    ? try regex.replaceAll(in: string, with: replacement)
                    : try regex.replaceFirst(in: string, with: replacement))
            } catch {
                throw JavaException(type: "IllegalArgumentException", message: error.description)
            }
        case ("matches", 1):
            guard let pattern = JavaArguments.string(a[0]) else { return nil }
            guard let pattern else { throw JavaArguments.nullPointer() }
            return .boolean(try compile(pattern).matchesWhole(string))
        case ("split", 1), ("split", 2):
            guard let pattern = JavaArguments.string(a[0]) else { return nil }
            guard let pattern else { throw JavaArguments.nullPointer() }
            var limit = 0
            if a.count == 2 {
                guard let given = JavaArguments.int(a[1]) else { return nil }
                limit = given
            }
            let parts = try compile(pattern).split(string, limit: limit)
            return .list(VList(parts.map { .string($0) }, style: .array))
        default:
            return nil
        }
    }

    private static func compile(_ pattern: String) throws(JavaException) -> JavaRegex {
        do {
            return try JavaRegex(pattern)
        } catch {
            throw JavaException(type: "PatternSyntaxException", message: error.description)
        }
    }

    private static func indexOf(_ last: Bool, _ string: String, _ a: [Value]) throws(JavaException) -> Value? {
        let units = Array(string.utf16)
        let needle: [UInt16]
        switch a[0] {
        case .string(let text): needle = Array(text.utf16)
        case .integer(let code):
            guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: code)) else { return .integer(-1) }
            needle = Array(String(scalar).utf16)
        case .null: throw JavaArguments.nullPointer()
        default: return nil
        }
        var from = last ? units.count : 0
        if a.count == 2 {
            guard let given = JavaArguments.int(a[1]) else { return nil }
            from = given
        }
        if last {
            var start = min(from, units.count - needle.count)
            while start >= 0 {
                if Array(units[start..<(start + needle.count)]) == needle { return .integer(start) }
                start -= 1
            }
            return .integer(-1)
        }
        return .integer(indexOf(needle, in: units, from: max(0, from)))
    }

    /// The first UTF-16 index of `needle` in `units` at or after `from`, or -1.
    static func indexOf(_ needle: [UInt16], in units: [UInt16], from: Int) -> Int {
        guard needle.count <= units.count else { return -1 }
        if needle.isEmpty { return min(from, units.count) }
        var start = from
        while start + needle.count <= units.count {
            if units[start] == needle[0] && Array(units[start..<(start + needle.count)]) == needle { return start }
            start += 1
        }
        return -1
    }

    /// Java's `String.replace(CharSequence, CharSequence)`: every literal occurrence.
    static func replace(_ string: String, _ target: String, _ replacement: String) -> String {
        let units = Array(string.utf16)
        let t = Array(target.utf16)
        let r = Array(replacement.utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        if t.isEmpty {
            result.append(contentsOf: r)
            for unit in units {
                result.append(unit)
                result.append(contentsOf: r)
            }
            return String(decoding: result, as: UTF16.self)
        }
        var index = 0
        while index < units.count {
            if index + t.count <= units.count && units[index] == t[0] && Array(units[index..<(index + t.count)]) == t {
                result.append(contentsOf: r)
                index += t.count
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF16.self)
    }

    /// Java's `String.trim()`: drops characters up to U+0020 at both ends.
    static func trim(_ string: String) -> String {
        let units = Array(string.utf16)
        var start = 0
        var end = units.count
        while start < end && units[start] <= 0x20 { start += 1 }
        while end > start && units[end - 1] <= 0x20 { end -= 1 }
        return String(decoding: units[start..<end], as: UTF16.self)
    }

    /// Java's `Character.isWhitespace` for a character.
    static func isJavaWhitespace(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x1F: return true
        case 0x00A0, 0x2007, 0x202F: return false
        default: return scalar.properties.isWhitespace
        }
    }

    /// Java's `String.hashCode()`.
    static func hashCode(_ string: String) -> Int {
        var hash: Int32 = 0
        for unit in string.utf16 {
            hash = hash &* 31 &+ Int32(unit)
        }
        return Int(hash)
    }

    /// Java's `compareTo`: UTF-16 lexicographic difference.
    static func compare(_ a: String, _ b: String) -> Int {
        let x = Array(a.utf16)
        let y = Array(b.utf16)
        for (l, r) in zip(x, y) where l != r {
            return Int(l) - Int(r)
        }
        return x.count - y.count
    }
}
