import Foundation
import XCTest
@testable import GatewayClient

/// IMDSv2 against its fake (which refuses metadata requests without the issued token).
final class InstanceMetadataCredentialsProviderTests: XCTestCase {
    func testTheTokenIsFetchedFirstAndSentWithEachMetadataRequest() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let issued = CredentialPeer.issued("ec2")
        try await peer.configure(.object([("imds", .object([("role", .string("web-role")), ("credentials", issued.json)]))]))
        let provider = InstanceMetadataCredentialsProvider(spec: InstanceMetadataSpec(endpoint: peer.url, lookedAt: []),
                                                           call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        let credentials = try await provider.credentials()
        XCTAssertEqual(credentials.accessKeyId, issued.keyId)
        XCTAssertEqual(credentials.source, "EC2 instance metadata (IMDSv2) role web-role")
        let log = try await peer.log()
        XCTAssertEqual(log.map { "\($0["method"]?.stringValue ?? "") \($0["path"]?.stringValue ?? "")" },
                       ["PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
                        "GET /latest/meta-data/iam/security-credentials/web-role"])
        XCTAssertEqual(log.first?["headers"]?["x-aws-ec2-metadata-token-ttl-seconds"]?.stringValue, "21600")
    }

    func testNoAnswerWhenItIsTheLastResortIsTheNoCredentialsMessage() throws {
        let spec = InstanceMetadataSpec(endpoint: "http://127.0.0.1:1", lookedAt: ["AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set)"])
        XCTAssertThrowsError(try InstanceMetadataCredentialsProvider.probe(spec, transport: CurlTransport())) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("no AWS credentials found. Looked at: AWS_ACCESS_KEY_ID"), text)
            XCTAssertTrue(text.contains("EC2 instance metadata at http://127.0.0.1:1 (no answer"), text)
        }
    }
}
