import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Every byte of generated integration responses survives every path a value travels: export
/// files (JSON and YAML, read back by gwx and by Python), `gwx export terraform` (read back by
/// a Terraform reader that is not gwx's), and AWS (moto behind the proxy: gwx reads, saves to a
/// file, reads it back, PATCHes, and boto3 reads the result). A failure prints the smallest
/// case found, as Swift that can be pasted into a test.
final class RoundTripPropertyTests: MotoPeerTestCase {
    /// Fixed seeds: the same cases on every run and machine.
    static let exportSeed: UInt64 = 0x6E75_6C6C_3132_0001
    static let terraformSeed: UInt64 = 0x6E75_6C6C_3132_0002
    static let awsSeed: UInt64 = 0x6E75_6C6C_3132_0003

    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-roundtrip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    // MARK: - Export files

    func testExportFilesKeepEveryByteAsGwxAndPythonReadThem() async throws {
        var random = RoundTripRandom(seed: Self.exportSeed)
        let cases = (0..<600).map { index in RoundTripGenerator.response(&random, large: index % 150 == 149) }
        let python = try AWSTestSupport.python()
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "RoundTrip-\(format)")
            var stored = ExportFileHop.placeholder
            var copies: [String] = []
            for (index, response) in cases.enumerated() {
                let reread = try await hop.save(response, over: stored)
                if let problem = RoundTripCompare.difference(expected: response, actual: reread) {
                    return await report("\(format) file read back by gwx", case: response, problem: problem) { try await self.exportFails($0, format, python) }
                }
                stored = response
                let copy = directory.appendingPathComponent("v\(index)-\(format).\(format.rawValue)").path
                try FileManager.default.copyItem(atPath: hop.path, toPath: copy)
                copies.append(copy)
            }
            for (index, reading) in try ExportFileHop.pythonReadings(copies, python: python).enumerated() {
                if let problem = RoundTripCompare.difference(expected: cases[index], actual: reading) {
                    return await report("\(format) file read back by Python", case: cases[index], problem: problem) { try await self.exportFails($0, format, python) }
                }
            }
        }
    }

    /// Whether one case fails the export hop on its own (for shrinking).
    func exportFails(_ response: IntegrationResponse, _ format: ExportFileHop.Format, _ python: String) async throws -> Bool {
        let folder = directory.appendingPathComponent("shrink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hop = try ExportFileHop(format, in: folder)
        guard let reread = try? await hop.save(response, over: ExportFileHop.placeholder),
              RoundTripCompare.difference(expected: response, actual: reread) == nil else { return true }
        let reading = try ExportFileHop.pythonReadings([hop.path], python: python).first ?? nil
        return RoundTripCompare.difference(expected: response, actual: reading) != nil
    }

    // MARK: - Terraform

    func testTerraformExportEvaluatesToEveryByte() async throws {
        var random = RoundTripRandom(seed: Self.terraformSeed)
        let cases = (0..<800).map { index in RoundTripGenerator.response(&random, large: index % 200 == 199) }
        let checker = try TerraformValueChecker.configured()
        let files = try cases.enumerated().map { index, response in try writeTerraform(response, index: index) }
        for (index, decoded) in try checker.decode(files).enumerated() {
            if let problem = Self.terraformDifference(expected: cases[index], decoded: decoded) {
                return await report("gwx export terraform read by \(checker.name)", case: cases[index], problem: problem) { response in
                    let file = try self.writeTerraform(response, index: 0)
                    return Self.terraformDifference(expected: response, decoded: try checker.decode([file])[0]) != nil
                }
            }
        }
    }

    func writeTerraform(_ response: IntegrationResponse, index: Int) throws -> String {
        let id = IntegrationResponseID(restApiId: "rt", resourceId: "r\(index)", httpMethod: "GET", statusCode: response.statusCode)
        let path = directory.appendingPathComponent("case\(index)-\(UUID().uuidString.prefix(8)).tf").path
        try Data(TerraformExport.render(id: id, response: response).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The first difference between a response and the values Terraform would store for it.
    static func terraformDifference(expected: IntegrationResponse, decoded: TerraformDecoded) -> String? {
        if let error = decoded.error { return "the Terraform reader failed: \(error)" }
        if decoded.arguments["status_code"] != expected.statusCode { return "status_code is \(String(describing: decoded.arguments["status_code"]))" }
        let pattern = expected.selectionPattern.flatMap { $0.isEmpty ? nil : $0 }
        if decoded.arguments["selection_pattern"] != pattern {
            return "selection_pattern is \(String(describing: decoded.arguments["selection_pattern"]?.debugDescription)), expected \(String(describing: pattern?.debugDescription))"
        }
        if decoded.arguments["content_handling"] != expected.contentHandling?.rawValue { return "content_handling is \(String(describing: decoded.arguments["content_handling"]))" }
        func ordered(_ map: [String: String]?) -> OrderedMap<String> { OrderedMap((map ?? [:]).map { ($0.key, $0.value) }) }
        return RoundTripCompare.mapDifference("response_templates", expected.responseTemplates, ordered(decoded.maps["response_templates"]))
            ?? RoundTripCompare.mapDifference("response_parameters", expected.responseParameters, ordered(decoded.maps["response_parameters"]))
    }

    // MARK: - Reporting

    /// Shrinks a failing case and fails the test with the smallest one found.
    func report(_ hop: String, case response: IntegrationResponse, problem: String,
                file: StaticString = #filePath, line: UInt = #line, fails: (IntegrationResponse) async throws -> Bool) async {
        let smallest = await RoundTripShrinker.shrink(response, fails: fails)
        XCTFail("""
            \(hop) lost bytes: \(problem)
            smallest failing case:
              \(RoundTripGenerator.describe(smallest))
            original case:
              \(RoundTripGenerator.describe(response).prefix(4000))
            """, file: file, line: line)
    }
}
