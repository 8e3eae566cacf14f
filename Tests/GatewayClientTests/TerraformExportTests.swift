import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// The Terraform generator: golden text, and values that python-hcl2 reads back unchanged.
final class TerraformExportTests: XCTestCase {
    static let id = IntegrationResponseID(restApiId: "a1b2c3", resourceId: "r9x8", httpMethod: "GET", statusCode: "400")
    static let response = IntegrationResponse(
        statusCode: "400",
        selectionPattern: "4\\d{2}|.*\"Invalid\".*",
        responseParameters: [
            "method.response.header.X-Request-Id": "context.requestId",
            "method.response.header.Cache-Control": "'no-cache'",
        ],
        responseTemplates: [
            "application/json": "#set($inputRoot = $input.path('$'))\n{\n  \"error\": \"$inputRoot.errorMessage\",\n  \"literal\": \"${notTerraform} and %{ if x }\"\n}\n",
            "text/plain": "no newline at the end\n  indented line",
            "application/xml": "<error>${x}</error>",
        ],
        contentHandling: .convertToText
    )

    func testRenderingMatchesTheGoldenFile() throws {
        let text = TerraformExport.render(id: Self.id, response: Self.response)
        let golden = AWSTestSupport.packageRoot.appendingPathComponent("Tests/GatewayClientTests/Fixtures/terraform/integration-response.tf")
        if ProcessInfo.processInfo.environment["RECORD"] == "1" {
            try text.write(to: golden, atomically: true, encoding: .utf8)
        }
        XCTAssertEqual(text, try String(contentsOf: golden, encoding: .utf8))
    }

    func testPythonHCL2ReadsBackEveryValueExactly() throws {
        let decoded = try decode(TerraformExport.render(id: Self.id, response: Self.response))
        XCTAssertEqual(decoded["type"]?.stringValue, "aws_api_gateway_integration_response")
        XCTAssertEqual(decoded["name"]?.stringValue, "a1b2c3_r9x8_GET_400")
        let arguments = decoded["arguments"]
        XCTAssertEqual(arguments?["rest_api_id"]?.stringValue, "a1b2c3")
        XCTAssertEqual(arguments?["resource_id"]?.stringValue, "r9x8")
        XCTAssertEqual(arguments?["http_method"]?.stringValue, "GET")
        XCTAssertEqual(arguments?["status_code"]?.stringValue, "400")
        XCTAssertEqual(arguments?["selection_pattern"]?.stringValue, Self.response.selectionPattern)
        XCTAssertEqual(arguments?["content_handling"]?.stringValue, "CONVERT_TO_TEXT")
        for entry in Self.response.responseTemplates {
            XCTAssertEqual(decoded["maps"]?["response_templates"]?[entry.key]?.stringValue, entry.value, entry.key)
        }
        for entry in Self.response.responseParameters {
            XCTAssertEqual(decoded["maps"]?["response_parameters"]?[entry.key]?.stringValue, entry.value, entry.key)
        }
        XCTAssertEqual(decoded["import"]?["id"]?.stringValue, "a1b2c3/r9x8/GET/400")
        XCTAssertEqual(decoded["import"]?["to"]?.stringValue, "aws_api_gateway_integration_response.a1b2c3_r9x8_GET_400")
    }

    func testAMinimalResponseHasOnlyTheRequiredArguments() throws {
        let id = IntegrationResponseID(restApiId: "pets", resourceId: "/pets/{petId}", httpMethod: "GET", statusCode: "200")
        let text = TerraformExport.render(id: id, response: IntegrationResponse(statusCode: "200"))
        XCTAssertFalse(text.contains("selection_pattern"))
        XCTAssertFalse(text.contains("response_templates"))
        XCTAssertTrue(text.contains("resource \"aws_api_gateway_integration_response\" \"pets_pets_petId_GET_200\""), text)
        XCTAssertTrue(text.contains("id = \"pets//pets/{petId}/GET/200\""), text)
        let decoded = try decode(text)
        XCTAssertEqual(decoded["arguments"]?["resource_id"]?.stringValue, "/pets/{petId}")
    }

    func testAHeredocMarkerInsideATemplateIsAvoided() {
        XCTAssertEqual(TerraformExport.heredocMarker(for: "a\nEOT\nb"), "EOT1")
        XCTAssertEqual(TerraformExport.value("x\n", indent: ""), "<<EOT\nx\nEOT")
    }

    func decode(_ text: String) throws -> AWSJSON {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-tf-\(UUID().uuidString).tf")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try AWSTestSupport.python())
        process.arguments = [AWSTestSupport.packageRoot.appendingPathComponent("Tests/peers/hcl_decode.py").path, file.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PeerError("python-hcl2 could not read the output: \(errorText)\n\(text)") }
        return try AWSJSON.parse(Array(data))
    }
}
