// The parser: Velocity 1.7's grammar as recursive descent, making the same choices JavaCC
// makes, and driving the lexer's state the same way Velocity's parser does.

import Text

/// Names of Velocity 1.7's directives.
enum DirectiveNames {
    /// Directives that take a body closed by `#end`.
    static let block: Set<String> = ["foreach", "macro", "literal", "define"]
}

/// Parses a template's bytes into a syntax tree.
struct Parser {
    var lexer: Lexer
    let source: [UInt8]
    let lines: LineIndex
    private var buffer: [Token] = []
    private var head = 0
    private var speculating = 0
    /// The last token consumed.
    private(set) var previous: Token?
    /// Macros defined so far (collected from the whole template).
    var macros: [String: MacroDefinition] = [:]
    /// Every `#word` directive and macro call parsed, in source order (lint reads them).
    var directiveUses: [DirectiveUse] = []
    /// Names of the `#macro`s parsed so far, defined or not (Velocity's parser keeps them to
    /// read escapes: `\#name` drops its backslash even when inline macros are refused).
    var macroNames: Set<String> = []
    /// Current nesting depth of blocks and expressions.
    var depth = 0
    /// The numbering of variable names, shared with the parsers of string literals.
    var numbering = NameNumbering()
    /// Deepest nesting accepted before the template is refused.
    static let maxDepth = 150
    /// The directives the engine knows (the configuration's).
    let directives: Set<String>
    /// Whether `#macro` defines macros (the configuration's `allowsInlineMacros`).
    let allowsInlineMacros: Bool

    /// Creates a parser over a template's bytes.
    init(source: [UInt8], configuration: EngineConfiguration) {
        self.init(source: source, directives: configuration.directives, allowsInlineMacros: configuration.allowsInlineMacros)
    }

    /// Creates a parser with the configuration's parts (string literals are parsed this way);
    /// `origin` places the bytes in an enclosing template.
    init(source: [UInt8], directives: Set<String>, allowsInlineMacros: Bool, origin: SourceLocation = SourceLocation(line: 1, column: 1)) {
        self.directives = directives
        self.allowsInlineMacros = allowsInlineMacros
        self.source = source
        self.lexer = Lexer(source: source)
        self.lines = LineIndex(source: source, origin: origin)
    }

    // MARK: - Tokens

    /// The k-th token ahead (1-based), lexing it when needed.
    mutating func peek(_ k: Int = 1) throws(TemplateError) -> Token {
        while buffer.count - head < k {
            buffer.append(try lexer.nextToken())
        }
        return buffer[head + k - 1]
    }

    /// Consumes the next token.
    @discardableResult
    mutating func consume() throws(TemplateError) -> Token {
        let token = try peek()
        head += 1
        previous = token
        if speculating == 0 && head > 4096 {
            buffer.removeFirst(head)
            head = 0
        }
        return token
    }

    /// Consumes the next token when it has the given kind.
    @discardableResult
    mutating func accept(_ kind: TokenKind) throws(TemplateError) -> Token? {
        guard try peek().kind == kind else { return nil }
        return try consume()
    }

