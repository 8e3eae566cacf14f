/// One HTTP header as sent or received.
public struct HTTPHeader: Hashable, Sendable {
    public var name: String
    public var value: String
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// An HTTP request ready to send: wire URL, headers (signed already), body bytes.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }
}

/// An HTTP response: status, headers (names as received) and the decoded body.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [HTTPHeader]
    public var body: [UInt8]

    public init(status: Int, headers: [HTTPHeader] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? {
        let wanted = name.lowercased()
        return headers.first { $0.name.lowercased() == wanted }?.value
    }
}

/// Sends HTTP requests; the real one is `CurlTransport`, tests use in-memory doubles.
public protocol HTTPTransport: Sendable {
    /// Sends one request and returns the response, or throws a `TransportError` when no
    /// response arrived (connection refused or reset, timeout, TLS failure, cancel).
    func send(_ request: HTTPRequest) async throws -> HTTPResponse

    /// Aborts every request in flight (they fail with a cancelled `TransportError`).
    func cancelAll()
}

/// No HTTP response arrived.
public struct TransportError: Error, Sendable, CustomStringConvertible {
    /// What went wrong on the way.
    public enum Kind: String, Sendable {
        case connect, timeout, reset, tls, cancelled, other
    }

    public var kind: Kind
    /// The low-level reason (libcurl's message).
    public var message: String
    /// The request line (`GET https://…/restapis`), without secrets.
    public var request: String

    public init(kind: Kind, message: String, request: String) {
        self.kind = kind
        self.message = message
        self.request = request
    }

    /// Whether trying again may help (a refused or reset connection, a timeout).
    public var isRetryable: Bool { kind == .connect || kind == .timeout || kind == .reset }

    public var description: String {
        switch kind {
        case .cancelled: return "cancelled: \(request)"
        case .tls: return "TLS failure on \(request): \(message) (set AWS_CA_BUNDLE to a CA bundle file if your network uses its own certificate authority)"
        default: return "\(kind.rawValue) failure on \(request): \(message)"
        }
    }
}
