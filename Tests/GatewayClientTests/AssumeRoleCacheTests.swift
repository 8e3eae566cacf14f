import Foundation
import XCTest
@testable import GatewayClient

/// The AWS CLI's assume-role cache for MFA roles: named as botocore names it, a session the
/// CLI cached is used without asking, and a new session is written for the next command.
final class AssumeRoleCacheTests: XCTestCase {
    func botocoreKey(_ role: String, _ extra: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try AWSTestSupport.python())
        process.arguments = [AWSTestSupport.packageRoot.appendingPathComponent("Tests/peers/cli_cache.py").path, "key", role, extra]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func provider(_ role: String, session: String = "generated", configured: Bool = false, externalId: String? = nil,
                  duration: Int? = nil, cache: String? = nil, sts: String = "http://127.0.0.1:1",
                  prompt: @escaping MFAPrompt = { _ in throw PeerError("must not ask") }) -> AssumeRoleCredentialsProvider {
        let client = AWSClient(endpoint: sts, signer: SigV4Signer(service: "sts", region: "us-east-1"),
                               credentials: StaticCredentialsProvider(AWSCredentials(accessKeyId: "AKIDBASE", secretAccessKey: "base/secret")),
                               transport: CurlTransport())
        return AssumeRoleCredentialsProvider(roleArn: role, sessionName: session, externalId: externalId, durationSeconds: duration,
                                             mfa: MFASpec(serial: "arn:aws:iam::1:mfa/me", profileName: "p", cacheDirectory: cache,
                                                          sessionNameIsConfigured: configured),
                                             prompt: prompt, sts: client)
    }

    func testTheCacheKeyIsBotocoresForEveryArgument() throws {
        XCTAssertEqual(provider("arn:aws:iam::1:role/a").cacheKey,
                       try botocoreKey("arn:aws:iam::1:role/a", #"{"SerialNumber": "arn:aws:iam::1:mfa/me"}"#))
        XCTAssertEqual(provider("arn:aws:iam::1:role/a", session: "mine", configured: true, externalId: "ext-ü", duration: 900).cacheKey,
                       try botocoreKey("arn:aws:iam::1:role/a", #"{"SerialNumber": "arn:aws:iam::1:mfa/me", "RoleSessionName": "mine", "ExternalId": "ext-ü", "DurationSeconds": 900}"#))
    }

    func testASessionTheCLICachedIsUsedWithoutAsking() async throws {
        let folder = try temporaryFolder("cli-cache")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CredentialPeer.botocoreCLICache(["write", folder.path, "arn:aws:iam::1:role/a", #"{"SerialNumber": "arn:aws:iam::1:mfa/me"}"#,
                                             #"{"AccessKeyId": "ASIACACHED", "SecretAccessKey": "cached/secret", "SessionToken": "cached-token"}"#, "3600"])
        let credentials = try await provider("arn:aws:iam::1:role/a", cache: folder.path).credentials()
        XCTAssertEqual(credentials.accessKeyId, "ASIACACHED")
        XCTAssertEqual(credentials.sessionToken, "cached-token")
    }

    func testASessionWithinBotocoresWindowIsNotUsed() async throws {
        let folder = try temporaryFolder("cli-cache-old")
        defer { try? FileManager.default.removeItem(at: folder) }
        try CredentialPeer.botocoreCLICache(["write", folder.path, "arn:aws:iam::1:role/a", #"{"SerialNumber": "arn:aws:iam::1:mfa/me"}"#,
                                             #"{"AccessKeyId": "ASIAOLD", "SecretAccessKey": "s", "SessionToken": "t"}"#, "600"])
        let asked = Locked(false)
        do {
            _ = try await provider("arn:aws:iam::1:role/a", cache: folder.path, prompt: { _ in
                asked.withLock { $0 = true }
                throw PeerError("stop here")
            }).credentials()
            XCTFail("10 minutes left is inside the 15-minute window: a new session is needed")
        } catch {
            XCTAssertTrue(asked.withLock { $0 })
        }
    }

    func testANewSessionIsWrittenWhereTheCLIWouldLookForIt() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let folder = try temporaryFolder("cli-cache-new")
        defer { try? FileManager.default.removeItem(at: folder) }
        let issued = CredentialPeer.issued("mfa")
        try await peer.configure(.object([("assumeRole", .object([
            ("roleArn", .string("arn:aws:iam::1:role/a")), ("mfaSerial", .string("arn:aws:iam::1:mfa/me")), ("mfaCode", .string("246810")),
            ("credentials", issued.json), ("keys", .object([("AKIDBASE", .string("base/secret"))])),
        ]))]))
        _ = try await provider("arn:aws:iam::1:role/a", cache: folder.path, sts: peer.url, prompt: { _ in "246810" }).credentials()
        let key = try botocoreKey("arn:aws:iam::1:role/a", #"{"SerialNumber": "arn:aws:iam::1:mfa/me"}"#)
        let file = folder.appendingPathComponent(key + ".json").path
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        let again = try await provider("arn:aws:iam::1:role/a", cache: folder.path, sts: peer.url).credentials()
        XCTAssertEqual(again.accessKeyId, issued.keyId, "the next command reuses the session without asking")
        let log = try await peer.log()
        XCTAssertEqual(log.count, 1)
    }
}
