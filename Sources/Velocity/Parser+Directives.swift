// Parsing directives: #if/#elseif/#else, #set, and the word directives (#foreach, #macro,
// #define, #evaluate, #break, #stop, #literal, macro calls and unknown words).

import Text

extension Parser {
    /// `IfStatement()`.
    mutating func parseIf() throws(TemplateError) -> Node {
        let opening = try consume()
        var branches: [(condition: Expression, body: Block)] = []
        branches.append(try parseConditionAndBody(directive: "#if"))
        var elseBody: Block?
        while try peek().kind == .elseIfDirective {
            try consume()
            branches.append(try parseConditionAndBody(directive: "#elseif"))
        }
        if try accept(.elseDirective) != nil {
            elseBody = try parseBlock()
        }
        try expectEnd(of: "#if", opening: opening)
        return .ifChain(IfNode(branches: branches, elseBody: elseBody))
    }

    private mutating func parseConditionAndBody(directive: String) throws(TemplateError) -> (condition: Expression, body: Block) {
        try accept(.whitespace)
        try expect(.lParen, "expected '(' after \(directive)")
        let condition = try parseExpression()
        try expect(.rParen, "expected ')' to close the condition of \(directive)")
        return (condition, try parseBlock())
    }

    /// Consumes the `#end` of a block, or explains which directive is left open.
    private mutating func expectEnd(of directive: String, opening: Token) throws(TemplateError) {
        let token = try peek()
        guard token.kind == .end else {
            let opened = location(opening)
            if token.kind == .eof {
                throw TemplateError(kind: .syntax, location: location(token), message: "\(directive) without #end (opened at \(opened))")
            }
            throw unexpected(token, "expected #end to close \(directive) (opened at \(opened))")
        }
        try consume()
    }

    /// `SetDirective()`: `#set( $ref = expression )`.
    mutating func parseSet() throws(TemplateError) -> Node {
        let opening = try consume()
        let bytes = source[opening.start..<opening.end]
        let hashOffset = (bytes.firstIndex(of: UInt8(ascii: "#")) ?? opening.start)
        let place = lines.location(of: hashOffset, in: source)
        try accept(.whitespace)
        let targetToken = try peek()
        guard targetToken.kind == .identifier || targetToken.kind == .lCurly else {
            throw unexpected(targetToken, "#set needs a reference to assign, as in #set($name = value)")
        }
        let target = try parseReference()
        try accept(.whitespace)
        try expect(.equals, "expected '=' in #set")
        let value = try parseExpression()
        try expect(.rParen, "expected ')' to close #set")
        lexer.inSet = false
        try accept(.newline)
        return .set(SetNode(location: place, target: target, value: value))
    }

    /// `Directive()`: a word after `#`, its arguments, and a body for block directives.
    mutating func parseDirective(into nodes: inout Block) throws(TemplateError) {
        let wordToken = try consume()
        let wordImage = image(wordToken)
        let name = wordToken.kind == .bracketedWord
            ? String(wordImage.dropFirst(2).dropLast())
            : String(wordImage.dropFirst())
        let place = location(wordToken)
        let isMacroDefinition = name == "macro"
        let known = directives.contains(name)
        let isBlock = DirectiveNames.block.contains(name) || (!known && name.hasPrefix("@"))
        lexer.state = .directive

        guard lexer.nextNonBlankIsLeftParenthesis() else {
            if isMacroDefinition {
                throw TemplateError(kind: .syntax, location: place, message: "a macro declaration requires at least a name argument, as in #macro(name $arg)")
            }
            lexer.pop()
            lexer.inDirective = false
            try appendDirective(name: name, known: known, arguments: [], body: nil, location: place, start: wordToken.start, into: &nodes)
            return
        }
        try accept(.whitespace)
        try expect(.lParen, "expected '(' after #\(name)")
        var arguments: [Expression] = []
        var position = 0
        while try argumentFollows() {
            try accept(.whitespace)
            if try accept(.comma) != nil { try accept(.whitespace) }
            let argument = try parseDirectiveArgument()
            if case .word = argument.kind {
                if !(isMacroDefinition && position == 0) && known && (name != "foreach" || position != 1) {
                    throw TemplateError(kind: .syntax, location: argument.location, message: "invalid argument #\(position) of #\(name): '\(argument.literal)' is a bare word")
                }
            } else if isMacroDefinition && position == 0 {
                throw TemplateError(kind: .syntax, location: argument.location, message: "the first argument of #macro must be the macro's name, without quotes")
            }
            arguments.append(argument)
            position += 1
        }
        try accept(.whitespace)
        try expect(.rParen, "expected ')' to close the arguments of #\(name)")
        guard isBlock else {
            try appendDirective(name: name, known: known, arguments: arguments, body: nil, location: place, start: wordToken.start, into: &nodes)
            return
        }
        let bodyStart = previous?.end ?? wordToken.end
        let body = try parseBlock()
        let bodyEnd = try peek().start
        try expectEnd(of: "#\(name)", opening: wordToken)
        if name == "literal" {
            Parser.appendText(String(decoding: source[bodyStart..<bodyEnd], as: UTF8.self), to: &nodes)
            return
        }
        try appendDirective(name: name, known: known, arguments: arguments, body: body, location: place, start: wordToken.start, into: &nodes)
    }

