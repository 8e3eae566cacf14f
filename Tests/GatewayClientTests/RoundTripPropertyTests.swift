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
        var random = SeededGenerator(seed: Self.exportSeed)
        let cases = (0..<600).map { index in RoundTripGenerator.response(&random, large: index % 150 == 149) }
        let python = try AWSTestSupport.python()
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "RoundTrip-\(format)")
            var stored = ExportFileHop.placeholder
            var copies: [String] = []
            for (index, response) in cases.enumerated() {
                let previous = stored
                let problem: String?
                do {
                    problem = RoundTripCompare.difference(expected: response, actual: try await hop.save(response, over: stored))
                } catch {
                    problem = "the save failed: \(error)"
                }
                if let problem {
                    return await report("\(format) file saved over \(RoundTripGenerator.describe(previous)) and read back by gwx", case: response, problem: problem) {
                        try await self.exportFails($0, format, python, over: previous)
                    }
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
    func exportFails(_ response: IntegrationResponse, _ format: ExportFileHop.Format, _ python: String,
                     over previous: IntegrationResponse = ExportFileHop.placeholder) async throws -> Bool {
        let folder = directory.appendingPathComponent("shrink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let hop = try ExportFileHop(format, in: folder)
        if previous != ExportFileHop.placeholder {
            _ = try await hop.save(previous, over: ExportFileHop.placeholder)
        }
        guard let reread = try? await hop.save(response, over: previous),
              RoundTripCompare.difference(expected: response, actual: reread) == nil else { return true }
        let reading = try ExportFileHop.pythonReadings([hop.path], python: python).first ?? nil
        return RoundTripCompare.difference(expected: response, actual: reading) != nil
    }

    // MARK: - Terraform

    func testTerraformExportEvaluatesToEveryByte() async throws {
        var random = SeededGenerator(seed: Self.terraformSeed)
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

    // MARK: - AWS (moto behind the proxy)

    /// Per case: boto3 puts A; gwx reads A (equal to A, and boto3 reads A with `null` exactly
    /// where AWS returns it); gwx saves A to an export file and reads it back; saves B over it
    /// and reads it back; PATCHes AWS from A to the B it read from the file; boto3 reads B.
    func testAWSReadSaveToFileAndPatchKeepEveryByte() async throws {
        let peer = try startedPeer()
        try await peer.control("config", .object([("emulatePatch", .bool(true))]))
        var random = SeededGenerator(seed: Self.awsSeed)
        let source = peer.source()
        let statuses = ["200", "201", "400", "404", "500"]
        for batch in 0..<2 {
            let count = 100
            let first = (0..<count).map { index in RoundTripGenerator.response(&random, statusCode: statuses[index % statuses.count]) }
            let second = first.map { RoundTripGenerator.response(&random, statusCode: $0.statusCode) }
            let seeded = try await seed(peer, first, name: "roundtrip-\(batch)")
            let api = try await source.loadAPI(id: seeded.apiID)
            let boto3 = try await boto3Responses(peer, seeded)
            let files = try ExportFileHop.Format.allCases.map { try ExportFileHop($0, in: directory, name: "aws-\(batch)-\($0)") }
            var stored = files.map { _ in ExportFileHop.placeholder }
            for index in 0..<count {
                let method = seeded.methods[index]
                let read = api.resource(method.resourceId)?.method("GET")?.integration?.integrationResponses.first
                if let problem = RoundTripCompare.difference(expected: first[index], actual: read) {
                    return await report("AWS read by gwx", case: first[index], problem: problem) { try await self.awsReadFails($0, peer) }
                }
                if let problem = Self.boto3Difference(expected: first[index], boto3[index]) {
                    return XCTFail("boto3 read of what moto stored: \(problem)\n  \(RoundTripGenerator.describe(first[index]))")
                }
                guard let read else { continue }
                let hop = files[index % files.count]
                let slot = index % files.count
                let fromFile = try? await hop.save(read, over: stored[slot])
                if let problem = RoundTripCompare.difference(expected: first[index], actual: fromFile) {
                    return await report("AWS → \(hop.format) file", case: first[index], problem: problem) { try await self.exportFails($0, hop.format, try AWSTestSupport.python()) }
                }
                let edited = try? await hop.save(second[index], over: read)
                stored[slot] = second[index]
                if let problem = RoundTripCompare.difference(expected: second[index], actual: edited) {
                    return await report("\(hop.format) file edit", case: second[index], problem: problem) { try await self.exportFails($0, hop.format, try AWSTestSupport.python()) }
                }
                guard let edited else { continue }
                do {
                    _ = try await source.saveIntegrationResponse(edited, original: read, at: method)
                } catch {
                    return XCTFail("PATCH from A to B failed: \(error)\n  A: \(RoundTripGenerator.describe(read))\n  B: \(RoundTripGenerator.describe(edited))")
                }
            }
            let patched = try await boto3Responses(peer, seeded)
            for index in 0..<count {
                if let problem = Self.boto3Difference(expected: second[index], patched[index]) {
                    let operations = PatchOperation.diff(from: first[index], to: second[index]).map { "\($0.op) \($0.path) \($0.value?.debugDescription ?? "")" }
                    return XCTFail("""
                        after PATCH, boto3 reads: \(problem)
                          A: \(RoundTripGenerator.describe(first[index]))
                          B: \(RoundTripGenerator.describe(second[index]))
                          operations: \(operations)
                        """)
                }
            }
        }
    }

    struct Seeded {
        var apiID: String
        var methods: [MethodID]
    }

    /// One API with a resource per case (`GET /cN`), each with the case as its integration response.
    func seed(_ peer: AWSPeer, _ responses: [IntegrationResponse], name: String) async throws -> Seeded {
        let resources: [AWSJSON] = responses.enumerated().map { index, response in
            .object([("path", .string("/c\(index)")), ("methods", .array([.object([
                ("httpMethod", .string("GET")),
                ("methodResponses", .array([.object([("statusCode", .string(response.statusCode))])])),
                ("integration", .object([("type", .string("MOCK"))])),
                ("integrationResponses", .array([Self.boto3Parameters(response)])),
            ])]))])
        }
        let result = try await peer.control("seed", .object([("name", .string(name)), ("resources", .array(resources))]))
        let apiID = result["id"]?.stringValue ?? ""
        let methods = responses.indices.map { index in
            MethodID(restApiId: apiID, resourceId: result["resources"]?["/c\(index)"]?.stringValue ?? "", httpMethod: "GET")
        }
        return Seeded(apiID: apiID, methods: methods)
    }

    /// `put_integration_response`'s parameters for a response, as a boto3 user writes them.
    static func boto3Parameters(_ response: IntegrationResponse) -> AWSJSON {
        var members: [(String, AWSJSON)] = [("statusCode", .string(response.statusCode))]
        if let pattern = response.selectionPattern { members.append(("selectionPattern", .string(pattern))) }
        func map(_ entries: OrderedMap<String>) -> AWSJSON { .object(entries.map { ($0.key, .string($0.value)) }) }
        if !response.responseParameters.isEmpty { members.append(("responseParameters", map(response.responseParameters))) }
        if !response.responseTemplates.isEmpty { members.append(("responseTemplates", map(response.responseTemplates))) }
        if let handling = response.contentHandling { members.append(("contentHandling", .string(handling.rawValue))) }
        return .object(members)
    }

    /// Every case's integration response as boto3 reads it (`get_resources` with the methods
    /// embedded, one call for the whole batch).
    func boto3Responses(_ peer: AWSPeer, _ seeded: Seeded) async throws -> [AWSJSON] {
        let listing = try await peer.boto3("get_resources", [("restApiId", .string(seeded.apiID)), ("limit", .number(500)), ("embed", .array([.string("methods")]))])
        var byResource: [String: AWSJSON] = [:]
        for item in listing["items"]?.elements ?? [] {
            guard let id = item["id"]?.stringValue else { continue }
            byResource[id] = item["resourceMethods"]?["GET"]?["methodIntegration"]?["integrationResponses"]?.members.first?.value
        }
        return seeded.methods.map { byResource[$0.resourceId] ?? .null }
    }

    /// The first difference between a response and boto3's reading of it, `null` included.
    static func boto3Difference(expected: IntegrationResponse, _ json: AWSJSON) -> String? {
        let (read, nulls) = RoundTripCompare.boto3Response(json)
        if let problem = RoundTripCompare.difference(expected: expected, actual: read) { return problem }
        let expectedNulls = RoundTripCompare.expectedNulls(expected)
        return nulls == expectedNulls ? nil : "null values \(nulls.sorted()), expected \(expectedNulls.sorted())"
    }

    /// Whether one case fails the AWS read hop on its own (for shrinking).
    func awsReadFails(_ response: IntegrationResponse, _ peer: AWSPeer) async throws -> Bool {
        let seeded = try await seed(peer, [response], name: "shrink")
        let api = try await peer.source().loadAPI(id: seeded.apiID)
        let read = api.resource(seeded.methods[0].resourceId)?.method("GET")?.integration?.integrationResponses.first
        return RoundTripCompare.difference(expected: response, actual: read) != nil
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
