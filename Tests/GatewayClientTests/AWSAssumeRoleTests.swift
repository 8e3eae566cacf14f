import Foundation
import XCTest
@testable import GatewayClient

/// STS AssumeRole through the same signing code, against moto's STS behind the proxy.
final class AWSAssumeRoleTests: XCTestCase {
    func testARoleIsAssumedAndItsTemporaryCredentialsSignTheCalls() async throws {
        let peer = try AWSPeer()
        defer { peer.stop() }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-aws-role-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "[base]\naws_access_key_id = \(AWSPeer.accessKey)\naws_secret_access_key = \(AWSPeer.secretKey)\n"
            .write(to: directory.appendingPathComponent("credentials"), atomically: true, encoding: .utf8)
        try "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nregion = us-east-1\n"
            .write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let config = try AWSConfigLoader(environment: [
            "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("credentials").path,
            "AWS_CONFIG_FILE": directory.appendingPathComponent("config").path,
            "AWS_ENDPOINT_URL": peer.proxyURL,
        ]).load(profile: "admin", region: nil, endpointURL: nil)
        let source = AWSSource.make(config: config, transport: CurlTransport())
        _ = try await source.listRestAPIs()
        let stats = try await peer.control("stats")
        let log = stats["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log, ["POST /", "GET /restapis?limit=500"])
        XCTAssertEqual(stats["signatureFailures"]?.numberValue, 0, "the temporary keys from STS signed the API call")
    }
}
