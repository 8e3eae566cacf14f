import GatewayClient
import GatewayModel
import XCTest

/// Files not laid out like AWS exports: minified JSON, all-flow YAML, anchors and aliases.
final class ExportFileUnusualLayoutTests: XCTestCase {
    func testMinifiedJSONStaysOnOneLine() async throws {
        let text = #"{"openapi":"3.0.1","info":{"title":"Min"},"paths":{"/a":{"get":{"x-amazon-apigateway-integration":{"type":"mock","responses":{"default":{"statusCode":"200"}}}}}}}"#
        let export = try EditedExport(text: text, name: "min.json")
        try await export.edit("/a", "GET", status: "200") {
            $0.responseTemplates["application/json"] = "{}"
            $0.selectionPattern = "2.."
        }
        XCTAssertEqual(try export.afterText, #"{"openapi":"3.0.1","info":{"title":"Min"},"paths":{"/a":{"get":{"x-amazon-apigateway-integration":{"type":"mock","responses":{"2..":{"statusCode":"200","responseTemplates":{"application/json":"{}"}}}}}}}}"#)
    }

    func testFlowStyleYAMLGetsFlowStyleEditsWithQuotedMultiLineText() async throws {
        let text = "{openapi: 3.0.1, info: {title: Flow}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: '200', responseTemplates: {a/b: x}}}}}}}}\n"
        let export = try EditedExport(text: text, name: "flow.yaml")
        try await export.edit("/a", "GET", status: "200") {
            $0.responseTemplates["a/b"] = "multi\nline\n"
            $0.responseTemplates["c/d"] = "y"
            $0.contentHandling = .convertToText
        }
        XCTAssertEqual(try export.lineDiff().added, [#"{openapi: 3.0.1, info: {title: Flow}, paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: '200', responseTemplates: {a/b: "multi\nline\n", c/d: y}, contentHandling: CONVERT_TO_TEXT}}}}}}}"#])
    }

    func testAnchoredResponsesAreReadThroughAliasesButNotEditedThroughThem() async throws {
        let text = """
        openapi: 3.0.1
        info: {title: A}
        x-common: &ok
          statusCode: "200"
          responseTemplates:
            application/json: '{}'
        paths:
          /a:
            get:
              x-amazon-apigateway-integration:
                type: mock
                responses:
                  default: *ok

        """
        let export = try EditedExport(text: text, name: "anchors.yaml")
        let response = try await export.response("/a", "GET", status: "200")
        XCTAssertEqual(response.responseTemplates, ["application/json": "{}"])
        do {
            try await export.edit("/a", "GET", status: "200") { $0.responseTemplates["application/json"] = "changed" }
            XCTFail("expected a refusal")
        } catch let error as ExportFileError {
            guard case .unsupportedEdit = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("anchors.yaml:13:20: error: cannot edit an integration response written as an alias"), error.description)
        }
        XCTAssertEqual(try export.after, export.before)
    }
}
