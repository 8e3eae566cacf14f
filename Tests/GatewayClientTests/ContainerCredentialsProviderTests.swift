import Foundation
import XCTest
@testable import GatewayClient

/// The container credentials endpoint, against its fake (which checks the Authorization token).
final class ContainerCredentialsProviderTests: XCTestCase {
    func testTheTokenFileWinsOverTheTokenAndIsSentAsAuthorization() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("container")
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = "pod-identity-\(UUID().uuidString)"
        try token.write(to: folder.appendingPathComponent("token"), atomically: true, encoding: .utf8)
        let issued = CredentialPeer.issued("ecs")
        try await peer.configure(.object([("container", .object([("path", .string("/creds")), ("authToken", .string(token)),
                                                                  ("credentials", issued.json)]))]))
        let secrets = Secrets()
        let spec = ContainerSpec(url: peer.url + "/creds", authToken: "ignored-token", authTokenFile: folder.appendingPathComponent("token").path)
        let provider = ContainerCredentialsProvider(spec: spec, call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: secrets))
        let credentials = try await provider.credentials()
        XCTAssertEqual(credentials.accessKeyId, issued.keyId)
        XCTAssertEqual(credentials.sessionToken, issued.token)
        XCTAssertEqual(secrets.redact(token), "<redacted>")
    }

    func testATokenWithALineBreakIsRefusedBeforeAnyRequest() async throws {
        let spec = ContainerSpec(url: "http://127.0.0.1:1/creds", authToken: "abc\r\nX-Evil: 1", authTokenFile: nil)
        let provider = ContainerCredentialsProvider(spec: spec, call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        do {
            _ = try await provider.credentials()
            XCTFail("expected a refusal")
        } catch let error as ConfigError {
            XCTAssertTrue(error.description.contains("line break"), error.description)
        }
    }

    func testFullURIsAreAllowedAsBotocoreAllowsThem() {
        XCTAssertTrue(ContainerSpec.isAllowed("https://anything.example/creds"))
        XCTAssertTrue(ContainerSpec.isAllowed("http://127.0.0.1:8080/creds"))
        XCTAssertTrue(ContainerSpec.isAllowed("http://169.254.170.23/v1/credentials"))
        XCTAssertTrue(ContainerSpec.isAllowed("http://[fd00:ec2::23]/v1/credentials"))
        XCTAssertFalse(ContainerSpec.isAllowed("http://example.com/creds"))
        XCTAssertFalse(ContainerSpec.isAllowed("ftp://127.0.0.1/creds"))
    }
}
