import XCTest
@testable import Mapping

/// `$context` is built only for templates that can reach it; these prove the ones that can
/// still see it, by name or through `#evaluate`.
final class ContextBuildingTests: XCTestCase {
    func testEvaluateCanStillReachTheContextByABuiltName() throws {
        let template = #"#set($a = '$con')#set($b = 'text.stage')#evaluate("$a$b")"#
        let result = try TemplateRenderer.render(template: template, templateName: "t.vm", request: RenderRequest())
        XCTAssertEqual(result.output, "test-invoke-stage")
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
