import Foundation
import XCTest

/// The real binary against moto's API Gateway (behind the signature-checking proxy):
/// `gwx ls`, `gwx ls ID --output json` compared with boto3, `gwx export terraform` read back
/// with HashiCorp's HCL (`Tools/hcl-check`), `gwx lint` finding an undeclared header. The checks live in
/// `aws_cli_check.py`; this test runs it and fails with
/// its output.
final class AWSCommandLineTests: XCTestCase {
    func testLsAndTerraformExportAgreeWithMotoAndBoto3() throws {
        let root = GWXProcess.packageRoot
        let python = ProcessInfo.processInfo.environment["GWX_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("no Python test peer at \(python): run `make test` (it creates .venv from requirements-test.txt)")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [root.appendingPathComponent("Tests/EndToEnd/aws_cli_check.py").path, GWXProcess.binary]
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-aws-cli-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let log = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        XCTAssertEqual(process.terminationStatus, 0, log)
        XCTAssertTrue(log.contains("OK:"), log)
    }
}
