import XCTest
@testable import Mapping

/// API Gateway's engine configuration as every render sees it (the fixtures under
/// Fixtures/gateway-rules compare outputs with the oracle; these check what the render reports).
final class GatewayEngineTests: XCTestCase {
    func testUndefinedReferenceIsReportedWithItsPlace() throws {
        let result = try TemplateRenderer.render(template: "{\n  \"c\": \"$order.coupon\"#if($missing), \"m\": 1#end\n}",
                                                 templateName: "t.vm", request: RenderRequest(body: "{}"))
        // (`#end` takes its line's newline, as Velocity 1.7 does.)
        XCTAssertEqual(result.output, "{\n  \"c\": \"\", \"m\": 1}")
        XCTAssertEqual(result.gatewayRules.first, GatewayRuleNote(message: "`$order` is undefined: API Gateway treats it as \"\"", line: 2, column: 9))
        XCTAssertEqual(result.gatewayRules.count, 2)
    }

    func testMissingPathIsNamedByItsMethod() throws {
        let result = try TemplateRenderer.render(template: "[$input.path('$.a')]", templateName: "t.vm", request: RenderRequest(body: "{}"))
        XCTAssertEqual(result.output, "[]")
        XCTAssertEqual(result.gatewayRules.first?.message, "`$input.path('$.a')` is null: API Gateway treats it as \"\"")
    }

    func testTemplateWithoutMissingValuesHasNoNotes() throws {
        let result = try TemplateRenderer.render(template: "$input.path('$.a')", templateName: "t.vm", request: RenderRequest(body: #"{"a":1}"#))
        XCTAssertEqual(result.gatewayRules, GatewayRuleNotes())
    }
}
