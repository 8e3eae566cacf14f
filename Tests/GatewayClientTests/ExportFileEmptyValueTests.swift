import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Empty templates and parameter values in export files: read from `""`, `null`, `~` and a
/// key with no value; written as `""`; kept apart from a removed entry. Python (json, PyYAML)
/// reads what gwx wrote.
final class ExportFileEmptyValueTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func testEmptyNullTildeAndMissingValuesReadAsEmptyTemplates() throws {
        let yaml = """
            openapi: 3.0.1
            info: {title: Empty, version: "1"}
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
                          method.response.header.A: ""
                        responseTemplates:
                          application/json: ""
                          application/xml: null
                          text/plain: ~
                          text/html:

            """
        let path = directory.appendingPathComponent("Empty.yaml").path
        try yaml.write(toFile: path, atomically: false, encoding: .utf8)
        let response = try XCTUnwrap(ExportFileSource.load(path: path).resource("/c")?.method("OPTIONS")?.integration?.integrationResponses.first)
        XCTAssertEqual(response.responseTemplates, ["application/json": "", "application/xml": "", "text/plain": "", "text/html": ""])
        XCTAssertEqual(response.responseParameters, ["method.response.header.A": ""])
    }

    func testAnEmptyTemplateIsSavedAsEmptyQuotesAndKeptApartFromARemovedOne() async throws {
        let python = try AWSTestSupport.python()
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "Cors-\(format)")
            let cleared = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "", "application/xml": "<a/>"])
            let reread = try await hop.save(cleared, over: ExportFileHop.placeholder)
            XCTAssertEqual(reread?.responseTemplates, ["application/json": "", "application/xml": "<a/>"], "\(format)")
            let text = try String(contentsOfFile: hop.path, encoding: .utf8)
            XCTAssertTrue(text.contains(format == .json ? "\"application/json\": \"\"" : "application/json: \"\""), text)
            XCTAssertEqual(try ExportFileHop.pythonReadings([hop.path], python: python).first??.responseTemplates, cleared.responseTemplates)

            let removed = IntegrationResponse(statusCode: "200", responseTemplates: ["application/xml": "<a/>"])
            let afterRemoval = try await hop.save(removed, over: cleared)
            XCTAssertEqual(afterRemoval?.responseTemplates, ["application/xml": "<a/>"], "\(format): removing is not clearing")
        }
    }

    /// Found by the round-trip property tests: deleting a map's last key and a whole field while
    /// adding `contentHandling` made two overlapping edits, and the save was refused.
    func testRemovingTheLastParameterAndEveryTemplateWhileAddingContentHandlingSaves() async throws {
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "Overlap-\(format)")
            let before = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.A": "'a'", "method.response.header.B": "'b'"],
                                             responseTemplates: ["application/xml": "<a/>"])
            _ = try await hop.save(before, over: ExportFileHop.placeholder)
            let after = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.A": "'a'"], contentHandling: .convertToBinary)
            let reread = try await hop.save(after, over: before)
            XCTAssertEqual(reread, after, "\(format)")
        }
    }

    /// Found by the round-trip property tests: a new template appended after a block scalar
    /// that becomes a quoted scalar (it now has a CR) must still start its own line.
    func testAppendingAfterABlockScalarThatBecomesQuotedKeepsTheNewKeyOnItsOwnLine() async throws {
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "Block-\(format)")
            let before = IntegrationResponse(statusCode: "200", responseTemplates: ["text/html": "<a/>", "application/json": "line\n"])
            _ = try await hop.save(before, over: ExportFileHop.placeholder)
            let after = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "line\r\n", "text/plain": "new"])
            let reread = try await hop.save(after, over: before)
            XCTAssertEqual(reread, after, "\(format)")
        }
    }

    /// Found by the round-trip property tests: a new template and a new `contentHandling` are
    /// both inserted after the last template; the template must come first, inside its map.
    func testANewLastTemplateAndANewContentHandlingLandInTheirOwnMappings() async throws {
        for format in ExportFileHop.Format.allCases {
            let hop = try ExportFileHop(format, in: directory, name: "Tie-\(format)")
            let before = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}"])
            _ = try await hop.save(before, over: ExportFileHop.placeholder)
            let after = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}", "text/plain": "new"], contentHandling: .convertToText)
            let reread = try await hop.save(after, over: before)
            XCTAssertEqual(reread, after, "\(format)")
        }
    }
}
