import Foundation

/// What the backend answered, as API Gateway sees it before the integration response runs.
///
/// For an HTTP, MOCK or non-Lambda AWS integration the status code selects the integration
/// response; for a non-proxy Lambda integration the function error's `errorMessage` does
/// (`nil` for a successful invocation).
public struct BackendResponse: Hashable, Sendable {
    /// One header line; a name may repeat (multi-value headers).
    public struct Header: Hashable, Sendable {
        /// The header name as written.
        public var name: String
        /// The header value.
        public var value: String
        /// Creates a value from its parts.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The HTTP status code the backend returned (`"200"`, `"404"`); ignored for Lambda.
    public var statusCode: String?
    /// The Lambda function error's `errorMessage`; `nil` when the invocation succeeded.
    public var errorMessage: String?
    /// The response headers in the order received; a name may appear more than once.
    public var headers: [Header]
    /// The raw body bytes.
    public var body: Data
    /// Whether API Gateway treats the body as binary (its media type is one of the API's
    /// `binaryMediaTypes`); a text body is UTF-8.
    public var isBinary: Bool

    /// A response with a text body.
    public init(statusCode: String? = nil, errorMessage: String? = nil, headers: [(String, String)] = [], body: String = "", isBinary: Bool = false) {
        self.init(statusCode: statusCode, errorMessage: errorMessage, headers: headers, bodyData: Data(body.utf8), isBinary: isBinary)
    }

    /// A response with a body given as bytes.
    public init(statusCode: String? = nil, errorMessage: String? = nil, headers: [(String, String)] = [], bodyData: Data, isBinary: Bool = false) {
        self.statusCode = statusCode
        self.errorMessage = errorMessage
        self.headers = headers.map { Header(name: $0.0, value: $0.1) }
        self.body = bodyData
        self.isBinary = isBinary
    }

    /// The body as text (invalid UTF-8 sequences replaced).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }

    /// Every value of a header, matched case-sensitively as API Gateway does, in order.
    public func values(ofHeader name: String) -> [String] {
        headers.filter { $0.name == name }.map(\.value)
    }

    /// The spellings of a header name that differ from `name` only by case.
    func otherSpellings(ofHeader name: String) -> [String] {
        var seen: [String] = []
        for header in headers where header.name != name && header.name.lowercased() == name.lowercased() && !seen.contains(header.name) {
            seen.append(header.name)
        }
        return seen
    }
}
