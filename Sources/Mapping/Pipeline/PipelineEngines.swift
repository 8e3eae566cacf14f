import GatewayModel

// The pipeline's three outside needs — Java regex matching, JSONPath over a body, VTL
// rendering — sit behind these small seams so each can be swapped for the shared
// implementation (JavaRegex, Mapping's JSON/JSONPath, Mapping's TemplateRenderer) and
// doubled in tests.

/// Whether a selection pattern matched.
enum PatternVerdict: Hashable, Sendable {
    case matched
    case notMatched
    case invalid(message: String)
}

/// Matches a selection pattern against a whole subject with Java `Pattern.matches` semantics.
protocol SelectionPatternMatching: Sendable {
    func match(pattern: String, subject: String) -> PatternVerdict
}

/// The result of reading a JSONPath from a body.
enum BodyLookup: Hashable, Sendable {
    /// The value as a header would carry it (strings bare, other values as compact JSON).
    case value(String)
    /// The path points at JSON `null`.
    case null
    /// The body is not JSON; the message says where it breaks.
    case notJSON(message: String)
    /// The path selects nothing; the message says which step failed.
    case noMatch(message: String)
}

/// Reads `integration.response.body.PATH` values (`PATH` is JSONPath without the `$.`).
protocol ResponseBodyReading: Sendable {
    /// `decodeJSONStrings`: a string met before the path ends is parsed as JSON and the walk
    /// continues inside it (API Gateway does this for Lambda custom error messages).
    func lookup(path: String, in body: String, decodeJSONStrings: Bool) -> BodyLookup
}

/// What a response template is rendered with.
struct TemplateRenderJob: Hashable, Sendable {
    var template: String
    /// A name for messages (`responseTemplates[application/json]`).
    var templateName: String
    /// The integration response body `$input` reads.
    var body: String
    var request: SimulationRequest
    /// The `$context` tree, defaults merged with the request's overrides.
    var context: JSONValue
    /// Those overrides alone, by dotted key (what Mapping's `RenderRequest` takes).
    var contextOverrides: OrderedMap<String>
}

/// A template error with its place in the template text.
struct TemplateFailure: Hashable, Sendable {
    var message: String
    var line: Int?
    var column: Int?
    /// The template line at `line`, when the renderer knows it.
    var sourceLine: String?

    init(message: String, line: Int?, column: Int?, sourceLine: String? = nil) {
        self.message = message
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }
}

/// What rendering produced.
struct TemplateRenderOutcome: Hashable, Sendable {
    var output: String
    /// `$context.responseOverride.status`, as set (not yet validated).
    var overrideStatus: String?
    /// `$context.responseOverride.header.X`, in the order set.
    var overrideHeaders: OrderedMap<String>
    /// Set when rendering failed; `output` is then meaningless.
    var failure: TemplateFailure?
    /// Where API Gateway's rules, not stock Velocity's, decided the output.
    var gatewayRules = GatewayRuleNotes()

    init(output: String, overrideStatus: String? = nil, overrideHeaders: OrderedMap<String> = [:], failure: TemplateFailure? = nil,
         gatewayRules: GatewayRuleNotes = GatewayRuleNotes()) {
        self.gatewayRules = gatewayRules
        self.output = output
        self.overrideStatus = overrideStatus
        self.overrideHeaders = overrideHeaders
        self.failure = failure
    }
}

/// Renders one response template.
protocol ResponseTemplateRendering: Sendable {
    func render(_ job: TemplateRenderJob) -> TemplateRenderOutcome
}

/// The implementations a simulation uses.
struct PipelineEngines: Sendable {
    var matcher: any SelectionPatternMatching
    var bodyReader: any ResponseBodyReading
    var renderer: any ResponseTemplateRendering

    /// The implementations shipped in this module.
    static var standard: PipelineEngines {
        PipelineEngines(matcher: JavaRegexPatternMatcher(), bodyReader: JSONBodyReader(), renderer: GatewayTemplateRenderer())
    }
}
