// What a linter needs from the engine besides the output: where the template uses word
// directives, and which `#foreach` loops a render cut short (`RenderReport.truncatedLoops`). Both come from the parser and the
// renderer themselves, so comments, escapes (`\#macro`) and `#[[ ]]#` text never count.

import Text

/// A `#word` directive or macro call as the parser met it (`#foreach`, `#macro`, `#greet`).
public struct DirectiveUse: Sendable, Hashable {
    /// The word without `#` (and without the braces of `#{word}`).
    public let name: String
    /// Where its `#` is.
    public let location: SourceLocation
    /// The source text of its first argument (for `#macro`, the macro's name).
    public let firstArgument: String?

    /// Creates a use.
    public init(name: String, location: SourceLocation, firstArgument: String?) {
        self.name = name
        self.location = location
        self.firstArgument = firstArgument
    }
}

/// A `#foreach` that stopped at `RenderOptions.maxForeachIterations`.
public struct TruncatedLoop: Sendable, Hashable {
    /// Where the `#foreach` is.
    public let location: SourceLocation
    /// How many elements it had to iterate.
    public let elementCount: Int

    /// Creates a record.
    public init(location: SourceLocation, elementCount: Int) {
        self.location = location
        self.elementCount = elementCount
    }
}

extension Template {
    /// Every word directive and macro call of `source`, in source order, as a parser with
    /// `configuration` reads them; throws the syntax error `init(source:name:configuration:)`
    /// would throw.
    public static func directiveUses(in source: String, name: String = "template",
                                     configuration: EngineConfiguration = EngineConfiguration()) throws(TemplateError) -> [DirectiveUse] {
        let bytes = Array(source.utf8)
        var parser = Parser(source: bytes, configuration: configuration)
        do {
            _ = try parser.parseTemplate()
        } catch {
            throw Template.locate(error, name: name, source: bytes)
        }
        var seen: Set<SourceLocation> = []
        return parser.directiveUses
            .filter { seen.insert($0.location).inserted }
            .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}
