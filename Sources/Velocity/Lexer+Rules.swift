// The regular expressions of Velocity 1.7's lexer, in declaration order (JavaCC breaks ties
// between equally long matches by that order), with the lexical states each is active in.

/// One lexical rule of Velocity 1.7's grammar. The case order is the declaration order.
enum LexRule: Int, CaseIterable, Sendable {
    case indexLBracket, indexRBracket, lBracket, rBracket, comma, doubleDot, colon
    case leftCurley, rightCurley, lParen, rParen, refMod2RParen, escapeDirective, setDirective
    case dollar, dollarBang, textBlockStart, formalCommentStart, multiLineCommentStart, hash
    case singleLineCommentStart, doubleEscape, escape, text
    case singleLineComment, formalComment, multiLineComment, textBlock
    case commentSkip, textBlockMore
    case whitespace, stringLiteral, trueLiteral, falseLiteral, newline
    case minus, plus, multiply, divide, modulus
    case logicalAnd, logicalOr, logicalLT, logicalLE, logicalGT, logicalGE
    case logicalEquals, logicalNotEquals, logicalNot, equals
    case end, ifDirective, elseIfDirective, elseDirective
    case integerLiteral, floatingPointLiteral, word, bracketedWord
    case identifier, dot, lCurly, rCurly
    case referenceTerminator, directiveTerminator, emptyIndex

    /// What the token manager does with a match of this rule.
    var category: MatchCategory {
        switch self {
        case .dollar, .dollarBang, .textBlockStart, .formalCommentStart, .multiLineCommentStart, .hash, .textBlockMore:
            return .more
        case .commentSkip: return .skip
        case .referenceTerminator, .directiveTerminator: return .special
        default: return .token
        }
    }

    /// The token kind a TOKEN rule produces.
    var tokenKind: TokenKind {
        switch self {
        case .indexLBracket: return .indexLBracket
        case .indexRBracket: return .indexRBracket
        case .lBracket: return .lBracket
        case .rBracket: return .rBracket
        case .comma: return .comma
        case .doubleDot: return .doubleDot
        case .colon: return .colon
        case .leftCurley: return .leftCurley
        case .rightCurley: return .rightCurley
        case .lParen: return .lParen
        case .rParen: return .rParen
        case .refMod2RParen: return .refMod2RParen
        case .escapeDirective: return .escapeDirective
        case .setDirective: return .setDirective
        case .singleLineCommentStart: return .singleLineCommentStart
        case .doubleEscape: return .doubleEscape
        case .escape: return .escape
        case .text: return .text
        case .singleLineComment: return .singleLineComment
        case .formalComment: return .formalComment
        case .multiLineComment: return .multiLineComment
        case .textBlock: return .textBlock
        case .whitespace: return .whitespace
        case .stringLiteral: return .stringLiteral
        case .trueLiteral: return .trueLiteral
        case .falseLiteral: return .falseLiteral
        case .newline: return .newline
        case .minus: return .minus
        case .plus: return .plus
        case .multiply: return .multiply
        case .divide: return .divide
        case .modulus: return .modulus
        case .logicalAnd: return .logicalAnd
        case .logicalOr: return .logicalOr
        case .logicalLT: return .logicalLT
        case .logicalLE: return .logicalLE
        case .logicalGT: return .logicalGT
        case .logicalGE: return .logicalGE
        case .logicalEquals: return .logicalEquals
        case .logicalNotEquals: return .logicalNotEquals
        case .logicalNot: return .logicalNot
        case .equals: return .equals
        case .end: return .end
        case .ifDirective: return .ifDirective
        case .elseIfDirective: return .elseIfDirective
        case .elseDirective: return .elseDirective
        case .integerLiteral: return .integerLiteral
        case .floatingPointLiteral: return .floatingPointLiteral
        case .word: return .word
        case .bracketedWord: return .bracketedWord
        case .identifier: return .identifier
        case .dot: return .dot
        case .lCurly: return .lCurly
        case .rCurly: return .rCurly
        case .emptyIndex: return .emptyIndex
        default: return .eof
        }
    }

