// Tokens of the Velocity 1.7 grammar, named as in Velocity's own Parser.jjt.

/// The kind of a token; the names follow Velocity 1.7's grammar.
enum TokenKind: UInt8, Sendable {
    case eof
    case indexLBracket, indexRBracket, lBracket, rBracket, comma, doubleDot, colon
    case leftCurley, rightCurley, lParen, rParen, refMod2RParen
    case escapeDirective, setDirective
    case singleLineCommentStart, doubleEscape, escape, text
    case singleLineComment, formalComment, multiLineComment, textBlock
    case whitespace, stringLiteral, trueLiteral, falseLiteral, newline
    case minus, plus, multiply, divide, modulus
    case logicalAnd, logicalOr, logicalLT, logicalLE, logicalGT, logicalGE
    case logicalEquals, logicalNotEquals, logicalNot, equals
    case end, ifDirective, elseIfDirective, elseDirective
    case integerLiteral, floatingPointLiteral, word, bracketedWord
    case identifier, dot, lCurly, rCurly
    case emptyIndex
}

/// One token: its kind, its byte range in the source (including any MORE prefix, excluding
/// characters the lexer pushed back), its image when that differs from the source, and the
/// images of special tokens (terminators) the lexer attached to it.
struct Token: Sendable {
    var kind: TokenKind
    var start: Int
    var end: Int
    var imageOverride: String?
    var specials: [Range<Int>]
}
