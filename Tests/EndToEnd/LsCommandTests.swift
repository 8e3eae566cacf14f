import Foundation
import XCTest

/// `gwx ls` on the bundled examples, run as a user runs it.
final class LsCommandTests: XCTestCase {
    func testLsShowsTheTerraformExampleResponseWithItsXMLTemplate() throws {
        let result = try GWXProcess.run(["ls", "--file", GWXProcess.example("MyDemoAPI.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, result.stdout)
        XCTAssertTrue(lines[0].hasPrefix("API"), lines[0])
        let columns = lines[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        XCTAssertEqual(columns, ["MyDemoAPI", "/mydemoresource", "GET", "200", "(default)", "-", "0", "application/xml"])
    }

    func testLsJSONUsesAWSFieldNamesAndKeepsTheTemplateBytes() throws {
        let result = try GWXProcess.run(["ls", "--file", GWXProcess.example("MyDemoAPI.yaml"), "--output", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        let row = rows[0]
        XCTAssertEqual(row["restApiId"] as? String, "MyDemoAPI")
        XCTAssertEqual(row["resourceId"] as? String, "/mydemoresource")
        XCTAssertEqual(row["resourcePath"] as? String, "/mydemoresource")
        XCTAssertEqual(row["httpMethod"] as? String, "GET")
        XCTAssertEqual(row["statusCode"] as? String, "200")
        XCTAssertNil(row["selectionPattern"])
        let templates = try XCTUnwrap(row["responseTemplates"] as? [String: String])
        XCTAssertEqual(templates["application/xml"], """
        #set($inputRoot = $input.path('$'))
        <?xml version="1.0" encoding="UTF-8"?>
        <message>
            $inputRoot.body
        </message>

        """)
    }

    /// An export file's `""`, `null` and `~` templates are empty templates: JSON shows them as
    /// AWS returns them (null), the table marks them, `gwx export terraform` writes `""`.
    func testEmptyTemplatesFromAFileShowAsNullInJSONAndAreMarkedInTheTable() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-ls-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("Cors.yaml").path
        try """
            openapi: 3.0.1
            info: {title: Cors, version: "1"}
            paths:
              /c:
                options:
                  responses: {"200": {description: ok}}
                  x-amazon-apigateway-integration:
                    type: mock
                    responses:
                      default:
                        statusCode: "200"
                        responseParameters:
                          method.response.header.Access-Control-Allow-Origin: "'*'"
                        responseTemplates:
                          application/json: ""
                          application/xml: ~
                          text/plain: null

            """.write(toFile: file, atomically: false, encoding: .utf8)
        let json = try GWXProcess.run(["ls", "--file", file, "--output", "json"])
        XCTAssertEqual(json.status, 0, json.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let templates = try XCTUnwrap(rows.first?["responseTemplates"] as? [String: Any])
        XCTAssertEqual(templates.keys.sorted(), ["application/json", "application/xml", "text/plain"])
        XCTAssertTrue(templates.values.allSatisfy { $0 is NSNull }, "\(templates)")
        let table = try GWXProcess.run(["ls", "--file", file])
        XCTAssertTrue(table.stdout.contains("application/json (empty), application/xml (empty), text/plain (empty)"), table.stdout)
        let terraform = try GWXProcess.run(["export", "terraform", "--file", file, "Cors//c/OPTIONS/200"])
        XCTAssertEqual(terraform.status, 0, terraform.stderr)
        XCTAssertTrue(terraform.stdout.contains("\"application/json\" = \"\""), terraform.stdout)
    }

    func testLsJSONParsesWithPythonsJSONTool() throws {
        let result = try GWXProcess.run(["ls", "--file", GWXProcess.example("PetStore.json"), "--output", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-m", "json.tool"]
        let input = Pipe()
        python.standardInput = input
        python.standardOutput = Pipe()
        try python.run()
        input.fileHandleForWriting.write(Data(result.stdout.utf8))
        try input.fileHandleForWriting.close()
        python.waitUntilExit()
        XCTAssertEqual(python.terminationStatus, 0)
    }

    func testLsListsEveryPetStoreResponseWithPatterns() throws {
        let result = try GWXProcess.run(["ls", "--file", GWXProcess.example("PetStore.json"), "--output", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let patterns = rows.compactMap { $0["selectionPattern"] as? String }
        XCTAssertTrue(patterns.contains(".*Not Found.*"))
        XCTAssertTrue(patterns.contains(#".*"errorType":"ValidationError".*"#))
        XCTAssertTrue(rows.contains { ($0["contentHandling"] as? String) == "CONVERT_TO_BINARY" })
    }

    func testLsOnAMissingFileSaysWhichFileAndExitsNonZero() throws {
        let result = try GWXProcess.run(["ls", "--file", "/nonexistent/api.yaml"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("/nonexistent/api.yaml"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
    }

    func testLsOnAMalformedFileGivesFileLineColumn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-ls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("broken.json").path
        try #"{"openapi": "3.0.1", "paths": {"/a": {"get": }}}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try GWXProcess.run(["ls", "--file", path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.hasPrefix("\(path):1:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("error:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("^"), result.stderr)
    }
}