    /// The lexical states the rule is active in.
    private var states: Set<LexState> {
        // Velocity 1.7 declares these in every state, but inside #[[ ]]# only the block's end
        // and its catch-all apply (the oracle shows `##` and `$` are plain text there).
        let moreAndComment: Set<LexState> = [.reference, .refModifier, .refIndex, .directive, .refMod2, .normal,
                                             .inMultiLineComment, .inFormalComment, .inSingleLineComment, .preDirective]
        switch self {
        case .indexLBracket: return [.reference, .refModifier]
        case .indexRBracket: return [.refIndex]
        case .lBracket, .rBracket, .comma, .doubleDot, .colon, .leftCurley, .rightCurley: return [.directive, .refMod2]
        case .lParen: return [.directive, .refModifier]
        case .rParen: return [.directive]
        case .refMod2RParen: return [.refMod2]
        case .escapeDirective: return [.normal]
        case .setDirective: return [.normal, .reference, .refModifier, .refMod2]
        case .dollar, .dollarBang, .textBlockStart, .formalCommentStart, .multiLineCommentStart, .hash:
            return moreAndComment
        case .singleLineCommentStart:
            // Declared for every state, yet Velocity 1.7 only matches it in these: after `$a.`,
            // inside a reference's `(...)` and `[...]`, and inside comments `##` lexes as two `#`.
            return [.normal, .reference, .directive, .preDirective]
        case .doubleEscape, .escape, .text: return [.normal]
        case .singleLineComment: return [.inSingleLineComment]
        case .formalComment: return [.inFormalComment]
        case .multiLineComment: return [.inMultiLineComment]
        case .textBlock: return [.inTextBlock]
        case .commentSkip: return [.inSingleLineComment, .inFormalComment, .inMultiLineComment]
        case .textBlockMore: return [.inTextBlock]
        case .whitespace, .stringLiteral: return [.directive, .refMod2, .refIndex]
        case .trueLiteral, .falseLiteral: return [.reference, .directive, .refModifier, .refMod2, .refIndex]
        case .newline, .minus, .plus, .multiply, .divide, .modulus, .logicalAnd, .logicalOr, .logicalLT, .logicalLE,
             .logicalGT, .logicalGE, .logicalEquals, .logicalNotEquals, .logicalNot, .equals:
            return [.directive]
        case .end, .ifDirective, .elseIfDirective, .elseDirective: return [.preDirective]
        case .integerLiteral, .floatingPointLiteral: return [.preDirective, .directive, .refMod2, .refIndex]
        case .word, .bracketedWord: return [.preDirective, .directive]
        case .identifier, .dot: return [.reference, .refModifier, .refMod2]
        case .lCurly, .rCurly: return [.reference, .refModifier]
        case .referenceTerminator: return [.reference, .refModifier]
        case .directiveTerminator: return [.preDirective]
        case .emptyIndex: return [.normal, .reference]
        }
    }

    private static let table: [[LexRule]] = {
        let allStates: [LexState] = [.reference, .refModifier, .refIndex, .directive, .refMod2, .normal,
                                     .inTextBlock, .inMultiLineComment, .inFormalComment, .inSingleLineComment, .preDirective]
        var table = Array(repeating: [LexRule](), count: allStates.count)
        // Rule by rule, so each rule's state set is built once (a tenth of a millisecond less at
        // every start); appending in declaration order keeps each state's list in that order.
        for rule in LexRule.allCases {
            let states = rule.states
            for state in allStates where states.contains(state) { table[Int(state.rawValue)].append(rule) }
        }
        return table
    }()

    /// The rules active in a state, in declaration order.
    static func rules(for state: LexState) -> [LexRule] {
        table[Int(state.rawValue)]
    }

    // MARK: - Matching

