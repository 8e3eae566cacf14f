import GatewayModel
import Velocity

/// Everything a response template can read besides itself: the backend body, the method
/// request's parameters, `$context` overrides and stage variables.
public struct RenderRequest: Sendable, Equatable {
    /// The integration (backend) response body `$input` reads.
    public var body: String
    /// The body's name in error messages (a file name, or `body`).
    public var bodyName: String
    /// Path parameters, seen by `$input.params()`.
    public var pathParameters: OrderedMap<String>
    /// Query string parameters.
    public var queryStringParameters: OrderedMap<String>
    /// Request headers.
    public var headers: OrderedMap<String>
    /// `$context` values by dotted key (`stage`, `identity.sourceIp`), over the preview defaults.
    public var contextOverrides: OrderedMap<String>
    /// `$stageVariables`.
    public var stageVariables: OrderedMap<String>
    /// The request time, in milliseconds since 1970 (`$context.requestTimeEpoch`).
    public var requestTimeEpochMilliseconds: Int

    /// Creates a request; everything defaults to empty and a fixed request time.
    public init(body: String = "", bodyName: String = "body",
                pathParameters: OrderedMap<String> = OrderedMap(),
                queryStringParameters: OrderedMap<String> = OrderedMap(),
                headers: OrderedMap<String> = OrderedMap(),
                contextOverrides: OrderedMap<String> = OrderedMap(),
                stageVariables: OrderedMap<String> = OrderedMap(),
                requestTimeEpochMilliseconds: Int = GatewayContext.defaultRequestTimeEpochMilliseconds) {
        self.body = body
        self.bodyName = bodyName
        self.pathParameters = pathParameters
        self.queryStringParameters = queryStringParameters
        self.headers = headers
        self.contextOverrides = contextOverrides
        self.stageVariables = stageVariables
        self.requestTimeEpochMilliseconds = requestTimeEpochMilliseconds
    }
}

/// What a render produced: the body text and what the template set in
/// `$context.responseOverride`.
public struct RenderResult: Sendable, Equatable {
    /// The rendered body, exactly, as UTF-8 (what API Gateway sends).
    public var utf8: [UInt8]
    /// The rendered text.
    public var output: String { String(decoding: utf8, as: UTF8.self) }
    /// `$context.responseOverride.status`, as text, when the template set it.
    public var statusOverride: String?
    /// `$context.responseOverride.header.NAME` values the template set, in the order set.
    public var headerOverrides: OrderedMap<String>
    /// `#foreach` loops API Gateway's 1,000-iteration limit cut short in this render.
    public var truncatedLoops: [TruncatedLoop] = []
    /// Where API Gateway's rules, not stock Velocity's, decided the output.
    public var gatewayRules: GatewayRuleNotes

    /// Creates a result.
    public init(output: String, statusOverride: String? = nil, headerOverrides: OrderedMap<String> = OrderedMap()) {
        self.init(utf8: Array(output.utf8), statusOverride: statusOverride, headerOverrides: headerOverrides)
    }

    /// Creates a result from the rendered bytes.
    public init(utf8: [UInt8], statusOverride: String? = nil, headerOverrides: OrderedMap<String> = OrderedMap(),
                gatewayRules: GatewayRuleNotes = GatewayRuleNotes()) {
        self.utf8 = utf8
        self.statusOverride = statusOverride
        self.headerOverrides = headerOverrides
        self.gatewayRules = gatewayRules
    }
}
