/// What a piece of text is written in, for highlighting.
public struct SyntaxLanguage: Hashable, Sendable {
    /// The language the text around any VTL is written in.
    public enum Base: Hashable, Sendable { case json, xml, plain }

    /// The outer language.
    public var base: Base
    /// Whether VTL directives and references are highlighted.
    public var vtl: Bool

    public init(base: Base, vtl: Bool) {
        self.base = base
        self.vtl = vtl
    }

    /// The language of a mapping template for a media type: VTL over JSON, XML or text.
    public static func template(mediaType: String) -> SyntaxLanguage {
        let type = mediaType.lowercased()
        if type.contains("json") { return SyntaxLanguage(base: .json, vtl: true) }
        if type.contains("xml") || type.contains("html") { return SyntaxLanguage(base: .xml, vtl: true) }
        return SyntaxLanguage(base: .plain, vtl: true)
    }

    public static let json = SyntaxLanguage(base: .json, vtl: false)
    public static let xml = SyntaxLanguage(base: .xml, vtl: false)
    public static let plain = SyntaxLanguage(base: .plain, vtl: false)
}

/// Splits text into styled spans per line: VTL directives and references over JSON or XML.
public struct SyntaxHighlighter {
    /// VTL's directive names.
    static let directives: Set<String> = ["set", "if", "elseif", "else", "end", "foreach", "macro", "break", "stop", "parse", "include", "define", "evaluate"]

    public var language: SyntaxLanguage
    public var palette: SyntaxPalette

    public init(language: SyntaxLanguage, palette: SyntaxPalette = .standard) {
        self.language = language
        self.palette = palette
    }

    /// Highlights every line of a text (lines split on `\n`).
    public func highlight(_ text: String) -> [[Span]] {
        var state = LineState()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { line in
            var scanner = LineScanner(characters: Array(String(line).replacingTabs()), state: state, language: language, palette: palette)
            let spans = scanner.run()
            state = scanner.state
            return spans
        }
    }
}

extension SyntaxHighlighter {
    /// Highlights `range` of `lines` (each without its line break); earlier lines are scanned
    /// only for what carries over (comments, open tags). Only the first `maxLength`
    /// characters of a line are looked at: a megabyte-long line costs no more than a short one.
    public func highlight(lines: [[Character]], range: Range<Int>, maxLength: Int = 4_096) -> [[Span]] {
        var state = LineState()
        var result: [[Span]] = []
        result.reserveCapacity(range.count)
        for index in 0..<min(range.upperBound, lines.count) {
            // Above the range only the state matters: a line that cannot open a comment or tag
            // leaves a clean state clean, so a big template costs a character search per line.
            if index < range.lowerBound, state.isClean, !mayOpenState(lines[index]) { continue }
            let line = lines[index].count > maxLength ? Array(lines[index].prefix(maxLength)) : lines[index]
            var scanner = LineScanner(characters: Array(String(line).replacingTabs()), state: state, language: language, palette: palette)
            let spans = scanner.run()
            state = scanner.state
            if index >= range.lowerBound { result.append(spans) }
        }
        return result
    }
}

extension SyntaxHighlighter {
    /// Whether scanning a line could open what carries over to the next line: a VTL block
    /// comment (`#*`) or, over XML, a tag or comment (`<`).
    func mayOpenState(_ line: [Character]) -> Bool {
        var previousWasHash = false
        for character in line {
            if language.vtl, previousWasHash, character == "*" { return true }
            if language.base == .xml, character == "<" { return true }
            previousWasHash = character == "#"
        }
        return false
    }
}

/// What carries over from one line to the next.
struct LineState {
    var inVTLComment = false
    var inXMLComment = false
    var inXMLTag = false

    /// Nothing carries over.
    var isClean: Bool { !inVTLComment && !inXMLComment && !inXMLTag }
}