    /// The length of this rule's longest match at `offset` (0 when it does not match);
    /// `backslashRun` is a run of backslashes already measured, when `offset` is in one.
    func matchLength(in s: [UInt8], at offset: Int, backslashRun: Range<Int> = 0..<0) -> Int {
        let m = ByteMatcher(s: s, backslashRun: backslashRun)
        let p = offset
        switch self {
        case .indexLBracket, .lBracket: return m.literal("[", at: p)
        case .indexRBracket, .rBracket: return m.literal("]", at: p)
        case .comma: return m.literal(",", at: p)
        case .doubleDot: return m.literal("..", at: p)
        case .colon: return m.literal(":", at: p)
        case .leftCurley, .lCurly: return m.literal("{", at: p)
        case .rightCurley, .rCurly: return m.literal("}", at: p)
        case .lParen: return m.literal("(", at: p)
        case .rParen:
            guard m.byte(p) == UInt8(ascii: ")") else { return 0 }
            var q = p + 1
            while m.byte(q) == UInt8(ascii: " ") || m.byte(q) == UInt8(ascii: "\t") { q += 1 }
            let newline = m.newlineLength(at: q)
            return newline > 0 ? q + newline - p : 1
        case .refMod2RParen: return m.literal(")", at: p)
        case .escapeDirective: return m.escapeDirective(at: p)
        case .setDirective: return m.setDirective(at: p)
        case .dollar:
            let slashes = m.run(of: "\\", at: p)
            return m.byte(p + slashes) == UInt8(ascii: "$") ? slashes + 1 : 0
        case .dollarBang:
            let slashes = m.run(of: "\\", at: p)
            guard m.byte(p + slashes) == UInt8(ascii: "$") else { return 0 }
            let more = m.run(of: "\\", at: p + slashes + 1)
            return m.byte(p + slashes + 1 + more) == UInt8(ascii: "!") ? slashes + more + 2 : 0
        case .textBlockStart: return m.literal("#[[", at: p)
        case .formalCommentStart:
            guard m.literal("#**", at: p) == 3, let next = m.byte(p + 3), next != UInt8(ascii: "#") else { return 0 }
            return 4
        case .multiLineCommentStart: return m.literal("#*", at: p)
        case .hash: return m.literal("#", at: p)
        case .singleLineCommentStart: return m.literal("##", at: p)
        case .doubleEscape: return m.literal("\\\\", at: p)
        case .escape: return m.literal("\\", at: p)
        case .text:
            var q = p
            while let b = m.byte(q), b != UInt8(ascii: "$"), b != UInt8(ascii: "#"), b != UInt8(ascii: "\\") { q += 1 }
            return q - p
        case .singleLineComment, .newline: return m.newlineLength(at: p)
        case .formalComment, .multiLineComment: return m.literal("*#", at: p)
        case .textBlock: return m.literal("]]#", at: p)
        case .commentSkip, .textBlockMore, .referenceTerminator, .directiveTerminator:
            return p < s.count ? 1 : 0
        case .whitespace:
            var q = p
            while let b = m.byte(q), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { q += 1 }
            return q - p
        case .stringLiteral: return m.stringLiteral(at: p)
        case .trueLiteral: return m.literal("true", at: p)
        case .falseLiteral: return m.literal("false", at: p)
        case .minus: return m.literal("-", at: p)
        case .plus: return m.literal("+", at: p)
        case .multiply: return m.literal("*", at: p)
        case .divide: return m.literal("/", at: p)
        case .modulus: return m.literal("%", at: p)
        case .logicalAnd: return max(m.literal("&&", at: p), m.literal("and", at: p))
        case .logicalOr: return max(m.literal("||", at: p), m.literal("or", at: p))
        case .logicalLT: return max(m.literal("<", at: p), m.literal("lt", at: p))
        case .logicalLE: return max(m.literal("<=", at: p), m.literal("le", at: p))
        case .logicalGT: return max(m.literal(">", at: p), m.literal("gt", at: p))
        case .logicalGE: return max(m.literal(">=", at: p), m.literal("ge", at: p))
        case .logicalEquals: return max(m.literal("==", at: p), m.literal("eq", at: p))
        case .logicalNotEquals: return max(m.literal("!=", at: p), m.literal("ne", at: p))
        case .logicalNot: return max(m.literal("!", at: p), m.literal("not", at: p))
        case .equals: return m.literal("=", at: p)
        case .end: return max(m.withOptionalLineEnd(m.literal("end", at: p), from: p),
                              m.withOptionalLineEnd(m.literal("{end}", at: p), from: p))
        case .ifDirective: return max(m.literal("if", at: p), m.literal("{if}", at: p))
        case .elseIfDirective: return max(m.literal("elseif", at: p), m.literal("{elseif}", at: p))
        case .elseDirective: return max(m.withOptionalLineEnd(m.literal("else", at: p), from: p),
                                        m.withOptionalLineEnd(m.literal("{else}", at: p), from: p))
        case .integerLiteral:
            let sign = m.byte(p) == UInt8(ascii: "-") ? 1 : 0
            let digits = m.digits(at: p + sign)
            guard digits > 0 else { return 0 }
            return sign + digits + m.literal("..", at: p + sign + digits)
        case .floatingPointLiteral: return m.floatingPoint(at: p)
        case .word: return m.word(at: p)
        case .bracketedWord: return m.bracketedWord(at: p)
        case .identifier:
            guard let b = m.byte(p), ByteMatcher.isLetter(b) || b == UInt8(ascii: "_") else { return 0 }
            var q = p + 1
            while let c = m.byte(q), ByteMatcher.isLetter(c) || ByteMatcher.isDigit(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_") { q += 1 }
            return q - p
        case .dot:
            guard m.byte(p) == UInt8(ascii: "."), let b = m.byte(p + 1), ByteMatcher.isLetter(b) else { return 0 }
            return 2
        case .emptyIndex:
            return max(m.literal("$[", at: p), m.literal("$![", at: p), m.literal("$\\![", at: p), m.literal("$.", at: p))
        }
    }
}