    /// Consumes a token of the given kind or fails with `message`.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ message: @autoclosure () -> String) throws(TemplateError) -> Token {
        let token = try peek()
        guard token.kind == kind else { throw unexpected(token, message()) }
        return try consume()
    }

    /// Runs `body` without keeping what it consumes; returns whether it succeeded.
    mutating func lookahead(_ body: (inout Parser) throws(TemplateError) -> Void) -> Bool {
        let savedHead = head
        let savedPrevious = previous
        let savedDepth = depth
        speculating += 1
        defer {
            speculating -= 1
            head = savedHead
            previous = savedPrevious
            depth = savedDepth
        }
        do {
            try body(&self)
            return true
        } catch {
            return false
        }
    }

    /// The image of a token (its text, as Velocity sees it).
    func image(_ token: Token) -> String {
        if let override = token.imageOverride { return override }
        return String(decoding: source[token.start..<token.end], as: UTF8.self)
    }

    /// The location of a token's first character.
    func location(_ token: Token) -> SourceLocation {
        lines.location(of: token.start, in: source)
    }

    /// The source text from `start` to the end of the last consumed token.
    func text(from start: Int) -> String {
        let end = max(start, previous?.end ?? start)
        return String(decoding: source[start..<min(end, source.count)], as: UTF8.self)
    }

    /// An error for a token the grammar does not allow here.
    func unexpected(_ token: Token, _ expectation: String) -> TemplateError {
        let found: String
        switch token.kind {
        case .eof: found = "end of template"
        default:
            var shown = image(token)
            if shown.count > 20 { shown = String(shown.prefix(20)) + "…" }
            shown = shown.replacing("\n", with: "\\n")
            found = "'\(shown)'"
        }
        return TemplateError(kind: .syntax, location: location(token), message: "unexpected \(found); \(expectation)")
    }

    // MARK: - Templates and blocks

    /// Parses a whole template.
    mutating func parseTemplate() throws(TemplateError) -> Block {
        let body = try parseBlock()
        let next = try peek()
        guard next.kind == .eof else {
            switch next.kind {
            case .end: throw TemplateError(kind: .syntax, location: location(next), message: "#end without a matching #if, #foreach, #macro or #define")
            case .elseDirective: throw TemplateError(kind: .syntax, location: location(next), message: "#else without a matching #if")
            case .elseIfDirective: throw TemplateError(kind: .syntax, location: location(next), message: "#elseif without a matching #if")
            default: throw unexpected(next, "Velocity cannot parse this here")
            }
        }
        return body
    }

    /// Parses statements while the next token can start one.
    mutating func parseBlock() throws(TemplateError) -> Block {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maxDepth {
            throw TemplateError(kind: .limit, location: location(try peek()), message: "directives nested more than \(Parser.maxDepth) deep")
        }
        var nodes: Block = []
        while Parser.startsStatement(try peek().kind) {
            try parseStatement(into: &nodes)
        }
        return nodes
    }

    /// Whether a token can start a statement (JavaCC's first set of `Statement`).
    static func startsStatement(_ kind: TokenKind) -> Bool {
        switch kind {
        case .ifDirective, .identifier, .lCurly, .singleLineCommentStart, .multiLineComment, .formalComment,
             .textBlock, .setDirective, .escapeDirective, .doubleEscape, .word, .bracketedWord,
             .lParen, .rParen, .escape, .text, .stringLiteral, .integerLiteral, .floatingPointLiteral,
             .dot, .rCurly, .emptyIndex:
            return true
        default:
            return false
        }
    }

    /// Appends literal text, merging it with preceding text.
    static func appendText(_ text: String, to nodes: inout Block) {
        guard !text.isEmpty else { return }
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
    }

    /// Parses one statement.
    mutating func parseStatement(into nodes: inout Block) throws(TemplateError) {
        let token = try peek()
        if token.kind == .ifDirective {
            nodes.append(try parseIf())
            return
        }
        var startsReference = token.kind == .identifier
        if token.kind == .lCurly { startsReference = try peek(2).kind == .identifier }
        if startsReference {
            let reference = try parseReference()
            nodes.append(.reference(reference))
            return
        }
        switch token.kind {
        case .singleLineCommentStart:
            try consume()
            try accept(.singleLineComment)
            Parser.appendText(commentPrefix(token), to: &nodes)
        case .multiLineComment, .formalComment:
            try consume()
            Parser.appendText(commentPrefix(token), to: &nodes)
        case .textBlock:
            try consume()
            let utf8 = Array(image(token).utf8)
            if utf8.count >= 6 {
                Parser.appendText(String(decoding: utf8[3..<(utf8.count - 3)], as: UTF8.self), to: &nodes)
            } else {
                throw TemplateError(kind: .syntax, location: location(token), message: "malformed #[[ ]]# block")
            }
        case .setDirective:
            nodes.append(try parseSet())
        case .escapeDirective:
            try consume()
            Parser.appendText(escapedDirective(image(token)), to: &nodes)
        case .doubleEscape:
            Parser.appendText(try parseEscape(), to: &nodes)
        case .word, .bracketedWord:
            try parseDirective(into: &nodes)
        default:
            try consume()
            Parser.appendText(tokenLiteral(token), to: &nodes)
        }
    }

    // MARK: - Text

    /// Velocity's `NodeUtils.tokenLiteral`: the `#`, `$` and `\$` of attached special tokens,
    /// then the token's image.
    func tokenLiteral(_ token: Token) -> String {
        guard !token.specials.isEmpty else { return image(token) }
        if let last = token.specials.last, source[last].starts(with: [UInt8(ascii: "#"), UInt8(ascii: "#")]) {
            return image(token)
        }
        var special: [UInt8] = []
        for range in token.specials {
            let bytes = Array(source[range])
            var i = 0
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "#") || c == UInt8(ascii: "$") { special.append(c) }
                if c == UInt8(ascii: "\\") {
                    var j = i
                    var term = false
                    while j < bytes.count {
                        let cc = bytes[j]
                        j += 1
                        if cc == UInt8(ascii: "\\") { continue }
                        if cc == UInt8(ascii: "$") { term = true }
                        break
                    }
                    if term {
                        special.append(contentsOf: bytes[i..<j])
                        i = j
                    }
                }
                i += 1
            }
        }
        return String(decoding: special, as: UTF8.self) + image(token)
    }

    /// What a comment prints: the text glued before its `##` or `#*` (Velocity's ASTComment).
    func commentPrefix(_ token: Token) -> String {
        let text = image(token)
        guard let cut = text.firstRange(of: "##")?.lowerBound ?? text.firstRange(of: "#*")?.lowerBound else { return "" }
        return String(text[..<cut])
    }

    /// Velocity's `escapedDirective`: `\#if` prints `#if`, `\\#if` prints `\#if`; escapes
    /// before a word that is no directive or macro stay as they are.
    func escapedDirective(_ text: String) -> String {
        guard let lastSlash = text.lastIndex(of: "\\") else { return text }
        let directive = text[text.index(after: lastSlash)...]
        var tag = directive.dropFirst()
        if tag.first == "{" { tag = tag.dropFirst().dropLast() }
        let name = String(tag)
        let recognized = directives.contains(name) || macroNames.contains(name)
            || ["if", "end", "set", "else", "elseif", "stop"].contains(name)
        guard recognized else { return text }
        let slashes = text.distance(from: text.startIndex, to: lastSlash)
        return String(repeating: "\\", count: slashes / 2) + directive
    }

    /// `Escape()`: runs of `\\` before a directive print one backslash each, else two.
    mutating func parseEscape() throws(TemplateError) -> String {
        var count = 0
        while try accept(.doubleEscape) != nil { count += 1 }
        let next = try peek()
        var control = [.ifDirective, .elseDirective, .elseIfDirective, .end].contains(next.kind)
        if !control && next.kind != .eof {
            let tag = String(image(next).dropFirst())
            control = directives.contains(tag) || macroNames.contains(tag)
        }
        return String(repeating: control ? "\\" : "\\\\", count: count)
    }
}
