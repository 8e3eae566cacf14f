import Foundation
import XCTest

/// Every credential source through the real binary (`gwx ls --debug`), against the credential
/// fakes and moto behind the SigV4-checking proxy; the checks live in
/// `aws_credentials_check.py` (one scenario per test), which fails with what it saw.
final class CredentialSourceCommandTests: XCTestCase {
    func testSSOSessionProfileListsAPIsWithTheRoleCredentialsThePortalGave() throws { try check("sso") }
    func testLegacySSOProfileReadsTheCacheNamedByItsStartURL() throws { try check("sso-legacy") }
    func testExpiredRefreshableSSOTokenIsRefreshedAndTheCacheRewrittenForBotocore() throws { try check("sso-refresh") }
    func testExpiredSSOTokenWithoutRefreshGivesOneLineAskingForSSOLogin() throws { try check("sso-expired") }
    func testWebIdentityTokenFileAssumesTheRoleUnsigned() throws { try check("web-identity") }
    func testContainerEndpointWithAuthorizationTokenFile() throws { try check("container") }
    func testInstanceMetadataIsReadThroughIMDSv2() throws { try check("imds") }
    func testMFACodeIsAskedOnceOnTheTerminalAndTheSessionReusedFromTheCLICache() throws { try check("mfa") }
    func testMFACodeIsNeverReadFromAPipe() throws { try check("mfa-no-terminal") }
    func testExplorerAsksForTheMFACodeInItsModal() throws { try check("mfa-explorer") }

    private func check(_ scenario: String) throws {
        let root = GWXProcess.packageRoot
        let python = ProcessInfo.processInfo.environment["GWX_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            return XCTFail("no Python test peer at \(python): run `make test` (it creates .venv from requirements-test.txt)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("Tests/EndToEnd/aws_credentials_check.py").path, scenario, GWXProcess.binary]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-cred-\(scenario)-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, log)
        XCTAssertTrue(log.contains("OK: \(scenario)"), log)
    }
}