    /// The LOOKAHEAD(2) of the argument loop: `[WS] [, [WS]] DirectiveArg`.
    private mutating func argumentFollows() throws(TemplateError) -> Bool {
        let first = try peek().kind
        if Parser.startsDirectiveArgument(first) { return true }
        if first == .comma || first == .whitespace {
            let second = try peek(2).kind
            return Parser.startsDirectiveArgument(second) || (first == .comma && second == .whitespace)
                || (first == .whitespace && second == .comma)
        }
        return false
    }

    private static func startsDirectiveArgument(_ kind: TokenKind) -> Bool {
        switch kind {
        case .identifier, .lCurly, .word, .stringLiteral, .integerLiteral, .lBracket, .floatingPointLiteral,
             .leftCurley, .trueLiteral, .falseLiteral:
            return true
        default:
            return false
        }
    }

    /// `DirectiveArg()`.
    private mutating func parseDirectiveArgument() throws(TemplateError) -> Expression {
        let token = try peek()
        switch token.kind {
        case .identifier, .lCurly:
            let reference = try parseReference()
            return Expression(kind: .reference(reference), location: reference.location, literal: reference.literal)
        case .word:
            try consume()
            return Expression(kind: .word(image(token)), location: location(token), literal: image(token))
        case .stringLiteral: return try parseStringLiteral()
        case .integerLiteral: return try parseInteger()
        case .lBracket: return isRangeAhead() ? try parseRange() : try parseList()
        case .floatingPointLiteral: return try parseFloat()
        case .leftCurley: return try parseMap()
        case .trueLiteral, .falseLiteral:
            try consume()
            return Expression(kind: .boolean(token.kind == .trueLiteral), location: location(token), literal: image(token))
        default:
            throw unexpected(token, "expected a directive argument")
        }
    }

    /// Turns a parsed directive into its node.
    private mutating func appendDirective(name: String, known: Bool, arguments: [Expression], body: Block?,
                                          location place: SourceLocation, start: Int, into nodes: inout Block) throws(TemplateError) {
        directiveUses.append(DirectiveUse(name: name, location: place, firstArgument: arguments.first?.literal))
        guard !known else {
            try appendKnownDirective(name: name, arguments: arguments, body: body, location: place, into: &nodes)
            return
        }
        let callName = name.hasPrefix("@") ? String(name.dropFirst()) : name
        let literal = text(from: start)
        nodes.append(.macroCall(MacroCallNode(location: place, name: callName, arguments: arguments, body: body, literal: literal)))
    }

    /// Builds the node of a built-in directive.
    private mutating func appendKnownDirective(name: String, arguments: [Expression], body: Block?,
                                               location place: SourceLocation, into nodes: inout Block) throws(TemplateError) {
        switch name {
        case "foreach":
            // Velocity checks nothing here: with fewer than three arguments the loop has
            // nothing to iterate; the middle word is not read.
            guard arguments.count >= 3, let body else { return }
            let variable: String
            if case .reference(let reference) = arguments[0].kind {
                variable = reference.rootName
            } else {
                variable = String(arguments[0].literal.dropFirst())
            }
            nodes.append(.foreach(ForeachNode(location: place, variable: variable, variableNumber: numbering.number(of: variable),
                                               names: numbering.token, iterable: arguments[2], body: body)))
        case "macro":
            guard let first = arguments.first, case .word(let macroName) = first.kind, let body else {
                throw TemplateError(kind: .syntax, location: place, message: "a macro declaration requires at least a name argument, as in #macro(name $arg)")
            }
            var parameters: [String] = []
            for argument in arguments.dropFirst() {
                guard case .reference(let reference) = argument.kind else {
                    throw TemplateError(kind: .syntax, location: argument.location, message: "macro parameters must be references like $name")
                }
                parameters.append(reference.rootName)
            }
            // The first definition wins: Velocity 1.7 refuses to replace an inline macro (and
            // every one when inline macros are not allowed).
            macroNames.insert(macroName)
            if allowsInlineMacros && macros[macroName] == nil { macros[macroName] = MacroDefinition(name: macroName, parameters: parameters, body: body, location: place) }
            nodes.append(.macroDefinition)
        case "define":
            guard arguments.count == 1, case .reference(let reference) = arguments[0].kind, let body else {
                throw TemplateError(kind: .syntax, location: place, message: "#define needs one reference, as in #define($block)")
            }
            nodes.append(.define(DefineNode(location: place, name: reference.rootName, body: body)))
        case "evaluate":
            guard arguments.count == 1 else {
                throw TemplateError(kind: .syntax, location: place, message: "#evaluate needs exactly one argument")
            }
            nodes.append(.evaluate(arguments[0], place))
        case "break":
            guard arguments.count <= 1 else {
                throw TemplateError(kind: .syntax, location: place, message: "#break takes at most one argument")
            }
            nodes.append(.breakDirective(arguments.first, place))
        case "stop":
            nodes.append(.stop(place))
        default:
            nodes.append(.unsupported(name: name, location: place))
        }
    }
}
