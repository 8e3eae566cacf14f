import Foundation

/// Whether a rendered body is JSON as a client's parser reads it (RFC 8259: no `\'` escape, no
/// raw control characters in strings), and if not, where and why.
enum OutputCheck {
    /// Why an output is not JSON.
    struct Problem: Hashable, Sendable {
        enum Kind: Hashable, Sendable {
            /// `\'`: what `$util.escapeJavaScript` writes for `'`.
            case escapedQuote
            /// Nothing where a value belongs (`"a": ,`).
            case missingValue
            /// A raw line break or control character inside a string.
            case controlCharacter
            case other
        }

        var kind: Kind
        var message: String
        /// Byte offset in the output, and its 1-based line and column.
        var offset: Int
        var line: Int
        var column: Int
        /// The output line, trimmed and cut, for the message.
        var excerpt: String
        /// For a missing value: the offset of the `:`, `,` or `[` the value should follow.
        var valueStart: Int
    }

    /// The first problem that keeps `output` from being JSON, or nil when it is JSON.
    static func jsonProblem(in output: [UInt8]) -> Problem? {
        let text = String(decoding: output, as: UTF8.self)
        do {
            _ = try JSONParser.parse(text)
        } catch {
            let (kind, valueStart) = kind(of: error, in: output)
            var found = problem(kind: kind, message: error.message, offset: error.offset, in: text)
            found.valueStart = valueStart
            return found
        }
        // JSONParser accepts raw control characters in strings (as json-smart does when it
        // reads bodies); JSON.parse and most clients refuse them.
        var inString = false
        var index = 0
        while index < output.count {
            let byte = output[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if byte < 0x20 {
                    let name = byte == 0x0A ? "a line break" : (byte == 0x09 ? "a tab" : "control character \(byte)")
                    return problem(kind: .controlCharacter, message: "\(name) inside a string (JSON needs it escaped)", offset: index, in: text)
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            }
            index += 1
        }
        return nil
    }

    private static func kind(of error: JSONSyntaxError, in output: [UInt8]) -> (Problem.Kind, Int) {
        let offset = error.offset
        func byte(_ index: Int) -> UInt8? { output.indices.contains(index) ? output[index] : nil }
        let backslash = UInt8(ascii: "\\"), quote = UInt8(ascii: "'")
        if (byte(offset) == backslash && byte(offset + 1) == quote) || (byte(offset - 1) == backslash && byte(offset) == quote) {
            return (.escapedQuote, offset)
        }
        var before = offset - 1
        while let b = byte(before), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { before -= 1 }
        if let b = byte(before), [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "[")].contains(b),
           byte(offset).map({ [UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]")].contains($0) }) ?? true {
            return (.missingValue, before)
        }
        return (.other, offset)
    }

    private static func problem(kind: Problem.Kind, message: String, offset: Int, in text: String) -> Problem {
        let located = JSONSyntaxError(message: message, offset: offset, in: text)
        var excerpt = located.lineText.trimmingCharacters(in: .whitespaces)
        if excerpt.count > 60 {
            let column = max(0, located.column - 1 - (located.lineText.count - located.lineText.drop(while: { $0 == " " || $0 == "\t" }).count))
            let start = max(0, min(column - 30, excerpt.count - 60))
            excerpt = String(excerpt.dropFirst(start).prefix(60))
        }
        return Problem(kind: kind, message: message, offset: offset, line: located.line, column: located.column, excerpt: excerpt, valueStart: offset)
    }
}
