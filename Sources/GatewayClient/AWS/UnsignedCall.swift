import Foundation

/// One unsigned call to a credentials service (SSO portal, SSO OIDC, STS web identity, the
/// container endpoint, instance metadata): logged redacted when debugging, AWS's error
/// answers decoded into `AWSError`.
struct UnsignedCall: Sendable {
    var transport: any HTTPTransport
    var debugLog: (@Sendable (String) -> Void)?
    var secrets: Secrets

    /// Sends the request; returns a 2xx response or throws `AWSError`/`TransportError` (redacted).
    func send(_ request: HTTPRequest, what: String) async throws -> HTTPResponse {
        let redactor = secrets.redactor
        let path = request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.url
        let started = ContinuousClock.now
        do {
            let response = try await transport.send(request)
            debugLog?(redactor.redact("\(request.method) \(path) → \(response.status) in \((ContinuousClock.now - started).milliseconds) ms (\(what))"))
            guard (200..<300).contains(response.status) else {
                throw AWSClient.decodeError(response, request: "\(request.method) \(path) (\(what))", redactor: redactor)
            }
            return response
        } catch let error as TransportError {
            debugLog?(redactor.redact("\(request.method) \(path) → \(error.kind.rawValue) failure (\(what)): \(error.message)"))
            throw TransportError(kind: error.kind, message: redactor.redact(error.message), request: redactor.redact(error.request))
        }
    }
}

extension AWSJSON {
    /// A member that is text, or a number written as text.
    func text(_ key: String) -> String? {
        if let text = self[key]?.stringValue { return text }
        return self[key]?.numberValue.map { String(Int64($0)) }
    }
}
