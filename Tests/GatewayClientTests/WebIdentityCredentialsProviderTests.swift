import Foundation
import XCTest
@testable import GatewayClient

/// STS AssumeRoleWithWebIdentity (unsigned) with a token file, against the STS fake.
final class WebIdentityCredentialsProviderTests: XCTestCase {
    func testTheTokenFileIsSentUnsignedAndItsTokenRedacted() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("web-identity")
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = "eyJ-\(UUID().uuidString)"
        try (token + "\n").write(to: folder.appendingPathComponent("token"), atomically: true, encoding: .utf8)
        let issued = CredentialPeer.issued("web")
        try await peer.configure(.object([("webIdentity", .object([("token", .string(token)), ("roleArn", .string("arn:aws:iam::1:role/ci")),
                                                                    ("credentials", issued.json)]))]))
        let secrets = Secrets()
        let spec = WebIdentitySpec(roleArn: "arn:aws:iam::1:role/ci", sessionName: "s", tokenFile: folder.appendingPathComponent("token").path,
                                   stsEndpoint: peer.url)
        let provider = WebIdentityCredentialsProvider(spec: spec, call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: secrets))
        let credentials = try await provider.credentials()
        XCTAssertEqual(credentials.accessKeyId, issued.keyId)
        XCTAssertEqual(credentials.sessionToken, issued.token)
        let log = try await peer.log()
        XCTAssertNil(log.first?["headers"]?["authorization"], "AssumeRoleWithWebIdentity is unsigned")
        XCTAssertEqual(secrets.redact(token + " " + issued.secret), "<redacted> <redacted>")
    }

    func testARefusedTokenIsSTSsError() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("web-identity-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not-the-token".write(to: folder.appendingPathComponent("token"), atomically: true, encoding: .utf8)
        try await peer.configure(.object([("webIdentity", .object([("token", .string("other")), ("roleArn", .string("r")),
                                                                    ("credentials", CredentialPeer.issued("w").json)]))]))
        let spec = WebIdentitySpec(roleArn: "r", sessionName: "s", tokenFile: folder.appendingPathComponent("token").path, stsEndpoint: peer.url)
        let provider = WebIdentityCredentialsProvider(spec: spec, call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        do {
            _ = try await provider.credentials()
            XCTFail("a refused token must fail")
        } catch let error as AWSError {
            XCTAssertEqual(error.type, "InvalidIdentityToken")
        }
    }
}
