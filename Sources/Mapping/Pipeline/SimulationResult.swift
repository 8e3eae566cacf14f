import Foundation

/// What API Gateway would send for one method and one backend response, and why.
public struct SimulationResult: Hashable, Sendable {
    /// The method response status code sent to the client.
    public var statusCode: String
    /// The headers sent, in order, each with where its value came from.
    public var headers: [SimulatedHeader]
    /// The body bytes sent.
    public var body: Data
    /// Whether the body is binary (not shown as text; base64 in reports).
    public var bodyIsBinary: Bool
    /// The integration response that was selected, if any was.
    public var selected: SelectedResponse?
    /// Every integration response, in the order they were considered, with its verdict.
    public var candidates: [SelectionCandidate]
    /// Every response parameter mapping of the selected response, evaluated.
    public var parameters: [ParameterEvaluation]
    /// The mapping template chosen (or why none ran).
    public var template: TemplateChoice?
    /// Human-readable lines, one per thing the pipeline did, in order.
    public var steps: [String]
    /// Errors and warnings, each with a place.
    public var issues: [SimulationIssue]
    /// Where API Gateway's rules, not stock Velocity's, decided the rendered body.
    public var gatewayRules: GatewayRuleNotes

    /// Creates a value from its parts.
    public init(
        statusCode: String,
        headers: [SimulatedHeader] = [],
        body: Data = Data(),
        bodyIsBinary: Bool = false,
        selected: SelectedResponse? = nil,
        candidates: [SelectionCandidate] = [],
        parameters: [ParameterEvaluation] = [],
        template: TemplateChoice? = nil,
        steps: [String] = [],
        issues: [SimulationIssue] = [],
        gatewayRules: GatewayRuleNotes = GatewayRuleNotes()
    ) {
        self.gatewayRules = gatewayRules
        self.statusCode = statusCode
        self.headers = headers
        self.body = body
        self.bodyIsBinary = bodyIsBinary
        self.selected = selected
        self.candidates = candidates
        self.parameters = parameters
        self.template = template
        self.steps = steps
        self.issues = issues
    }

    /// The body as text (invalid UTF-8 replaced); for a binary body prefer `body`.
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// The errors only.
    public var errors: [SimulationIssue] { issues.filter { $0.severity == .error } }

    /// The value of a sent header (case-insensitive), if sent.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// One header of the simulated method response.
public struct SimulatedHeader: Hashable, Sendable {
    /// Where a header's value came from.
    public enum Origin: Hashable, Sendable {
        /// A `responseParameters` mapping: `method.response.header.X` → this expression.
        case mapping(expression: String)
        /// `#set($context.responseOverride.header.X = …)` in the template.
        case responseOverride
        /// API Gateway's own error response (`API_CONFIGURATION_ERROR`, …).
        case gatewayResponse(type: String)
        /// Passed through from the backend as is (proxy integrations).
        case backend
    }

    /// The header name as written.
    public var name: String
    /// The header value.
    public var value: String
    /// Where the value came from.
    public var origin: Origin

    /// Creates a value from its parts.
    public init(name: String, value: String, origin: Origin) {
        self.name = name
        self.value = value
        self.origin = origin
    }
}

/// The integration response that was selected.
public struct SelectedResponse: Hashable, Sendable {
    /// Its status code (the method response it maps to).
    public var statusCode: String
    /// Its selection pattern; `nil` for the default response.
    public var selectionPattern: String?
    /// Whether it was chosen as the default (no pattern matched).
    public var isDefault: Bool

    /// Creates a value from its parts.
    public init(statusCode: String, selectionPattern: String?, isDefault: Bool) {
        self.statusCode = statusCode
        self.selectionPattern = selectionPattern
        self.isDefault = isDefault
    }
}

/// One integration response and what happened to it during selection.
public struct SelectionCandidate: Hashable, Sendable {
    /// Why a response was or was not selected.
    public enum Verdict: Hashable, Sendable {
        /// Its pattern matched the whole subject.
        case matched
        /// Its pattern did not match the whole subject.
        case notMatched
        /// Its pattern is not a valid Java regular expression.
        case invalidPattern(message: String)
        /// It has no pattern: the default response.
        case isDefault
    }

    /// The response's status code.
    public var statusCode: String
    /// The response's selection pattern (`nil` for the default).
    public var selectionPattern: String?
    /// What the pattern was matched against (status code or Lambda error message).
    public var subject: String
    /// The verdict.
    public var verdict: Verdict
    /// Whether this response was the one selected.
    public var isSelected: Bool

    /// Creates a value from its parts.
    public init(statusCode: String, selectionPattern: String?, subject: String, verdict: Verdict, isSelected: Bool) {
        self.statusCode = statusCode
        self.selectionPattern = selectionPattern
        self.subject = subject
        self.verdict = verdict
        self.isSelected = isSelected
    }
}

/// One `responseParameters` entry evaluated against the backend response.
public struct ParameterEvaluation: Hashable, Sendable {
    /// The outcome of one mapping.
    public enum Outcome: Hashable, Sendable {
        /// The header is sent with this value.
        case value(String)
        /// No value: the header is not sent, for this reason.
        case missing(reason: String)
        /// The mapping is invalid (API Gateway would refuse it); not sent.
        case invalid(message: String)
    }

    /// The key, `method.response.header.X`.
    public var key: String
    /// The header name (`X`), or the key when it is not a header key.
    public var headerName: String
    /// The mapping expression (`integration.response.header.Y`, `'*'`, …).
    public var expression: String
    /// The outcome.
    public var outcome: Outcome

    /// Creates a value from its parts.
    public init(key: String, headerName: String, expression: String, outcome: Outcome) {
        self.key = key
        self.headerName = headerName
        self.expression = expression
        self.outcome = outcome
    }
}

/// Which mapping template ran, and why.
public struct TemplateChoice: Hashable, Sendable {
    /// The media type key of the template chosen (an empty one included, which passes the body
    /// through); `nil` when there was no template to choose.
    public var contentType: String?
    /// Why this template (or none) was chosen.
    public var reason: String

    /// Creates a value from its parts.
    public init(contentType: String?, reason: String) {
        self.contentType = contentType
        self.reason = reason
    }
}
