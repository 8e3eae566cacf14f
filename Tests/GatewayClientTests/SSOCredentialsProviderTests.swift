import Foundation
import XCTest
@testable import GatewayClient

/// IAM Identity Center: the token botocore cached, refreshed through SSO OIDC, then the
/// portal's GetRoleCredentials, against the fakes.
final class SSOCredentialsProviderTests: XCTestCase {
    let startURL = "https://d-123.awsapps.com/start"

    func spec(_ peer: CredentialPeer, cache: URL, session: String?) -> SSOSpec {
        SSOSpec(profileName: "dev", startURL: startURL, ssoRegion: "eu-west-1", accountId: "111122223333", roleName: "Reader",
                sessionName: session, cacheDirectory: cache.path, portalEndpoint: peer.url, oidcEndpoint: peer.url)
    }

    func testCacheFileNameIsBotocoresSHA1OfTheSessionNameOrStartURL() throws {
        let folder = try temporaryFolder("sso-name")
        defer { try? FileManager.default.removeItem(at: folder) }
        let token = #"{"accessToken": "tok-abc", "expiresAt": 600}"#
        let bySession = try CredentialPeer.botocoreCache(["write", folder.path, startURL, "my-sso", token])
        let byURL = try CredentialPeer.botocoreCache(["write", folder.path, startURL, "-", token])
        let cache = SSOTokenCache(directory: folder.path)
        XCTAssertEqual(cache.path(for: "my-sso"), bySession)
        XCTAssertEqual(cache.path(for: startURL), byURL)
        XCTAssertEqual(try cache.load("my-sso", secrets: Secrets())?.accessToken, "tok-abc")
    }

    func testRoleCredentialsComeFromThePortalWithTheBearerTokenAndAreCached() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("sso-get")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CredentialPeer.botocoreCache(["write", folder.path, startURL, "my-sso", #"{"accessToken": "aoa-valid-token", "expiresAt": 3600}"#])
        let issued = CredentialPeer.issued("sso")
        try await peer.configure(.object([("sso", .object([("accessTokens", .array([.string("aoa-valid-token")])),
                                                            ("accountId", .string("111122223333")), ("roleName", .string("Reader")),
                                                            ("credentials", issued.json)]))]))
        let secrets = Secrets()
        let provider = SSOCredentialsProvider(spec: spec(peer, cache: folder, session: "my-sso"),
                                              call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: secrets))
        let first = try await provider.credentials()
        let second = try await provider.credentials()
        XCTAssertEqual(first.accessKeyId, issued.keyId)
        XCTAssertEqual(first.secretAccessKey, issued.secret)
        XCTAssertEqual(second, first)
        let seen = try await peer.log()
        XCTAssertEqual(seen.count, 1, "cached until they expire")
        XCTAssertEqual(secrets.redact("aoa-valid-token \(issued.secret) \(issued.token)"), "<redacted> <redacted> <redacted>")
    }

    func testAPortalThatRefusesTheTokenGivesTheLoginMessage() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("sso-refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CredentialPeer.botocoreCache(["write", folder.path, startURL, "-", #"{"accessToken": "revoked-token", "expiresAt": 3600}"#])
        try await peer.configure(.object([("sso", .object([("accessTokens", .array([])), ("accountId", .string("111122223333")),
                                                            ("roleName", .string("Reader")), ("credentials", CredentialPeer.issued("x").json)]))]))
        let provider = SSOCredentialsProvider(spec: spec(peer, cache: folder, session: nil),
                                              call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        do {
            _ = try await provider.credentials()
            XCTFail("a refused token must fail")
        } catch let error as ConfigError {
            XCTAssertTrue(error.description.contains("run `aws sso login --profile dev`"), error.description)
        }
    }

    func testATokenNearExpiryIsRefreshedAndWrittenBackAsBotocoreReadsIt() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("sso-refresh")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 10 minutes left: inside botocore's 15-minute refresh window.
        try CredentialPeer.botocoreCache(["write", folder.path, startURL, "my-sso", #"""
            {"startUrl": "https://d-123.awsapps.com/start", "region": "eu-west-1", "accessToken": "old-token", "expiresAt": 600,
             "clientId": "cid", "clientSecret": "csecret-value", "registrationExpiresAt": 86400, "refreshToken": "rtoken-value"}
            """#])
        try await peer.configure(.object([
            ("sso", .object([("accessTokens", .array([.string("old-token")])), ("accountId", .string("111122223333")),
                             ("roleName", .string("Reader")), ("credentials", CredentialPeer.issued("sso").json)])),
            ("oidc", .object([("clientId", .string("cid")), ("clientSecret", .string("csecret-value")), ("refreshToken", .string("rtoken-value")),
                              ("newAccessToken", .string("new-token")), ("expiresIn", .number(3600))])),
        ]))
        let provider = SSOCredentialsProvider(spec: spec(peer, cache: folder, session: "my-sso"),
                                              call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        _ = try await provider.credentials()
        let log = try await peer.log()
        XCTAssertEqual(log.compactMap { $0["path"]?.stringValue }, ["/token", "/federation/credentials"])
        XCTAssertEqual(log.last?["headers"]?["x-amz-sso_bearer_token"]?.stringValue, "new-token")
        let reread = try AWSJSON.parse(Array(try CredentialPeer.botocoreCache(["read", folder.path, startURL, "my-sso"]).utf8))
        XCTAssertEqual(reread["accessToken"]?.stringValue, "new-token")
        XCTAssertEqual(reread["clientSecret"]?.stringValue, "csecret-value")
        XCTAssertNil(reread["refreshToken"], "botocore drops a refresh token CreateToken did not return")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).count, 1, "no temp file is left")
    }

    func testAnExpiredLegacyTokenIsNeverRefreshedNorSent() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("sso-legacy")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CredentialPeer.botocoreCache(["write", folder.path, startURL, "-", #"""
            {"accessToken": "old", "expiresAt": -5, "clientId": "c", "clientSecret": "s", "registrationExpiresAt": 86400, "refreshToken": "r"}
            """#])
        let provider = SSOCredentialsProvider(spec: spec(peer, cache: folder, session: nil),
                                              call: UnsignedCall(transport: CurlTransport(), debugLog: nil, secrets: Secrets()))
        do {
            _ = try await provider.credentials()
            XCTFail("an expired legacy token must fail")
        } catch let error as ConfigError {
            XCTAssertEqual(error.description.split(separator: "\n").count, 1)
            XCTAssertTrue(error.description.contains("aws sso login --profile dev"), error.description)
        }
        let seen = try await peer.log()
        XCTAssertEqual(seen.count, 0)
    }
}
