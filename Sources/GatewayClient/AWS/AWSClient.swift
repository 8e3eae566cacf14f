import Foundation

/// Supplies credentials for each request (static keys, or temporary ones refreshed as needed).
public protocol CredentialsProvider: Sendable {
    /// Credentials valid now.
    func credentials() async throws -> AWSCredentials
}

/// Credentials that never change.
public struct StaticCredentialsProvider: CredentialsProvider {
    public let value: AWSCredentials
    public init(_ value: AWSCredentials) { self.value = value }
    public func credentials() async throws -> AWSCredentials { value }
}

/// Signs, sends and retries requests to one AWS service endpoint, turning AWS's error
/// answers into `AWSError`s and logging each request when debugging.
public final class AWSClient: Sendable {
    /// The endpoint URL without a trailing `/` (`https://apigateway.eu-west-1.amazonaws.com`).
    public let endpoint: String
    public let signer: SigV4Signer
    let credentialsProvider: any CredentialsProvider
    let transport: any HTTPTransport
    let retryPolicy: RetryPolicy
    let budget: RetryBudget
    let debugLog: (@Sendable (String) -> Void)?
    let now: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void
    let random: @Sendable () -> Double
    /// Every secret the process holds: the credentials of each request are added before it is sent.
    public let secrets: Secrets

    public init(
        endpoint: String,
        signer: SigV4Signer,
        credentials: any CredentialsProvider,
        transport: any HTTPTransport,
        retryPolicy: RetryPolicy = RetryPolicy(),
        budget: RetryBudget = RetryBudget(),
        debugLog: (@Sendable (String) -> Void)? = nil,
        now: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        secrets: Secrets = Secrets()
    ) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.signer = signer
        self.credentialsProvider = credentials
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.budget = budget
        self.debugLog = debugLog
        self.now = now
        self.sleep = sleep
        self.random = random
        self.secrets = secrets
        secrets.add(userInfoOf: endpoint)
    }

    /// Calls a REST-JSON operation: path segments (unencoded), query pairs, optional JSON body.
    /// Returns the parsed response body (nil when empty).
    public func callJSON(_ method: String, _ segments: [String], query: [(String, String)] = [], body: AWSJSON? = nil) async throws -> AWSJSON? {
        let path = "/" + segments.map { URIEncoding.encode($0) }.joined(separator: "/")
        let bytes = body.map { Array($0.serialized.utf8) } ?? []
        var headers = [HTTPHeader("Accept", "application/json")]
        if body != nil { headers.append(HTTPHeader("Content-Type", "application/json")) }
        let response = try await send(method, path: path, query: query, headers: headers, body: bytes)
        guard !response.body.isEmpty else { return nil }
        do {
            return try AWSJSON.parse(response.body)
        } catch {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "the response is not JSON: \(error)",
                           requestId: AWSClient.requestId(response), httpStatus: response.status, request: "\(method) \(path)")
        }
    }

    /// Sends a signed request with retries; returns a 2xx response or throws `AWSError`/`TransportError`.
    public func send(_ method: String, path: String, query: [(String, String)], headers: [HTTPHeader], body: [UInt8]) async throws -> HTTPResponse {
        let queryText = URIEncoding.query(query)
        let url = endpoint + path + (queryText.isEmpty ? "" : "?" + queryText)
        let requestLine = "\(method) \(path)"
        var retry = 0
        while true {
            try Task.checkCancellation()
            let credentials = try await credentialsProvider.credentials()
            secrets.add(credentials.secrets)
            let redactor = secrets.redactor
            let signature = signer.sign(method: method, url: url, headers: headers.map { (name: $0.name, value: $0.value) },
                                        body: body, credentials: credentials, date: now())
            let request = HTTPRequest(method: method, url: url,
                                      headers: headers + signature.headers.map { HTTPHeader($0.name, $0.value) }, body: body)
            let started = ContinuousClock.now
            let failure: any Error
            do {
                let response = try await transport.send(request)
                log(redactor, "\(method) \(url) → \(response.status) in \(Self.milliseconds(since: started)) ms" +
                    (AWSClient.requestId(response).map { " (request ID \($0))" } ?? ""))
                if (200..<300).contains(response.status) {
                    budget.deposit()
                    return response
                }
                failure = AWSClient.decodeError(response, request: requestLine, redactor: redactor)
            } catch let error as TransportError {
                log(redactor, "\(method) \(url) → \(error.kind.rawValue) failure in \(Self.milliseconds(since: started)) ms: \(error.message)")
                failure = TransportError(kind: error.kind, message: redactor.redact(error.message), request: redactor.redact(error.request))
            }
            let retryable = (failure as? AWSError)?.isRetryable ?? (failure as? TransportError)?.isRetryable ?? false
            guard retryable, retry + 1 < retryPolicy.maxAttempts, budget.withdraw() else { throw failure }
            let delay = retryPolicy.delay(beforeRetry: retry, random: random())
            log(redactor, "retrying \(requestLine) in \(delay.milliseconds) ms (retry \(retry + 1) of \(retryPolicy.maxAttempts - 1))")
            try await sleep(delay)
            retry += 1
        }
    }

    /// Aborts every request in flight.
    public func cancelAll() {
        transport.cancelAll()
    }

    // MARK: - Helpers

    private func log(_ redactor: Redactor, _ line: String) {
        debugLog?(redactor.redact(line))
    }

    private static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        (ContinuousClock.now - start).milliseconds
    }

    /// The request ID AWS gave a response.
    static func requestId(_ response: HTTPResponse) -> String? {
        response.header("x-amzn-RequestId") ?? response.header("x-amz-request-id") ?? response.header("x-amzn-requestid")
    }

    /// AWS's error type and message from a REST-JSON (or query-XML) error response.
    static func decodeError(_ response: HTTPResponse, request: String, redactor: Redactor) -> AWSError {
        var type = response.header("x-amzn-ErrorType").map { String($0.split(separator: ":").first ?? "") } ?? ""
        var message = ""
        if let json = try? AWSJSON.parse(response.body) {
            message = json["message"]?.stringValue ?? json["Message"]?.stringValue ?? json["errorMessage"]?.stringValue ?? ""
            if type.isEmpty, let declared = json["__type"]?.stringValue ?? json["code"]?.stringValue ?? json["Code"]?.stringValue {
                type = String(declared.split(separator: "#").last ?? Substring(declared))
            }
        } else {
            let text = String(decoding: response.body, as: UTF8.self)
            if type.isEmpty, let code = xmlElement("Code", in: text) { type = code }
            message = xmlElement("Message", in: text) ?? String(text.prefix(300)).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if type.isEmpty { type = "HTTP\(response.status)" }
        if message.isEmpty { message = "HTTP status \(response.status) with no message" }
        return AWSError(code: AWSError.code(forType: type, status: response.status), type: type,
                        message: redactor.redact(message), requestId: requestId(response),
                        httpStatus: response.status, request: request)
    }

    /// The text of the first `<name>…</name>` element (enough for AWS's small XML answers).
    static func xmlElement(_ name: String, in text: String) -> String? {
        guard let start = text.range(of: "<\(name)>"), let end = text.range(of: "</\(name)>", range: start.upperBound..<text.endIndex) else {
            return nil
        }
        return String(text[start.upperBound..<end.lowerBound])
            .replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">").replacingAll("&quot;", with: "\"")
            .replacingAll("&apos;", with: "'").replacingAll("&amp;", with: "&")
    }
}
