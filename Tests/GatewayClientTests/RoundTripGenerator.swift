import GatewayModel

/// What the round-trip generator draws from `SeededGenerator` (TextGenerator.swift).
extension SeededGenerator {
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    /// True about `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Generated integration responses whose every byte must survive every hop: templates and
/// parameter values made of awkward pieces (astral and combining characters, CR, LF, CRLF,
/// tabs, NUL, `${`, `%{`, backslashes, quotes, YAML and HCL look-alikes), empty values,
/// trailing newlines or none; selection patterns built from regex metacharacters; content
/// handling absent or set.
enum RoundTripGenerator {
    /// Pieces a text is built from; one of them at a time is the smallest unit of a failure.
    static let pieces: [String] = [
        "a", "Z", "0", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\u{0}", "${", "${x}", "%{", "%{ if x }", "$${", "%%{", "$", "%",
        "\\", "\\n", "\\\"", "\"", "'", "''", "#", "#set($x = $input.path('$'))", "$input.body", "$util.escapeJavaScript($x)",
        "{", "}", "[", "]", ": ", "- ", "? ", "&a", "*a", "!tag", "|", ">", "---", "...", "null", "~", "yes", "0x1F", "EOT", "<<EOT",
        "é", "e\u{301}", "n\u{303}\u{323}", "注文", "😀", "👩‍💻", "𝄞", "🇯🇵", "\u{FEFF}", "\u{200B}", "\u{7F}", "\u{1B}[0m", "\u{A0}",
        "~1", "/", "<a>", "&amp;", "\u{10FFFF}", "\u{2028}", "\u{2029}", "\u{85}", "\u{D7FF}\u{E000}", "\u{FFFD}",
    ]

    /// Media types for template keys (`~` and `/` test JSON-pointer escaping in PATCH paths).
    static let mediaTypes = [
        "application/json", "application/xml", "text/plain", "text/html", "application/vnd.api+json", "text/x-ü", "a~b/c~1d", "application/x-www-form-urlencoded",
    ]

    /// Header names for response parameter keys.
    static let headerNames = ["X-Id", "Access-Control-Allow-Origin", "Content-Type", "X-Ünï", "X~Tilde", "X/Slash", "x-lower"]

    /// Regular-expression pieces for selection patterns (every concatenation is a valid pattern).
    static let patternPieces = [
        "\\d{3}", ".*", "[a-z]+", "(foo|bar)", "^", "$", "\\\\", "\\.", "'", "\"", "#", ": ", "-", " ", "ü", "😀", "\\n", "\\t", "a{2,}", "b?", "c+", "(?i)err", "\\p{L}", "\\Q*\\E", "[^\\]]", "4\\d\\d", "Error.*", "\n", "\r\n", "\t",
    ]

    /// A text of up to `maxPieces` pieces; sometimes empty, sometimes with a final newline.
    static func text(_ random: inout SeededGenerator, maxPieces: Int = 24, emptyPercent: Int = 15) -> String {
        if random.chance(emptyPercent) { return "" }
        var out = ""
        for _ in 0..<(1 + random.below(maxPieces)) { out += random.pick(pieces) }
        switch random.below(4) {
        case 0: out += "\n"
        case 1: out += "\r\n"
        default: break
        }
        return out
    }

    /// A selection pattern: `nil` (the default response) or regex pieces (never `default`, the
    /// export file's name for no pattern).
    static func pattern(_ random: inout SeededGenerator) -> String? {
        if random.chance(30) { return nil }
        var out = ""
        for _ in 0..<(1 + random.below(5)) { out += random.pick(patternPieces) }
        return out
    }

    /// One integration response with the given status code.
    static func response(_ random: inout SeededGenerator, statusCode: String = "200", large: Bool = false) -> IntegrationResponse {
        var response = IntegrationResponse(statusCode: statusCode, selectionPattern: pattern(&random))
        for _ in 0..<random.below(4) {
            response.responseTemplates[random.pick(mediaTypes)] = text(&random, emptyPercent: 25)
        }
        for _ in 0..<random.below(4) {
            response.responseParameters[MethodResponse.headerPrefix + random.pick(headerNames)] = text(&random, maxPieces: 6, emptyPercent: 10)
        }
        if large, let key = response.responseTemplates.keys.first {
            // About 100 KB: long texts must not be cut or re-wrapped anywhere.
            var big = ""
            while big.utf8.count < 100_000 { big += text(&random, maxPieces: 40, emptyPercent: 0) + "\n" }
            response.responseTemplates[key] = big
        }
        switch random.below(3) {
        case 0: response.contentHandling = .convertToText
        case 1: response.contentHandling = .convertToBinary
        default: break
        }
        return response
    }

    /// The case as Swift source, for a failure message that can be pasted into a test.
    static func describe(_ response: IntegrationResponse) -> String {
        func map(_ entries: OrderedMap<String>) -> String {
            entries.isEmpty ? "[:]" : "[" + entries.map { "\($0.key.debugDescription): \($0.value.debugDescription)" }.joined(separator: ", ") + "]"
        }
        return "IntegrationResponse(statusCode: \(response.statusCode.debugDescription), selectionPattern: \(response.selectionPattern?.debugDescription ?? "nil"), "
            + "responseParameters: \(map(response.responseParameters)), responseTemplates: \(map(response.responseTemplates)), "
            + "contentHandling: \(response.contentHandling.map { ".\($0)" } ?? "nil"))"
    }
}

/// Finds a smallest failing case: drops entries, clears fields and cuts texts while the hop
/// still fails, so a failure names the one awkward piece rather than a wall of noise.
enum RoundTripShrinker {
    /// Smaller variants of a response, most drastic first.
    static func candidates(_ response: IntegrationResponse) -> [IntegrationResponse] {
        var out: [IntegrationResponse] = []
        for key in response.responseTemplates.keys {
            var smaller = response
            smaller.responseTemplates[key] = nil
            out.append(smaller)
        }
        for key in response.responseParameters.keys {
            var smaller = response
            smaller.responseParameters[key] = nil
            out.append(smaller)
        }
        if response.selectionPattern != nil {
            var smaller = response
            smaller.selectionPattern = nil
            out.append(smaller)
        }
        if response.contentHandling != nil {
            var smaller = response
            smaller.contentHandling = nil
            out.append(smaller)
        }
        for entry in response.responseTemplates {
            for text in shorter(entry.value) {
                var smaller = response
                smaller.responseTemplates[entry.key] = text
                out.append(smaller)
            }
        }
        for entry in response.responseParameters {
            for text in shorter(entry.value) {
                var smaller = response
                smaller.responseParameters[entry.key] = text
                out.append(smaller)
            }
        }
        if let pattern = response.selectionPattern {
            for text in shorter(pattern) where !text.isEmpty && text != "default" {
                var smaller = response
                smaller.selectionPattern = text
                out.append(smaller)
            }
        }
        return out
    }

    /// Texts with a chunk of Unicode scalars removed: halves first, then single scalars (a CRLF
    /// can split into CR or LF, a combining sequence into its parts).
    static func shorter(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var out: [String] = []
        var chunk = max(1, scalars.count / 2)
        while true {
            var start = 0
            while start < scalars.count, out.count < 64 {
                var kept = scalars
                kept.removeSubrange(start..<min(start + chunk, scalars.count))
                var string = ""
                string.unicodeScalars.append(contentsOf: kept)
                out.append(string)
                start += chunk
            }
            if chunk == 1 || out.count >= 64 { break }
            chunk = max(1, chunk / 2)
        }
        return out
    }

    /// Shrinks `response` while `fails` holds, within a budget of checks.
    static func shrink(_ response: IntegrationResponse, budget: Int = 300, fails: (IntegrationResponse) async throws -> Bool) async -> IntegrationResponse {
        var current = response
        var checks = 0
        var improved = true
        while improved, checks < budget {
            improved = false
            for candidate in candidates(current) {
                checks += 1
                if checks > budget { break }
                if (try? await fails(candidate)) == true {
                    current = candidate
                    improved = true
                    break
                }
            }
        }
        return current
    }
}
