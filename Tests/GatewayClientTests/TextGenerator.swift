import GatewayModel

/// SplitMix64: a small seeded generator, so a failing case is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Texts that stress a string writer: line ends of every kind, controls, template sequences,
/// escapes, heredoc markers, astral and combining characters.
enum TextGenerator {
    /// The pieces texts are made of; each is written as Unicode scalars.
    static let pieces: [String] = [
        "a", "Z", "0", " ", "  ", "#set($x = 1)", "$input.body", "$input.path('$')", "{", "}", "[]",
        "\n", "\n", "\r\n", "\r", "\n\n", "\t", "\u{0}", "\u{1}", "\u{1B}", "\u{1F}", "\u{7F}", "\u{85}", "\u{A0}",
        "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}",
        "${", "%{", "$${", "%%{", "$$${", "${x}", "%{ if x }", "$", "%", "$$", "%%", "\\", "\\n", "\\u0041",
        "\\${", "\"", "'", "<<EOT", "EOT", "\nEOT\n", "  EOT", "EOT1", "chomp(", ")",
        "é", "ß", "Ω", "ж", "中文", "عربي", "😀", "𝔘", "\u{20000}", "👩‍👩‍👧", "🇫🇷",
        "x\u{301}", "\u{301}", "e\u{301}", "a\u{316}\u{301}", "\u{1100}\u{1161}",
    ]

    /// One random piece.
    static func piece(using generator: inout SeededGenerator) -> String {
        pieces[Int.random(in: 0..<pieces.count, using: &generator)]
    }

    /// A text of up to `length` pieces, ending with nothing, `\n`, `\n\n` or `\r\n`.
    static func text(maxPieces length: Int, using generator: inout SeededGenerator) -> String {
        var out = ""
        for _ in 0..<Int.random(in: 0...length, using: &generator) { out += piece(using: &generator) }
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: out += "\n"
        case 1: out += "\n\n"
        case 2: out += "\r\n"
        default: break
        }
        return out
    }

    /// An integration response with random templates, parameters and selection pattern; keys
    /// start with their index so no two are alike even after Unicode normalization.
    static func response(using generator: inout SeededGenerator) -> IntegrationResponse {
        var response = IntegrationResponse(statusCode: ["200", "400", "500"][Int.random(in: 0..<3, using: &generator)])
        if Bool.random(using: &generator) { response.selectionPattern = text(maxPieces: 4, using: &generator) }
        if Bool.random(using: &generator) { response.contentHandling = .convertToText }
        for index in 0..<Int.random(in: 0...3, using: &generator) {
            response.responseTemplates["t\(index)/\(text(maxPieces: 2, using: &generator))"] = text(maxPieces: 30, using: &generator)
        }
        for index in 0..<Int.random(in: 0...2, using: &generator) {
            response.responseParameters["method.response.header.P\(index)\(text(maxPieces: 1, using: &generator))"] = text(maxPieces: 4, using: &generator)
        }
        return response
    }
}
