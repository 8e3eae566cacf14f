// The lexer: an emulation of the token manager JavaCC generated for Velocity 1.7.
//
// Velocity's whitespace and escaping behaviour falls out of its lexer's states and of JavaCC's
// rules (longest match wins, the earlier declaration wins a tie, MORE prefixes join the next
// token, SPECIAL tokens attach to the next token), so this lexer reproduces exactly those.

/// The lexical states of Velocity 1.7's token manager.
enum LexState: UInt8, Sendable {
    case reference, refModifier, refIndex, directive, refMod2, normal
    case inTextBlock, inMultiLineComment, inFormalComment, inSingleLineComment, preDirective
}

/// What the token manager does with a match.
enum MatchCategory {
    case token, special, skip, more
}

/// The lexer over a template's UTF-8 bytes.
struct Lexer {
    let source: [UInt8]
    var position = 0
    var state: LexState = .normal
    var lparen = 0
    var rparen = 0
    var inReference = false
    var inDirective = false
    var inComment = false
    var inSet = false
    private var stack: [(lparen: Int, rparen: Int, state: LexState)] = []
    /// The run of backslashes last measured, kept while the lexer walks through it.
    private var backslashRun: Range<Int> = 0..<0

    /// Creates a lexer over the bytes of a template.
    init(source: [UInt8]) {
        self.source = source
    }

    // MARK: - State stack

    /// Velocity's `stateStackPush`: saves the state and the parenthesis counts.
    mutating func push() {
        stack.append((lparen, rparen, state))
        lparen = 0
    }

    /// Velocity's `stateStackPop`: restores the saved state (or DEFAULT when empty).
    @discardableResult
    mutating func pop() -> Bool {
        guard let saved = stack.popLast() else {
            lparen = 0
            state = .normal
            return false
        }
        lparen = saved.lparen
        rparen = saved.rparen
        state = saved.state
        return true
    }

    /// Velocity's `RPARENHandler`: a `)` closes the directive whose parentheses balance.
    private mutating func rparenHandler() {
        var closed = inComment
        while !closed {
            if lparen > 0 {
                if lparen == rparen + 1 {
                    pop()
                } else {
                    rparen += 1
                }
                closed = true
            } else if !pop() {
                break
            }
        }
    }

    /// Velocity's `isLeftParenthesis`: is the next non-blank character a `(`?
    func nextNonBlankIsLeftParenthesis() -> Bool {
        var index = position
        while index < source.count {
            switch source[index] {
            case UInt8(ascii: "("): return true
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            default: return false
            }
        }
        return false
    }

    // MARK: - Tokens

    /// The next token; throws a located error where Velocity's lexer fails.
    mutating func nextToken() throws(TemplateError) -> Token {
        var specials: [Range<Int>] = []
        while true {
            if position >= source.count {
                return Token(kind: .eof, start: position, end: position, imageOverride: nil, specials: specials)
            }
            let tokenStart = position
            matching: while true {
                guard let (rule, length) = bestMatch(at: position) else {
                    throw lexicalError(at: position, tokenStart: tokenStart)
                }
                let matchEnd = position + length
                position = matchEnd
                switch rule.category {
                case .token:
                    var token = Token(kind: rule.tokenKind, start: tokenStart, end: matchEnd, imageOverride: nil, specials: specials)
                    tokenAction(rule, token: &token)
                    token.end = position
                    return token
                case .special:
                    specials.append(tokenStart..<matchEnd)
                    specialAction(rule)
                    break matching
                case .skip:
                    break matching
                case .more:
                    moreAction(rule)
                    if position >= source.count {
                        throw lexicalError(at: position, tokenStart: tokenStart)
                    }
                }
            }
        }
    }

    private func lexicalError(at offset: Int, tokenStart: Int) -> TemplateError {
        let location = SourceLines.location(of: offset, in: source)
        if offset >= source.count {
            let started = SourceLines.location(of: tokenStart, in: source)
            return TemplateError(kind: .syntax, location: location,
                                 message: "unexpected end of template inside the construct started at \(started.line):\(started.column)")
        }
        let character = SourceLines.character(at: offset, in: source)
        return TemplateError(kind: .syntax, location: location, message: "unexpected character '\(character)'")
    }

    // MARK: - Actions

    private mutating func tokenAction(_ rule: LexRule, token: inout Token) {
        switch rule {
        case .indexLBracket:
            push()
            state = .refIndex
        case .indexRBracket:
            pop()
        case .lParen:
            if !inComment { lparen += 1 }
            if state == .refModifier { state = .refMod2 }
        case .rParen:
            rparenHandler()
        case .refMod2RParen:
            state = .reference
        case .setDirective:
            if !inComment {
                inDirective = true
                push()
                inSet = true
                state = .directive
                lparen += 1
            }
        case .singleLineCommentStart:
            if !inComment {
                if state == .reference {
                    inReference = false
                    pop()
                }
                inComment = true
                push()
                state = .inSingleLineComment
            }
        case .singleLineComment, .formalComment, .multiLineComment, .textBlock:
            inComment = false
            pop()
        case .stringLiteral:
            if state == .directive && !inSet && lparen == 0 { pop() }
        case .newline:
            pop()
            inSet = false
            inDirective = false
        case .end, .elseDirective:
            inDirective = false
            pop()
        case .ifDirective, .elseIfDirective:
            state = .directive
        case .integerLiteral:
            if position - token.start >= 2 && source[position - 1] == UInt8(ascii: ".") && source[position - 2] == UInt8(ascii: ".") {
                position -= 2
            }
            if lparen == 0 && !inSet && state != .refMod2 && state != .refIndex { pop() }
        case .floatingPointLiteral:
            if lparen == 0 && !inSet && state != .refMod2 { pop() }
        case .dot:
            position -= 1
            token.imageOverride = "."
            state = .refModifier
        case .rCurly:
            pop()
        default:
            break
        }
    }

    private mutating func specialAction(_ rule: LexRule) {
        switch rule {
        case .referenceTerminator:
            position -= 1
            inReference = false
            pop()
        case .directiveTerminator:
            position -= 1
            inDirective = false
            pop()
        default:
            break
        }
    }

    private mutating func moreAction(_ rule: LexRule) {
        guard !inComment else { return }
        switch rule {
        case .dollar, .dollarBang:
            if state == .reference {
                inReference = false
                pop()
            }
            inReference = true
            push()
            state = .reference
        case .textBlockStart:
            inComment = true
            push()
            state = .inTextBlock
        case .formalCommentStart:
            position -= 1
            inComment = true
            push()
            state = .inFormalComment
        case .multiLineCommentStart:
            inComment = true
            push()
            state = .inMultiLineComment
        case .hash:
            if state == .reference || state == .refModifier {
                inReference = false
                pop()
            }
            inDirective = true
            push()
            state = .preDirective
        default:
            break
        }
    }

    // MARK: - Matching

    /// The rule JavaCC would pick at `offset` in the current state: the longest match, the
    /// earliest declared rule on a tie.
    private mutating func bestMatch(at offset: Int) -> (LexRule, Int)? {
        if offset < source.count, source[offset] == UInt8(ascii: "\\"), !backslashRun.contains(offset) {
            var end = offset
            while end < source.count, source[end] == UInt8(ascii: "\\") { end += 1 }
            backslashRun = offset..<end
        }
        var best: (LexRule, Int)?
        for rule in LexRule.rules(for: state) {
            let length = rule.matchLength(in: source, at: offset, backslashRun: backslashRun)
            if length > 0 && length > (best?.1 ?? 0) {
                best = (rule, length)
            }
        }
        return best
    }
}
