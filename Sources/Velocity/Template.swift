// The public face of the engine: parse a template once, render it many times.

import Text

/// Options of one render.
public struct RenderOptions: Sendable, Equatable {
    /// Print nothing for a null or undefined reference (API Gateway's behaviour); when false,
    /// print the reference's own text as stock Velocity does (`$foo`).
    public var nullRendersAsEmpty: Bool
    /// Iterations after which a `#foreach` silently stops (API Gateway: 1,000).
    public var maxForeachIterations: Int
    /// Output size, in UTF-8 bytes, beyond which rendering fails.
    public var maxOutputBytes: Int
    /// Macro calls nested deeper than this fail (Velocity's `velocimacro.max.depth`, 20).
    public var maxMacroDepth: Int
    /// Nested `#evaluate`, `#define` and string interpolation deeper than this fail.
    public var maxNestingDepth: Int
    /// Evaluation steps (nodes and expressions) beyond which rendering fails.
    public var maxSteps: Int
    /// The largest `[a..b]` range a template may build.
    public var maxRangeSize: Int

    /// API Gateway's behaviour, with limits that keep a bad template from hanging a UI.
    public init(nullRendersAsEmpty: Bool = true, maxForeachIterations: Int = 1_000,
                maxOutputBytes: Int = 10 * 1024 * 1024, maxMacroDepth: Int = 20,
                maxNestingDepth: Int = 40, maxSteps: Int = 20_000_000, maxRangeSize: Int = 1_000_000) {
        self.nullRendersAsEmpty = nullRendersAsEmpty
        self.maxForeachIterations = maxForeachIterations
        self.maxOutputBytes = maxOutputBytes
        self.maxMacroDepth = maxMacroDepth
        self.maxNestingDepth = maxNestingDepth
        self.maxSteps = maxSteps
        self.maxRangeSize = maxRangeSize
    }
}

/// A parsed Velocity 1.7 template, ready to render any number of times (on any thread).
public struct Template: Sendable {
    /// The template's name, used in error messages.
    public let name: String
    /// The engine configuration the template was parsed with, and renders with.
    public let configuration: EngineConfiguration
    /// API Gateway refuses mapping templates larger than this (300 KB).
    public static let maxSourceBytes = 300 * 1024

    let source: [UInt8]
    let body: Block
    let macros: [String: MacroDefinition]
    /// The variable names the parser numbered, and their numbering.
    let names: [String]
    let nameIndex: [String: Int]
    let nameToken: NameTableToken

    /// Parses a template with an engine configuration (stock Velocity 1.7 by default); throws a
    /// located syntax error when Velocity would refuse it.
    public init(source: String, name: String = "template", configuration: EngineConfiguration = EngineConfiguration()) throws(TemplateError) {
        self.name = name
        self.configuration = configuration
        let bytes = Array(source.utf8)
        self.source = bytes
        guard bytes.count <= Template.maxSourceBytes else {
            throw TemplateError(kind: .limit, location: SourceLocation(line: 1, column: 1),
                                message: "template is \(bytes.count) bytes; API Gateway accepts at most \(Template.maxSourceBytes)",
                                templateName: name)
        }
        var parser = Parser(source: bytes, configuration: configuration)
        do {
            self.body = try parser.parseTemplate()
            for macro in parser.macros.values {
                try Template.validate(macro.body, macros: parser.macros)
            }
            try Template.validate(body, macros: parser.macros)
        } catch {
            throw Template.locate(error, name: name, source: bytes)
        }
        self.macros = parser.macros
        self.names = parser.numbering.names
        self.nameIndex = parser.numbering.index
        self.nameToken = parser.numbering.token
    }

    /// Renders the template with a context of named values.
    public func render(context: [String: Value] = [:], options: RenderOptions = RenderOptions()) throws(TemplateError) -> String {
        let bytes = try renderUTF8(variables: context.map { (key: $0.key, value: $0.value) }, options: options)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Renders the template into UTF-8 bytes (what API Gateway sends; no String is made), with
    /// variables given as pairs (a later pair with the same name wins).
    public func renderUTF8(variables: [(key: String, value: Value)], options: RenderOptions = RenderOptions()) throws(TemplateError) -> [UInt8] {
        try renderReporting(variables: variables, options: options).utf8
    }

    /// `renderUTF8`, with what the render reports besides its output (the calls of the
    /// configuration's invalid reference handler).
    public func renderReporting(variables: [(key: String, value: Value)],
                                options: RenderOptions = RenderOptions()) throws(TemplateError) -> (utf8: [UInt8], report: RenderReport) {
        let renderer = Renderer(template: self, context: variables, options: options)
        do {
            let utf8 = try renderer.renderTemplate()
            return (utf8, renderer.report)
        } catch {
            throw Template.locate(error, name: name, source: source)
        }
    }

    /// Fills in the template name and the source line of an error.
    static func locate(_ error: TemplateError, name: String, source: [UInt8]) -> TemplateError {
        var located = error
        located.templateName = name
        if located.sourceLine.isEmpty {
            located.sourceLine = SourceLines.line(error.location.line, in: source)
        }
        return located
    }
}
