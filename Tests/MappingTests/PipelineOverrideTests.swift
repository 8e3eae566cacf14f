import GatewayModel
@testable import Mapping
import XCTest

final class PipelineOverrideTests: XCTestCase {
    private func method(template: String, mapping: OrderedMap<String> = [:]) -> Method {
        let response = IntegrationResponse(statusCode: "200", responseParameters: mapping, responseTemplates: ["application/json": template])
        return PetStore.http([response], headers: ["X-Mapped", "Access-Control-Allow-Origin"])
    }

    func testStatusOverrideReplacesTheSelectedStatus() {
        let rows: [(override: String, status: String, warns: Bool, line: UInt)] = [
            ("400", "400", false, #line),
            ("201", "201", false, #line),
            ("599", "599", false, #line),
            ("100", "100", false, #line),
            (" 404 ", "404", false, #line),
            ("600", "200", true, #line),
            ("99", "200", true, #line),
            ("abc", "200", true, #line),
            ("", "200", true, #line),
        ]
        for row in rows {
            let result = simulate(method(template: "body\n#set($context.responseOverride.status = \(row.override))"), BackendResponse(statusCode: "200"))
            XCTAssertEqual(result.statusCode, row.status, row.override, line: row.line)
            XCTAssertEqual(result.selected?.statusCode, "200", line: row.line)
            XCTAssertEqual(result.issues.contains { $0.stage == .responseOverride && $0.severity == .warning }, row.warns, row.override, line: row.line)
        }
    }

    func testHeaderOverrideReplacesAMappedHeaderAndAddsNewOnes() {
        let template = "body\n#set($context.responseOverride.header.x-mapped = \"from-template\")\n#set($context.responseOverride.header.X-New = \"new\")"
        let result = simulate(method(template: template, mapping: ["method.response.header.X-Mapped": "'from-mapping'", "method.response.header.Access-Control-Allow-Origin": "'*'"]), BackendResponse(statusCode: "200"))
        XCTAssertEqual(result.headers.map(\.name), ["x-mapped", "Access-Control-Allow-Origin", "X-New"])
        XCTAssertEqual(result.header("X-Mapped"), "from-template")
        XCTAssertEqual(result.headers[0].origin, .responseOverride)
        XCTAssertEqual(result.headers[1].origin, .mapping(expression: "'*'"))
        XCTAssertEqual(result.headers[2].origin, .responseOverride)
        XCTAssertEqual(result.bodyText, "body")
    }

    func testOverridesNeedATemplateToRun() {
        let response = IntegrationResponse(statusCode: "200")
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "#set($context.responseOverride.status = 400)"))
        XCTAssertEqual(result.statusCode, "200", "a passed-through body is not a template")
    }

    func testOverrideOnALambdaErrorResponse() {
        let response = IntegrationResponse(statusCode: "400", selectionPattern: ".*Invalid.*", responseTemplates: ["application/json": "$input.body\n#set($context.responseOverride.status = 422)"])
        let result = simulate(PetStore.lambda([response, IntegrationResponse(statusCode: "200")]), BackendResponse(errorMessage: "Invalid pet"))
        XCTAssertEqual(result.selected?.statusCode, "400")
        XCTAssertEqual(result.statusCode, "422")
    }
}
