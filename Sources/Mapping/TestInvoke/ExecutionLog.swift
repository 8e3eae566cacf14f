/// API Gateway's execution log of one test invocation (`TestInvokeMethod`'s `log`), read
/// tolerantly: what it says about the request, the backend's response and AWS's own answer.
///
/// Every field is optional: a log that lacks a line leaves its field `nil`, and a line gwx
/// does not know is kept in `unknownMessages`. The lines and their sources: `docs/test-invoke.md`.
public struct ExecutionLog: Hashable, Sendable {
    /// A value as logged, and whether AWS cut it short (` [TRUNCATED]`).
    public struct Logged: Hashable, Sendable {
        /// The text, without the truncation mark.
        public var text: String
        /// Whether AWS truncated it.
        public var truncated: Bool

        public init(text: String, truncated: Bool = false) {
            self.text = text
            self.truncated = truncated
        }
    }

    /// A logged `{Name=value, …}` list.
    public struct Pairs: Hashable, Sendable {
        /// The pairs, in order.
        public var pairs: [Pair]
        /// Whether AWS truncated the list.
        public var truncated: Bool

        public init(pairs: [Pair] = [], truncated: Bool = false) {
            self.pairs = pairs
            self.truncated = truncated
        }
    }

    /// One `Name=value` of a logged list.
    public struct Pair: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// One log entry: its timestamp text (`Tue Oct 12 21:09:59 UTC 2021`) and message.
    public struct Entry: Hashable, Sendable {
        public var timestamp: String?
        public var message: String
    }

    /// Every entry, in order (continuation lines joined to their entry with `\n`).
    public var entries: [Entry] = []
    /// The request ID (`$context.requestId`).
    public var requestId: String?
    /// The timestamp of the first entry, as logged.
    public var startedAt: String?
    /// `HTTP Method: …`.
    public var httpMethod: String?
    /// `Resource Path: …` (the path called, `/pets/42`).
    public var requestPath: String?
    /// `Method request path: {…}`.
    public var methodRequestPath: Pairs?
    /// `Method request query string: {…}`.
    public var methodRequestQuery: Pairs?
    /// `Method request headers: {…}`.
    public var methodRequestHeaders: Pairs?
    /// `Method request body before transformations: …`.
    public var methodRequestBody: Logged?
    /// `Endpoint request URI: …`.
    public var endpointRequestURI: String?
    /// `Endpoint request body after transformations: …`.
    public var endpointRequestBody: Logged?
    /// The backend's status (`Received response. Status: 200, …`); nil when not logged.
    public var backendStatus: String?
    /// The integration latency in ms, when logged.
    public var integrationLatency: Int?
    /// Whether a `Received response` line was seen.
    public var receivedResponse = false
    /// `Endpoint response headers: {…}`.
    public var backendHeaders: Pairs?
    /// `Endpoint response body before transformations: …`.
    public var backendBody: Logged?
    /// The Lambda function error's message (`… due to customer function error: MSG. Lambda request id: …`).
    public var lambdaErrorMessage: String?
    /// `Execution failed due to …` messages.
    public var executionFailures: [String] = []
    /// `Method response body after transformations: …`.
    public var methodResponseBody: Logged?
    /// `Method response headers: {…}`.
    public var methodResponseHeaders: Pairs?
    /// `Method completed with status: …`.
    public var methodStatus: String?
    /// Messages gwx does not read (kept so nothing is lost).
    public var unknownMessages: [String] = []

    public init() {}

    /// Whether the text looked like an execution log at all (some line gwx knows).
    public var isRecognized: Bool {
        requestId != nil || httpMethod != nil || receivedResponse || backendBody != nil || methodStatus != nil || methodResponseBody != nil
    }
}

extension ExecutionLog.Pairs {
    /// The value of the first pair with this name, compared without case.
    public func value(_ name: String) -> String? {
        pairs.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
