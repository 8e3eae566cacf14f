// Template errors: what failed, where (template name, line, column), printed the way
// compilers print them, with the source line and a caret.

import Text

/// A template that cannot be parsed or rendered, with the place of the problem.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem.
    public enum Kind: Sendable, Equatable {
        /// The template is not valid VTL (Velocity refuses to parse it).
        case syntax
        /// Rendering failed (a method threw, a macro recursed too deep, ...).
        case runtime
        /// Rendering hit one of gwx's safety limits (size, steps, output, depth).
        case limit
    }

    /// The kind of problem.
    public var kind: Kind
    /// The template's name as given to `Template(source:name:)`.
    public var templateName: String
    /// Where the problem is.
    public var location: SourceLocation
    /// What is wrong, for the user.
    public var message: String
    /// The source line at `location` (without its newline), for the caret display.
    public var sourceLine: String

    /// Creates an error; the template name and source line are filled in by the template.
    public init(kind: Kind, location: SourceLocation, message: String, templateName: String = "template", sourceLine: String = "") {
        self.kind = kind
        self.location = location
        self.message = message
        self.templateName = templateName
        self.sourceLine = sourceLine
    }

    /// `NAME:LINE:COL: error: MESSAGE` alone.
    public var headline: String {
        "\(templateName):\(location.line):\(location.column): error: \(message)"
    }

    /// The headline, then the source line and a caret under the column.
    public var description: String {
        guard !sourceLine.isEmpty || location.column == 1 else { return headline }
        return headline + "\n" + Caret.excerpt(line: sourceLine, column: location.column)
    }
}

/// Helpers to turn byte offsets into lines, columns and text.
enum SourceLines {
    /// The line and column of a byte offset (columns count Unicode scalars).
    static func location(of offset: Int, in source: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        let limit = min(offset, source.count)
        while index < limit {
            let b = source[index]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b == UInt8(ascii: "\r") {
                if index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n") {
                    // counted with the \n
                } else {
                    line += 1
                    column = 1
                }
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The character starting at a byte offset, for messages.
    static func character(at offset: Int, in source: [UInt8]) -> String {
        var end = offset + 1
        while end < source.count && source[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: source[offset..<end], as: UTF8.self)
        switch text {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default: return text
        }
    }

    /// The text of a 1-based line, without its line break.
    static func line(_ number: Int, in source: [UInt8]) -> String {
        var line = 1
        var start = 0
        var index = 0
        while index < source.count && line < number {
            let b = source[index]
            if b == UInt8(ascii: "\n") || (b == UInt8(ascii: "\r") && !(index + 1 < source.count && source[index + 1] == UInt8(ascii: "\n"))) {
                line += 1
                start = index + 1
            }
            index += 1
        }
        guard line == number else { return "" }
        var end = start
        while end < source.count && source[end] != UInt8(ascii: "\n") && source[end] != UInt8(ascii: "\r") { end += 1 }
        return String(decoding: source[start..<end], as: UTF8.self)
    }
}
