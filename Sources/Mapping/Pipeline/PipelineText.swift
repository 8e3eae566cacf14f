/// Small text helpers the pipeline shares.
enum PipelineText {
    /// `text` without leading and trailing spaces, tabs and line breaks.
    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !isSpace($0) }), let end = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[start...end])
    }

    /// `text` on one line, with line breaks and tabs shown as `\n`, `\r`, `\t`.
    static func oneLine(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether a media type matches one of the API's binary media types (`*` wildcards allowed
    /// in either half: `image/*`, `*/*`).
    static func mediaType(_ mediaType: String?, matchesAnyOf binaryMediaTypes: [String]) -> Bool {
        guard let mediaType = TemplateSelection.acceptedMediaType(mediaType) else { return false }
        let parts = mediaType.split(separator: "/", maxSplits: 1).map(String.init)
        for pattern in binaryMediaTypes {
            let patternParts = pattern.lowercased().split(separator: "/", maxSplits: 1).map(String.init)
            guard patternParts.count == 2, parts.count == 2 else {
                if pattern.lowercased() == mediaType { return true }
                continue
            }
            let typeMatches = patternParts[0] == "*" || patternParts[0] == parts[0]
            let subtypeMatches = patternParts[1] == "*" || patternParts[1] == parts[1]
            if typeMatches && subtypeMatches { return true }
        }
        return false
    }
}
