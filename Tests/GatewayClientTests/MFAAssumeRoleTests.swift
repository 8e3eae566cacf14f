import Foundation
import XCTest
@testable import GatewayClient

/// AssumeRole with `mfa_serial`: signed with the source keys (the STS fake verifies SigV4 with
/// botocore), the code asked once, the session kept for its lifetime.
final class MFAAssumeRoleTests: XCTestCase {
    func testTheCodeIsAskedOnceAndSentWithTheSerial() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        let issued = CredentialPeer.issued("mfa")
        try await peer.configure(.object([("assumeRole", .object([
            ("roleArn", .string("arn:aws:iam::1:role/admin")), ("mfaSerial", .string("arn:aws:iam::1:mfa/me")), ("mfaCode", .string("123456")),
            ("credentials", issued.json), ("keys", .object([("AKIDBASE", .string("base/secret"))])),
        ]))]))
        let asked = Locked(0)
        let spec = CredentialSpec.assumeRole(roleArn: "arn:aws:iam::1:role/admin", sessionName: "s", externalId: nil, durationSeconds: nil,
                                             source: .fixed(AWSCredentials(accessKeyId: "AKIDBASE", secretAccessKey: "base/secret")),
                                             stsEndpoint: peer.url, region: "us-east-1", mfa: MFASpec(serial: "arn:aws:iam::1:mfa/me", profileName: "admin"))
        let provider = AWSSource.credentialsProvider(spec, transport: CurlTransport(), debugLog: nil, mfaPrompt: { mfa in
            asked.withLock { $0 += 1 }
            XCTAssertEqual(mfa.profileName, "admin")
            return "123456"
        })
        async let first = provider.credentials()
        async let second = provider.credentials()
        let (a, b) = try await (first, second)
        XCTAssertEqual(a.accessKeyId, issued.keyId)
        XCTAssertEqual(b, a)
        _ = try await provider.credentials()
        XCTAssertEqual(asked.withLock { $0 }, 1, "asked once, the session kept")
        let log = try await peer.log()
        XCTAssertEqual(log.count, 1)
    }

    func testAWrongCodeIsSTSsAccessDenied() async throws {
        let peer = try CredentialPeer()
        defer { peer.stop() }
        try await peer.configure(.object([("assumeRole", .object([
            ("roleArn", .string("r")), ("mfaSerial", .string("m")), ("mfaCode", .string("111111")),
            ("credentials", CredentialPeer.issued("x").json), ("keys", .object([("AKIDBASE", .string("base/secret"))])),
        ]))]))
        let spec = CredentialSpec.assumeRole(roleArn: "r", sessionName: "s", externalId: nil, durationSeconds: nil,
                                             source: .fixed(AWSCredentials(accessKeyId: "AKIDBASE", secretAccessKey: "base/secret")),
                                             stsEndpoint: peer.url, region: "us-east-1", mfa: MFASpec(serial: "m", profileName: "p"))
        let provider = AWSSource.credentialsProvider(spec, transport: CurlTransport(), debugLog: nil, mfaPrompt: { _ in "999999" })
        do {
            _ = try await provider.credentials()
            XCTFail("a wrong code must fail")
        } catch let error as AWSError {
            XCTAssertEqual(error.type, "AccessDenied")
        }
    }

    func testWithoutATerminalThePromptRefusesToAsk() async throws {
        do {
            _ = try await TerminalMFAPrompt.ask(MFASpec(serial: "arn:aws:iam::1:mfa/me", profileName: "p"), path: "/dev/null")
            XCTFail("/dev/null is not a terminal")
        } catch let error as ConfigError {
            XCTAssertTrue(error.description.contains("no terminal to ask on"), error.description)
        }
    }
}
