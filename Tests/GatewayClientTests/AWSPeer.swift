import Foundation
import XCTest
@testable import GatewayClient

/// The Python test peer (`Tests/peers/aws_peer.py`): moto's server and the checking proxy.
final class AWSPeer: @unchecked Sendable {
    static let accessKey = "AKIDGWXTEST"
    static let secretKey = "gwx/test+SECRET/key"

    let process = Process()
    private let input = Pipe()
    let motoURL: String
    let proxyURL: String
    private let control = CurlTransport()

    /// Starts the peer and waits for its READY line; throws (the test fails) when it cannot start.
    init() throws {
        let started = try AWSTestSupport.startPeer("aws_peer.py", arguments: ["--access-key", AWSPeer.accessKey, "--secret-key", AWSPeer.secretKey],
                                                   process: process, input: input)
        let text = started.line
        func port(_ name: String) -> String? {
            text.split(separator: " ").first { $0.hasPrefix("\(name)=") }.map { String($0.dropFirst(name.count + 1)).trimmingCharacters(in: .whitespacesAndNewlines) }
        }
        guard text.hasPrefix("READY"), let moto = port("moto"), let proxy = port("proxy") else {
            process.terminate()
            throw PeerError("the AWS test peer did not start (\(started.command)); it printed: \(text.isEmpty ? "nothing" : text). Is moto[server] installed (pip install -r requirements-test.txt)?")
        }
        motoURL = "http://127.0.0.1:\(moto)"
        proxyURL = "http://127.0.0.1:\(proxy)"
    }

    /// Stops the peer (closing its standard input ends it).
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Calls a control endpoint of the proxy (`stats`, `reset`, `config`, `faults`, `seed`, `boto3`).
    @discardableResult
    func control(_ name: String, _ body: AWSJSON = AWSJSON.emptyObject) async throws -> AWSJSON {
        let response = try await control.send(HTTPRequest(method: name == "stats" ? "GET" : "POST", url: "\(proxyURL)/__peer/\(name)",
                                                          headers: [HTTPHeader("Content-Type", "application/json")],
                                                          body: Array(body.serialized.utf8)))
        let json = try AWSJSON.parse(response.body)
        guard response.status == 200 else { throw PeerError("peer \(name) failed: \(json.serialized)") }
        return json
    }

    /// A boto3 `apigateway` call made by the peer directly against moto.
    func boto3(_ op: String, _ params: [(String, AWSJSON)]) async throws -> AWSJSON {
        try await control("boto3", .object([("op", .string(op)), ("params", .object(params))]))
    }

    /// The number of API requests the proxy has seen since the last reset.
    func requestCount() async throws -> Int {
        Int(try await control("stats")["requests"]?.numberValue ?? -1)
    }

    /// A source talking to the proxy (or to moto directly), signed with the peer's test keys.
    func source(direct: Bool = false, secret: String = AWSPeer.secretKey, retry: RetryPolicy = RetryPolicy(base: .milliseconds(1), cap: .milliseconds(5)),
                debugLog: (@Sendable (String) -> Void)? = nil) -> AWSSource {
        let config = AWSResolvedConfig(profileName: "test", region: "us-east-1", endpoint: direct ? motoURL : proxyURL,
                                       credentials: .fixed(AWSCredentials(accessKeyId: AWSPeer.accessKey, secretAccessKey: secret, source: "test")))
        return AWSSource.make(config: config, transport: CurlTransport(), debugLog: debugLog, retryPolicy: retry)
    }
}
