/// What `TestInvokeMethod` sends: the client request API Gateway simulates for one method.
///
/// The shapes are botocore's (`TestInvokeMethodRequest`); see `docs/test-invoke.md`.
public struct TestInvokeRequest: Hashable, Sendable {
    /// The URI path with its query string (`/pets/42?x=1`); path parameters come from it.
    public var pathWithQueryString: String?
    /// The request body, if any.
    public var body: String?
    /// Request headers in order; a name may repeat (sent as `multiValueHeaders`).
    public var headers: [(name: String, value: String)]
    /// Stage variables (the test runs in `test-invoke-stage`, which has none of its own).
    public var stageVariables: [(name: String, value: String)]

    /// Creates a value from its parts.
    public init(pathWithQueryString: String? = nil, body: String? = nil, headers: [(name: String, value: String)] = [], stageVariables: [(name: String, value: String)] = []) {
        self.pathWithQueryString = pathWithQueryString
        self.body = body
        self.headers = headers
        self.stageVariables = stageVariables
    }

    public static func == (a: TestInvokeRequest, b: TestInvokeRequest) -> Bool {
        a.pathWithQueryString == b.pathWithQueryString && a.body == b.body
            && a.headers.map { [$0.name, $0.value] } == b.headers.map { [$0.name, $0.value] }
            && a.stageVariables.map { [$0.name, $0.value] } == b.stageVariables.map { [$0.name, $0.value] }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(pathWithQueryString)
        hasher.combine(body)
        for header in headers { hasher.combine(header.name); hasher.combine(header.value) }
        for variable in stageVariables { hasher.combine(variable.name); hasher.combine(variable.value) }
    }

    /// The path without the query string (`/pets/42`); `/` when none was given.
    public var path: String {
        let whole = pathWithQueryString ?? "/"
        let path = whole.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        return path.isEmpty ? "/" : path
    }

    /// The query string after `?`, if any.
    public var queryString: String? {
        guard let whole = pathWithQueryString, let mark = whole.firstIndex(of: "?") else { return nil }
        return String(whole[whole.index(after: mark)...])
    }
}

/// What `TestInvokeMethod` answers: API Gateway's own response to the simulated request, and
/// its execution log (botocore's `TestInvokeMethodResponse`).
public struct TestInvokeResponse: Hashable, Sendable {
    /// The method response status AWS sent.
    public var status: Int
    /// The response body AWS sent.
    public var body: String
    /// The response headers, one value per name (AWS's `headers`).
    public var headers: OrderedMap<String>
    /// Every value of each header (AWS's `multiValueHeaders`); may be empty on old answers.
    public var multiValueHeaders: OrderedMap<[String]>
    /// The execution log, as AWS wrote it.
    public var log: String
    /// How long the test took on AWS's side, in milliseconds.
    public var latency: Int?

    /// Creates a value from its parts.
    public init(status: Int, body: String = "", headers: OrderedMap<String> = [:], multiValueHeaders: OrderedMap<[String]> = [:], log: String = "", latency: Int? = nil) {
        self.status = status
        self.body = body
        self.headers = headers
        self.multiValueHeaders = multiValueHeaders
        self.log = log
        self.latency = latency
    }

    /// Every header line AWS sent, in order: `multiValueHeaders` when present, else `headers`.
    public var headerLines: [(name: String, value: String)] {
        if !multiValueHeaders.isEmpty {
            return multiValueHeaders.entries.flatMap { entry in entry.value.map { (entry.key, $0) } }
        }
        return headers.entries.map { ($0.key, $0.value) }
    }
}
