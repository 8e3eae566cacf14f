import GatewayModel

/// The client request a simulated response answers: what the templates and mappings can read.
public struct SimulationRequest: Hashable, Sendable {
    /// The request's `Accept` header; `nil` when absent (API Gateway then assumes `application/json`).
    public var accept: String?
    /// Method request path parameters (`petId` → `42`), read by `$input.params()`.
    public var pathParameters: OrderedMap<String>
    /// Method request query string parameters.
    public var queryParameters: OrderedMap<String>
    /// Method request headers.
    public var headers: OrderedMap<String>
    /// Stage variables (`$stageVariables.X`, `stageVariables.X`).
    public var stageVariables: OrderedMap<String>
    /// `$context` values to set or override; keys may be dotted (`identity.sourceIp`).
    public var context: OrderedMap<String>
    /// The API's `binaryMediaTypes` (`image/png`, `*/*`); decides which payloads and `Accept`
    /// types API Gateway treats as binary.
    public var binaryMediaTypes: [String]

    /// Creates a value from its parts.
    public init(
        accept: String? = nil,
        pathParameters: OrderedMap<String> = [:],
        queryParameters: OrderedMap<String> = [:],
        headers: OrderedMap<String> = [:],
        stageVariables: OrderedMap<String> = [:],
        context: OrderedMap<String> = [:],
        binaryMediaTypes: [String] = []
    ) {
        self.accept = accept
        self.pathParameters = pathParameters
        self.queryParameters = queryParameters
        self.headers = headers
        self.stageVariables = stageVariables
        self.context = context
        self.binaryMediaTypes = binaryMediaTypes
    }

    /// The `Accept` value in effect: `accept`, else an `Accept` request header (any case).
    var effectiveAccept: String? {
        if let accept { return accept }
        return headers.entries.first { $0.key.lowercased() == "accept" }?.value
    }
}
