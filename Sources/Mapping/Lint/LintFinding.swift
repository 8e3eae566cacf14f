/// One of API Gateway's traps found in an integration response: what, where, and what to do.
public struct LintFinding: Hashable, Sendable {
    /// How bad it is: an error breaks responses on API Gateway; a warning may.
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    /// The rules, by the stable IDs `gwx lint --output json` prints.
    public enum Rule: String, Hashable, Sendable, CaseIterable {
        /// `#macro`, `#evaluate`, `#include` or `#parse`.
        case unsupportedDirective = "unsupported-directive"
        /// A call of a macro the template defines inline.
        case inlineMacroCall = "inline-macro-call"
        /// The template does not parse, or fails to render for the sample.
        case templateFails = "template-fails"
        /// A JSON template whose output for the sample is not JSON.
        case outputNotJSON = "output-not-json"
        /// A `#foreach` over more than 1,000 items in the sample.
        case foreachLimit = "foreach-limit"
        /// A selection pattern Java cannot compile.
        case invalidPattern = "invalid-pattern"
        /// A Lambda 2xx response whose pattern cannot match a successful invocation.
        case patternMissesLambdaSuccess = "pattern-misses-lambda-success"
        /// A Lambda error response whose pattern also matches a successful invocation.
        case patternCatchesLambdaSuccess = "pattern-catches-lambda-success"
        /// A Lambda method where no response is selected for a successful invocation.
        case noLambdaSuccessResponse = "no-lambda-success-response"
        /// A pattern that only matches numbers, on a Lambda integration (it sees error messages).
        case statusCodePatternOnLambda = "status-code-pattern-on-lambda"
        /// A pattern that matches no status code, on an integration selected by status code.
        case patternMatchesNoStatus = "pattern-matches-no-status"
        /// A `method.response.header.X` mapping the method response does not declare.
        case undeclaredHeader = "undeclared-header"
    }

    /// The part of the integration response a finding is about.
    public enum Field: Hashable, Sendable {
        /// `responseTemplates[contentType]`.
        case template(contentType: String)
        case selectionPattern
        /// `responseParameters[key]`.
        case responseParameter(key: String)
        /// The method's integration responses as a whole.
        case integrationResponses

        /// How a place is written: the content type, `selectionPattern`, the parameter key.
        public var label: String {
            switch self {
            case .template(let contentType): return contentType
            case .selectionPattern: return "selectionPattern"
            case .responseParameter(let key): return key
            case .integrationResponses: return "integrationResponses"
            }
        }
    }

    /// Which rule found it.
    public var rule: Rule
    /// Error or warning.
    public var severity: Severity
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String
    /// The integration response's status code (nil for method-wide findings).
    public var statusCode: String?
    /// Which part of the integration response.
    public var field: Field
    /// 1-based line and column in the template (or column in the pattern), when known.
    public var line: Int?
    /// See `line`.
    public var column: Int?

    /// Creates a finding.
    public init(rule: Rule, severity: Severity, message: String, hint: String, statusCode: String? = nil,
                field: Field, line: Int? = nil, column: Int? = nil) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.hint = hint
        self.statusCode = statusCode
        self.field = field
        self.line = line
        self.column = column
    }

    /// `application/json:4:10`, `selectionPattern:1:3`, `method.response.header.X`.
    public var place: String {
        var text = field.label
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}

/// The backend body templates are rendered with while linting.
public struct LintSample: Hashable, Sendable {
    /// The integration response body `$input` reads.
    public var body: String
    /// Whether the user gave it: a JSON template that breaks on the user's own sample is an
    /// error; on the default empty body it is a warning (the real backend may always send
    /// the fields).
    public var isGiven: Bool
    /// A name for messages (`sample.json`, `the sample body`).
    public var name: String

    /// A sample the user gave.
    public init(body: String, name: String = "the sample body") {
        self.body = body
        self.isGiven = true
        self.name = name
    }

    private init(defaultBody: String) {
        self.body = defaultBody
        self.isGiven = false
        self.name = "an empty body ({})"
    }

    /// The default: an empty body, which `$input` reads as `{}`.
    public static let emptyBody = LintSample(defaultBody: "{}")
}
