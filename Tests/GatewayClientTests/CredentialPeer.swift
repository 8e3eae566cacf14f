import Foundation
import XCTest
@testable import GatewayClient

/// The credential fakes (`Tests/peers/credential_peer.py`: SSO portal, SSO OIDC, STS,
/// container endpoint, IMDSv2) on one free port, and botocore's own token-cache code
/// (`Tests/peers/sso_cache.py`).
final class CredentialPeer: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    let url: String
    private let control = CurlTransport()

    init() throws {
        let started = try AWSTestSupport.startPeer("credential_peer.py", process: process, input: input)
        let text = started.line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("READY port=") else {
            process.terminate()
            throw PeerError("the credential fakes did not start (\(started.command)); they printed: \(text.isEmpty ? "nothing" : text)")
        }
        url = "http://127.0.0.1:\(text.dropFirst("READY port=".count))"
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Replaces configuration sections (`sso`, `oidc`, `webIdentity`, `assumeRole`, `container`, `imds`).
    func configure(_ sections: AWSJSON) async throws {
        _ = try await call("config", sections)
    }

    /// The requests the fakes saw: method, path, headers (lower-case names).
    func log() async throws -> [AWSJSON] {
        try await call("log", nil)["log"]?.elements ?? []
    }

    private func call(_ name: String, _ body: AWSJSON?) async throws -> AWSJSON {
        let response = try await control.send(HTTPRequest(method: body == nil ? "GET" : "POST", url: "\(url)/__peer/\(name)",
                                                          headers: [HTTPHeader("Content-Type", "application/json")],
                                                          body: body.map { Array($0.serialized.utf8) } ?? []))
        return try AWSJSON.parse(response.body)
    }

    /// Credentials the fakes hand out, unique per call.
    static func issued(_ name: String) -> (json: AWSJSON, keyId: String, secret: String, token: String) {
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).uppercased()
        let keyId = "ASIA\(name.uppercased().prefix(4))\(suffix)"
        let secret = "secret/\(UUID().uuidString)"
        let token = "session+\(UUID().uuidString)\(UUID().uuidString)"
        let json = AWSJSON.object([("AccessKeyId", .string(keyId)), ("SecretAccessKey", .string(secret)),
                                   ("SessionToken", .string(token)), ("Expiration", .string("2099-01-01T00:00:00Z"))])
        return (json, keyId, secret, token)
    }

    /// Runs `sso_cache.py` (botocore's `SSOTokenLoader` + `JSONFileCache`); returns its stdout.
    @discardableResult
    static func botocoreCache(_ arguments: [String]) throws -> String {
        try runPeerScript("sso_cache.py", arguments)
    }

    /// Runs `cli_cache.py` (botocore's assume-role cache key and `JSONFileCache`); returns its stdout.
    @discardableResult
    static func botocoreCLICache(_ arguments: [String]) throws -> String {
        try runPeerScript("cli_cache.py", arguments)
    }

    private static func runPeerScript(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try AWSTestSupport.python())
        process.arguments = [AWSTestSupport.packageRoot.appendingPathComponent("Tests/peers/\(name)").path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw PeerError("\(name) \(arguments.first ?? "") failed: \(text)") }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A temporary folder removed at the end of a test.
func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
