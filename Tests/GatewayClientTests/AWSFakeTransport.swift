import Foundation
@testable import GatewayClient

/// An in-memory transport: answers from a handler and records every request it was sent.
final class AWSFakeTransport: HTTPTransport {
    private let recorded = Locked<[HTTPRequest]>([])
    private let handler: @Sendable (HTTPRequest) throws -> HTTPResponse

    init(_ handler: @escaping @Sendable (HTTPRequest) throws -> HTTPResponse) {
        self.handler = handler
    }

    var requests: [HTTPRequest] {
        recorded.withLock { $0 }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try handler(request)
    }

    func cancelAll() {}

    /// A client over this transport with fixed keys, instant sleeps and a fixed jitter.
    func client(retry: RetryPolicy = RetryPolicy(), budget: RetryBudget = RetryBudget(), sleeps: Locked<[Duration]> = Locked([]),
                log: (@Sendable (String) -> Void)? = nil, token: String? = "SESSIONTOKENVALUE") -> AWSClient {
        AWSClient(endpoint: "https://apigateway.us-east-1.amazonaws.com",
                  signer: SigV4Signer(service: "apigateway", region: "us-east-1"),
                  credentials: StaticCredentialsProvider(AWSCredentials(accessKeyId: "AKIDFAKE", secretAccessKey: "FAKESECRETKEYVALUE", sessionToken: token)),
                  transport: self, retryPolicy: retry, budget: budget, debugLog: log,
                  sleep: { duration in sleeps.withLock { $0.append(duration) } }, random: { 0.5 })
    }

    /// An HTTP response from a recorded fixture (`status`, `headers`, `body`).
    static func response(fixture name: String) throws -> HTTPResponse {
        let json = try AWSJSON.parse(Array(try AWSTestSupport.fixture(name)))
        return HTTPResponse(status: Int(json["status"]?.numberValue ?? 0),
                            headers: (json["headers"]?.members ?? []).map { HTTPHeader($0.key, $0.value.stringValue ?? "") },
                            body: Array((json["body"]?.stringValue ?? "").utf8))
    }
}
