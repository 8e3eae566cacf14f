// Parsing expressions: literals, lists, maps, ranges, arithmetic, comparisons and logic,
// with Velocity 1.7's precedence (or < and < equality < relational < additive < multiplicative).

import Text

extension Parser {
    /// `Expression()`.
    mutating func parseExpression() throws(TemplateError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth {
            throw TemplateError(kind: .limit, location: location(try peek()), message: "expression nested more than \(Parser.maxDepth) deep")
        }
        return try parseBinary(level: 0)
    }

    private static let levels: [[TokenKind: BinaryOperator]] = [
        [.logicalOr: .or],
        [.logicalAnd: .and],
        [.logicalEquals: .equal, .logicalNotEquals: .notEqual],
        [.logicalLT: .less, .logicalGT: .greater, .logicalLE: .lessOrEqual, .logicalGE: .greaterOrEqual],
        [.plus: .add, .minus: .subtract],
        [.multiply: .multiply, .divide: .divide, .modulus: .modulo],
    ]

    private mutating func parseBinary(level: Int) throws(TemplateError) -> Expression {
        guard level < Parser.levels.count else { return try parseUnary() }
        let startToken = try peek()
        var left = try parseBinary(level: level + 1)
        while let op = Parser.levels[level][try peek().kind] {
            let operatorToken = try consume()
            let right = try parseBinary(level: level + 1)
            left = Expression(kind: .binary(op, left, right), location: location(operatorToken),
                              literal: text(from: startToken.start).trimmingWhitespace())
        }
        return left
    }

    /// `UnaryExpression()`: `[WS] ! Unary` or a primary expression.
    private mutating func parseUnary() throws(TemplateError) -> Expression {
        let first = try peek()
        var isNot = first.kind == .logicalNot
        if !isNot && first.kind == .whitespace { isNot = try peek(2).kind == .logicalNot }
        guard isNot else { return try parsePrimary() }
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth {
            throw TemplateError(kind: .limit, location: location(first), message: "expression nested more than \(Parser.maxDepth) deep")
        }
        try accept(.whitespace)
        let notToken = try consume()
        let operand = try parseUnary()
        return Expression(kind: .not(operand), location: location(notToken), literal: text(from: notToken.start))
    }

    /// `PrimaryExpression()`.
    private mutating func parsePrimary() throws(TemplateError) -> Expression {
        try accept(.whitespace)
        let token = try peek()
        let expression: Expression
        switch token.kind {
        case .stringLiteral: expression = try parseStringLiteral()
        case .identifier, .lCurly:
            let reference = try parseReference()
            expression = Expression(kind: .reference(reference), location: reference.location, literal: reference.literal)
        case .integerLiteral: expression = try parseInteger()
        case .lBracket: expression = isRangeAhead() ? try parseRange() : try parseList()
        case .floatingPointLiteral: expression = try parseFloat()
        case .leftCurley: expression = try parseMap()
        case .trueLiteral, .falseLiteral:
            try consume()
            expression = Expression(kind: .boolean(token.kind == .trueLiteral), location: location(token), literal: image(token))
        case .lParen:
            try consume()
            expression = try parseExpression()
            try expect(.rParen, "expected ')' to close '('")
        default:
            throw unexpected(token, "expected a value (a reference, a literal, a list, a map or '(')")
        }
        try accept(.whitespace)
        return expression
    }

