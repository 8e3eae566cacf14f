/// Reading content handling from what a user or a file wrote.
extension ContentHandling {
    /// Parses `CONVERT_TO_BINARY` or `CONVERT_TO_TEXT`; empty text means unset (`nil`, passthrough).
    /// Anything else is an error that suggests the right spelling when there is one.
    public static func parse(_ raw: String) throws(ModelError) -> ContentHandling? {
        let text = String(raw.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        if text.isEmpty { return nil }
        if let exact = ContentHandling(rawValue: text) { return exact }
        let choices = "Use CONVERT_TO_BINARY, CONVERT_TO_TEXT, or leave it empty to pass the body through unchanged."
        if let suggestion = suggestion(for: text) {
            throw ModelError("Content handling \"\(raw)\" is not valid: did you mean \(suggestion.rawValue)? \(choices)", input: raw)
        }
        throw ModelError("Content handling \"\(raw)\" is not valid. \(choices)", input: raw)
    }

    /// The value a misspelling most likely meant (case, separators, or a small typo).
    static func suggestion(for text: String) -> ContentHandling? {
        func squeeze(_ s: String) -> String { s.uppercased().filter { $0.isLetter } }
        let squeezed = squeeze(text)
        for value in allCases where squeeze(value.rawValue) == squeezed { return value }
        if squeezed.hasSuffix("BINARY") || squeezed == "BINARY" { return .convertToBinary }
        if squeezed.hasSuffix("TEXT") || squeezed == "TEXT" { return .convertToText }
        return allCases.first { editDistance(squeeze($0.rawValue), squeezed) <= 2 }
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
