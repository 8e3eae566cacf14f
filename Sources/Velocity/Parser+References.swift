// Parsing references: `$a`, `${a}`, `$!a`, `$a.b`, `$a.b(1, 'x')`, `$a[0]`, and Velocity
// 1.7's treatment of the backslashes and stray characters glued before the `$`.

extension Parser {
    /// `Reference()`: a root identifier, indexes, then `.property` / `.method(...)` steps.
    mutating func parseReference() throws(TemplateError) -> ReferenceNode {
        let first = try consume()
        var rootToken = first
        let formal = first.kind == .lCurly
        if formal {
            rootToken = try expect(.identifier, "a reference needs a name after '${'")
        } else if first.kind != .identifier {
            throw unexpected(first, "expected a reference")
        }
        var modifiers: [Modifier] = []
        try parseIndexes(into: &modifiers)
        while try peek().kind == .dot, try peek(2).kind == .identifier {
            try consume()
            let name = try consume()
            let nameText = image(name)
            if try peek().kind == .lParen, Parser.startsMethodArgument(try peek(2).kind) {
                try consume()
                var arguments: [Expression] = []
                if Parser.startsParameter(try peek().kind) {
                    arguments.append(try parseParameter())
                    while try accept(.comma) != nil {
                        arguments.append(try parseParameter())
                    }
                }
                try expect(.refMod2RParen, "expected ')' to close the arguments of .\(nameText)(")
                modifiers.append(.method(MethodCall(name: nameText, arguments: arguments, location: location(name))))
            } else {
                modifiers.append(.property(PropertyStep(name: nameText, location: location(name))))
            }
            try parseIndexes(into: &modifiers)
        }
        if formal {
            try expect(.rCurly, "expected '}' to close '${'")
        }
        return makeReference(first: first, root: rootToken, modifiers: modifiers)
    }

    /// `(Index())*`: `[ IndexParameter ]` steps.
    private mutating func parseIndexes(into modifiers: inout [Modifier]) throws(TemplateError) {
        while let open = try accept(.indexLBracket) {
            try accept(.whitespace)
            let start = try peek()
            let argument: Expression
            switch start.kind {
            case .stringLiteral: argument = try parseStringLiteral()
            case .integerLiteral: argument = try parseInteger()
            case .trueLiteral, .falseLiteral:
                try consume()
                argument = Expression(kind: .boolean(start.kind == .trueLiteral), location: location(start), literal: image(start))
            case .identifier, .lCurly:
                let reference = try parseReference()
                argument = Expression(kind: .reference(reference), location: reference.location, literal: reference.literal)
            default:
                throw unexpected(start, "an index must be a string, an integer, a boolean or a reference")
            }
            try accept(.whitespace)
            try expect(.indexRBracket, "expected ']' to close the index")
            modifiers.append(.index(IndexStep(expression: argument, location: location(open))))
        }
    }

    /// Whether the third token of `name(` ... lets JavaCC's LOOKAHEAD(3) choose a method call.
    static func startsMethodArgument(_ kind: TokenKind) -> Bool {
        kind == .refMod2RParen || startsParameter(kind)
    }

    /// Whether a token can start `Parameter()`.
    static func startsParameter(_ kind: TokenKind) -> Bool {
        switch kind {
        case .whitespace, .stringLiteral, .integerLiteral, .lBracket, .leftCurley, .trueLiteral, .falseLiteral,
             .identifier, .lCurly, .floatingPointLiteral:
            return true
        default:
            return false
        }
    }

    /// Builds the node the way Velocity 1.7's `ASTReference.getRoot` reads the first token.
    private func makeReference(first: Token, root: Token, modifiers: [Modifier]) -> ReferenceNode {
        let place = location(first)
        var text = Array(image(first).utf8)
        let rest = String(decoding: source[first.end..<max(first.end, previous?.end ?? first.end)], as: UTF8.self)
        let backslash = UInt8(ascii: "\\")
        let dollar = UInt8(ascii: "$")

        // `$\!a`: not a reference at all; prints its text with one backslash less.
        if let slashBang = Parser.find([backslash, UInt8(ascii: "!")], in: text), slashBang >= 0 {
            var printed = String(decoding: text, as: UTF8.self)
            if var i = text.firstIndex(of: dollar) {
                while i < text.count && text[i] != backslash { i += 1 }
                let start = i
                var count = 0
                while i < text.count && text[i] == backslash { count += 1; i += 1 }
                printed = String(decoding: text[0..<start] + text[start..<(start + count - 1)] + text[(start + count)...], as: UTF8.self)
            }
            return ReferenceNode(location: place, kind: .normal, rootName: printed, modifiers: [], escaped: false,
                                 escapePrefix: "", morePrefix: "", literal: printed, nullString: printed,
                                 computable: false, firstImage: printed, numbering: numbering)
        }

        var escaped = false
        var escapePrefix = ""
        if text.first == backslash {
            var i = 0
            while i < text.count && text[i] == backslash { i += 1 }
            escaped = i % 2 != 0
            escapePrefix = String(decoding: text[0..<(i / 2)], as: UTF8.self)
            text.removeFirst(i)
        }
        var morePrefix = ""
        if let lastDollar = text.lastIndex(of: dollar), lastDollar > 0 {
            morePrefix = String(decoding: text[0..<lastDollar], as: UTF8.self)
            text.removeFirst(lastDollar)
        }
        let stripped = String(decoding: text, as: UTF8.self)
        let literal = stripped + rest
        var nullString = literal
        let kind: ReferenceKind
        let rootName: String
        if stripped.hasPrefix("$!") {
            kind = .quiet
            if !escaped { nullString = "" }
            rootName = stripped.hasPrefix("$!{") ? image(root) : String(stripped.dropFirst(2))
        } else if stripped == "${" {
            kind = .formal
            rootName = image(root)
        } else if stripped.hasPrefix("$") {
            kind = .normal
            rootName = String(stripped.dropFirst())
        } else {
            return ReferenceNode(location: place, kind: .text, rootName: stripped, modifiers: [], escaped: false,
                                 escapePrefix: "", morePrefix: "", literal: stripped, nullString: stripped, numbering: numbering)
        }
        return ReferenceNode(location: place, kind: kind, rootName: rootName, modifiers: modifiers, escaped: escaped,
                             escapePrefix: escapePrefix, morePrefix: morePrefix, literal: literal, nullString: nullString,
                             firstImage: stripped, numbering: numbering)
    }

    /// The first index of `needle` in `haystack`, or nil.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
            return i
        }
        return nil
    }
}