    /// `Parameter()`: a method argument or a list/map element.
    mutating func parseParameter() throws(TemplateError) -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth {
            throw TemplateError(kind: .limit, location: location(try peek()), message: "expression nested more than \(Parser.maxDepth) deep")
        }
        try accept(.whitespace)
        let token = try peek()
        let expression: Expression
        switch token.kind {
        case .stringLiteral: expression = try parseStringLiteral()
        case .integerLiteral: expression = try parseInteger()
        case .lBracket: expression = isRangeAhead() ? try parseRange() : try parseList()
        case .leftCurley: expression = try parseMap()
        case .trueLiteral, .falseLiteral:
            try consume()
            expression = Expression(kind: .boolean(token.kind == .trueLiteral), location: location(token), literal: image(token))
        case .identifier, .lCurly:
            let reference = try parseReference()
            expression = Expression(kind: .reference(reference), location: reference.location, literal: reference.literal)
        case .floatingPointLiteral: expression = try parseFloat()
        default:
            throw unexpected(token, "expected an argument (a reference, a literal, a list or a map)")
        }
        try accept(.whitespace)
        return expression
    }

    /// JavaCC's syntactic lookahead for a range: `[ [WS] (Reference | Integer) [WS] ..`.
    mutating func isRangeAhead() -> Bool {
        lookahead { (parser: inout Parser) throws(TemplateError) in
            try parser.expect(.lBracket, "")
            try parser.accept(.whitespace)
            if try parser.peek().kind == .integerLiteral {
                try parser.consume()
            } else {
                _ = try parser.parseReference()
            }
            try parser.accept(.whitespace)
            try parser.expect(.doubleDot, "")
        }
    }

    /// `IntegerRange()`: `[a..b]`.
    mutating func parseRange() throws(TemplateError) -> Expression {
        let open = try expect(.lBracket, "expected '['")
        try accept(.whitespace)
        let from = try parseRangeBound()
        try accept(.whitespace)
        try expect(.doubleDot, "expected '..' in the range")
        try accept(.whitespace)
        let to = try parseRangeBound()
        try accept(.whitespace)
        try expect(.rBracket, "expected ']' to close the range")
        return Expression(kind: .range(from, to), location: location(open), literal: text(from: open.start))
    }

    private mutating func parseRangeBound() throws(TemplateError) -> Expression {
        if try peek().kind == .integerLiteral { return try parseInteger() }
        let token = try peek()
        guard token.kind == .identifier || token.kind == .lCurly else {
            throw unexpected(token, "a range bound must be an integer or a reference")
        }
        let reference = try parseReference()
        return Expression(kind: .reference(reference), location: reference.location, literal: reference.literal)
    }

    /// `ObjectArray()`: `[a, b, c]`.
    mutating func parseList() throws(TemplateError) -> Expression {
        let open = try expect(.lBracket, "expected '['")
        var elements: [Expression] = []
        if Parser.startsParameter(try peek().kind) {
            elements.append(try parseParameter())
            while try accept(.comma) != nil {
                elements.append(try parseParameter())
            }
        }
        try expect(.rBracket, "expected ']' to close the list")
        return Expression(kind: .list(elements), location: location(open), literal: text(from: open.start))
    }

    /// `Map()`: `{key : value, ...}`.
    mutating func parseMap() throws(TemplateError) -> Expression {
        let open = try expect(.leftCurley, "expected '{'")
        var entries: [MapEntryExpression] = []
        let first = try peek()
        let hasEntries: Bool
        if first.kind == .whitespace {
            let second = try peek(2).kind
            hasEntries = Parser.startsParameter(second) && second != .whitespace
        } else {
            hasEntries = Parser.startsParameter(first.kind)
        }
        if hasEntries {
            repeat {
                let key = try parseParameter()
                try expect(.colon, "expected ':' between a map key and its value")
                let value = try parseParameter()
                entries.append(MapEntryExpression(key: key, value: value))
            } while try accept(.comma) != nil
        } else {
            try accept(.whitespace)
        }
        let close = try peek()
        guard close.kind == .rightCurley || close.kind == .rCurly else {
            throw unexpected(close, "expected '}' to close the map")
        }
        try consume()
        return Expression(kind: .map(entries), location: location(open), literal: text(from: open.start))
    }

    /// An integer literal: Integer, else Long (a larger one is refused).
    mutating func parseInteger() throws(TemplateError) -> Expression {
        let token = try consume()
        let text = image(token)
        guard let value = Int(text) else {
            return Expression(kind: .bigInteger(text), location: location(token), literal: text)
        }
        return Expression(kind: .integer(value), location: location(token), literal: text)
    }

    /// A floating point literal (a Java Double).
    mutating func parseFloat() throws(TemplateError) -> Expression {
        let token = try consume()
        let text = image(token)
        guard let value = Double(text) else {
            throw TemplateError(kind: .syntax, location: location(token), message: "malformed number \(text)")
        }
        return Expression(kind: .double(value), location: location(token), literal: text)
    }

    /// A string literal: `'plain'`, or `"interpolated $x #if(...)"`.
    mutating func parseStringLiteral() throws(TemplateError) -> Expression {
        let token = try consume()
        let place = location(token)
        let raw = Array(source[token.start..<token.end])
        let quote = raw[0]
        var content = Array(raw[1..<(raw.count - 1)])
        let doubleQuoted = quote == UInt8(ascii: "\"")
        if doubleQuoted {
            content = try StringLiteralText.unescapeUnicode(content, at: place)
        }
        content = StringLiteralText.collapseDoubledQuotes(content, quote: quote)
        let interpolate = doubleQuoted && (raw.contains(UInt8(ascii: "$")) || raw.contains(UInt8(ascii: "#")))
        let literalText = image(token)
        guard interpolate else {
            return Expression(kind: .string(String(decoding: content, as: UTF8.self)), location: place, literal: literalText)
        }
        let containsLineComment = Parser.find([UInt8(ascii: "#"), UInt8(ascii: "#")], in: content) != nil
        if !containsLineComment { content.append(UInt8(ascii: " ")) }
        var inner = Parser(source: content, directives: directives, allowsInlineMacros: allowsInlineMacros,
                           origin: SourceLocation(line: place.line, column: place.column + 1))
        inner.macros = macros
        inner.macroNames = macroNames
        inner.numbering = numbering
        inner.depth = depth + 1
        let body = try inner.parseTemplate()
        directiveUses += inner.directiveUses
        for (name, macro) in inner.macros where macros[name] == nil {
            macros[name] = macro
        }
        macroNames.formUnion(inner.macroNames)
        return Expression(kind: .interpolated(body, keepsLastCharacter: containsLineComment), location: place, literal: literalText)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// The processing Velocity 1.7 applies to a string literal's text.
enum StringLiteralText {
    /// Replaces `\uXXXX` escapes by their characters (the only escape Velocity 1.7 knows).
    static func unescapeUnicode(_ bytes: [UInt8], at location: SourceLocation) throws(TemplateError) -> [UInt8] {
        guard Parser.find([UInt8(ascii: "\\"), UInt8(ascii: "u")], in: bytes) != nil else { return bytes }
        var units: [UInt16] = []
        let text = Array(String(decoding: bytes, as: UTF8.self).utf16)
        var i = 0
        while i < text.count {
            if text[i] == 0x5C, i + 1 < text.count, text[i + 1] == 0x75 {
                guard i + 6 <= text.count,
                      let value = UInt16(String(decoding: text[(i + 2)..<(i + 6)], as: UTF16.self), radix: 16) else {
                    throw TemplateError(kind: .syntax, location: location, message: "malformed \\u escape in a string literal")
                }
                units.append(value)
                i += 6
            } else {
                units.append(text[i])
                i += 1
            }
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// `""` becomes `"` in a double-quoted literal, `''` becomes `'` in a single-quoted one.
    static func collapseDoubledQuotes(_ bytes: [UInt8], quote: UInt8) -> [UInt8] {
        guard bytes.contains(quote) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            result.append(bytes[i])
            if bytes[i] == quote && i + 1 < bytes.count && bytes[i + 1] == quote {
                i += 2
            } else {
                i += 1
            }
        }
        return result
    }
}
