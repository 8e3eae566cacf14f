import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// The Terraform generator: golden text, and values that HashiCorp's HCL (`Tools/hcl-check`) reads back unchanged.
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
            "text/csv": "line one\r\nline two\r\n$input.body\r\n",
            "text/x-tab": "\tindented\n$${literal} %%{ also }\n",
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

    func testHCLReadsBackEveryValueExactly() throws {
        let blocks = try HCLChecker.make().blocks(of: TerraformExport.render(id: Self.id, response: Self.response))
        XCTAssertEqual(blocks.count, 2)
        let resource = try XCTUnwrap(blocks.first)
        XCTAssertEqual(resource.type, "resource")
        XCTAssertEqual(resource.labels, ["aws_api_gateway_integration_response", "a1b2c3_r9x8_GET_400"])
        let arguments = resource.attributes
        XCTAssertEqual(arguments["rest_api_id"]?.string, "a1b2c3")
        XCTAssertEqual(arguments["resource_id"]?.string, "r9x8")
        XCTAssertEqual(arguments["http_method"]?.string, "GET")
        XCTAssertEqual(arguments["status_code"]?.string, "400")
        XCTAssertEqual(arguments["selection_pattern"]?.string.map { Array($0.utf8) }, Self.response.selectionPattern.map { Array($0.utf8) })
        XCTAssertEqual(arguments["content_handling"]?.string, "CONVERT_TO_TEXT")
        for entry in Self.response.responseTemplates {
            XCTAssertEqual(arguments["response_templates"]?.entry(entry.key).map { Array($0.utf8) }, Array(entry.value.utf8), entry.key)
        }
        for entry in Self.response.responseParameters {
            XCTAssertEqual(arguments["response_parameters"]?.entry(entry.key).map { Array($0.utf8) }, Array(entry.value.utf8), entry.key)
        }
        let importBlock = try XCTUnwrap(blocks.last)
        XCTAssertEqual(importBlock.type, "import")
        XCTAssertEqual(importBlock.attributes["id"]?.string, "a1b2c3/r9x8/GET/400")
        XCTAssertEqual(importBlock.attributes["to"]?.string, "aws_api_gateway_integration_response.a1b2c3_r9x8_GET_400")
    }

    func testAMinimalResponseHasOnlyTheRequiredArguments() throws {
        let id = IntegrationResponseID(restApiId: "pets", resourceId: "/pets/{petId}", httpMethod: "GET", statusCode: "200")
        let text = TerraformExport.render(id: id, response: IntegrationResponse(statusCode: "200"))
        XCTAssertFalse(text.contains("selection_pattern"))
        XCTAssertFalse(text.contains("response_templates"))
        XCTAssertTrue(text.contains("resource \"aws_api_gateway_integration_response\" \"pets_pets_petId_GET_200\""), text)
        XCTAssertTrue(text.contains("id = \"pets//pets/{petId}/GET/200\""), text)
        let blocks = try HCLChecker.make().blocks(of: text)
        XCTAssertEqual(blocks.first?.attributes["resource_id"]?.string, "/pets/{petId}")
    }

    func testAHeredocMarkerInsideATemplateIsAvoided() {
        XCTAssertEqual(TerraformExport.heredocMarker(for: "a\nEOT\nb"), "EOT1")
        XCTAssertEqual(TerraformExport.heredocMarker(for: "a\n  EOT1x\nEOT"), "EOT2")
        XCTAssertEqual(TerraformExport.value("x\n", indent: ""), "<<EOT\nx\nEOT")
    }

    func testOnlyExactTextsBecomeHeredocs() {
        XCTAssertEqual(TerraformExport.value("line one\r\nline two\r\n", indent: ""), "\"line one\\r\\nline two\\r\\n\"")
        XCTAssertEqual(TerraformExport.value("a\nb", indent: "  "), "chomp(<<EOT\na\nb\nEOT\n  )")
        XCTAssertEqual(TerraformExport.value("a\u{0}\nb\n", indent: ""), "\"a\\u0000\\nb\\n\"")
        XCTAssertEqual(TerraformExport.value("a\u{2028}b", indent: ""), "\"a\\u2028b\"")
        XCTAssertEqual(TerraformExport.value("$${x} ${y} %{z}\n\n", indent: ""), "<<EOT\n$$${x} $${y} %%{z}\n\nEOT")
    }
}
