import XCTest
@testable import Mapping

/// `$context` is built only for templates that name it; these prove the ones that do still
/// see it (API Gateway has no `#evaluate` that could build the name).
final class ContextBuildingTests: XCTestCase {
    func testEvaluateCannotBuildTheContextsNameOnAPIGateway() throws {
        let template = #"#set($a = '$con')#set($b = 'text.stage')#evaluate("$a$b")"#
        let result = try TemplateRenderer.render(template: template, templateName: "t.vm", request: RenderRequest())
        XCTAssertEqual(result.output, #"#evaluate("$a$b")"#)
    }

    func testTemplateWithoutContextHasNoOverrides() throws {
        let result = try TemplateRenderer.render(template: "$input.path('$.a')", templateName: "t.vm", request: RenderRequest(body: #"{"a":1}"#))
        XCTAssertEqual(result, RenderResult(output: "1"))
    }

    func testResponseOverrideIsReadyForSet() throws {
        let template = "#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X = 'y')ok"
        let result = try TemplateRenderer.render(template: template, templateName: "t.vm", request: RenderRequest())
        XCTAssertEqual(result, RenderResult(output: "ok", statusOverride: "418", headerOverrides: ["X": "y"]))
    }
}
