import Foundation
import GatewayModel
@testable import Mapping
import XCTest

final class PipelineReportTests: XCTestCase {
    func testTextReportShowsSelectionHeadersWithOriginsTemplateAndBody() {
        let result = simulate(PetStore.getPet, path: "/pets/{petId}", BackendResponse(errorMessage: "Pet 7 Not Found"))
        let expected = """
        Selection
          subject: "Pet 7 Not Found"
            200  (default)  default: not needed
            400  ".*\\"errorType\\":\\"ValidationError\\".*"  no match
          * 404  ".*Not Found.*"  matched: selected
        Status: 404
        Headers
          Access-Control-Allow-Origin: *    (mapped from '*')
        Template: application/json — no Accept header: API Gateway assumes application/json, which has a template
        Body
          {"message": "{"errorMessage":"Pet 7 Not Found"}"}
        Steps
          Integration: AWS (non-proxy Lambda: selection patterns match the function error's errorMessage)
          Lambda error without a body: the integration response body is {"errorMessage": …}
          Selection subject: Lambda error message "Pet 7 Not Found"
            200 (default): default response: not needed, a pattern matched
            400 ".*\\"errorType\\":\\"ValidationError\\".*": does not match the whole Lambda error message
            404 ".*Not Found.*": matches the whole Lambda error message: selected
          Response parameters:
            Access-Control-Allow-Origin: *  ← '*'
          Content handling: no contentHandling, text payload: unchanged
          Template: application/json (no Accept header: API Gateway assumes application/json, which has a template)
          Template rendered 49 bytes
          Status: 404

        """
        XCTAssertEqual(result.textReport(), expected)
    }

    func testTextReportListsHeadersNotSentAndProblems() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: [
            "method.response.header.X-Id": "integration.response.header.X-Id",
            "method.response.header.X-Nope": "'x'",
        ])
        let result = simulate(PetStore.http([response], headers: ["X-Id"]), BackendResponse(statusCode: "200", body: "ok"))
        let report = result.textReport()
        XCTAssertTrue(report.contains("  X-Id: not sent    (integration.response.header.X-Id: the backend response has no X-Id header)\n"), report)
        XCTAssertTrue(report.contains("Problems\n  integration response 200 responseParameters[method.response.header.X-Nope]: error: Invalid mapping expression parameter specified: method.response.header.X-Nope"), report)
    }

    func testTextReportShowsBinaryBodiesAsBase64() {
        let response = IntegrationResponse(statusCode: "200", contentHandling: .convertToBinary)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "AAEC"))
        XCTAssertTrue(result.textReport().contains("Body (binary, 3 bytes, shown as base64)\n  AAEC\n"), result.textReport())
    }

    func testJSONReportKeepsKeyOrderAndIsValidJSON() throws {
        let result = simulate(PetStore.optionsPets, BackendResponse(statusCode: "200"))
        let json = result.jsonReport()
        let keys = ["\"statusCode\"", "\"headers\"", "\"body\"", "\"selected\"", "\"steps\""].map { json.range(of: $0)?.lowerBound }
        XCTAssertFalse(keys.contains(nil), json)
        XCTAssertEqual(keys.compactMap { $0 }, keys.compactMap { $0 }.sorted(), "keys in order")
        let parsed = try JSONParser.parse(json)
        guard case .object(let object) = parsed else { return XCTFail("not an object") }
        XCTAssertEqual(object.keys, ["statusCode", "headers", "body", "selected", "steps"])
        XCTAssertEqual(object["statusCode"], .string("200"))
        guard case .array(let headers)? = object["headers"], case .object(let first)? = headers.first else { return XCTFail("headers") }
        XCTAssertEqual(first["name"], .string("Access-Control-Allow-Methods"))
        XCTAssertEqual(first["value"], .string("GET,POST,OPTIONS"))
        XCTAssertEqual(first["origin"], .string("mapped from 'GET,POST,OPTIONS'"))
        guard case .object(let selected)? = object["selected"] else { return XCTFail("selected") }
        XCTAssertEqual(selected["isDefault"], .bool(true))
        XCTAssertEqual(selected["selectionPattern"], .null)
    }

    func testJSONReportAddsBase64FlagAndIssues() throws {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X": "'1'"], contentHandling: .convertToBinary)
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "AAEC"))
        guard case .object(let object) = try JSONParser.parse(result.jsonReport()) else { return XCTFail("not an object") }
        XCTAssertEqual(object.keys, ["statusCode", "headers", "body", "isBase64Encoded", "selected", "steps", "issues"])
        XCTAssertEqual(object["body"], .string("AAEC"))
        guard case .array(let issues)? = object["issues"], case .object(let issue)? = issues.first else { return XCTFail("issues") }
        XCTAssertEqual(issue["severity"], .string("error"))
        XCTAssertEqual(issue["place"], .string("integration response 200 responseParameters[method.response.header.X]"))
    }

    func testJSONReportEscapesControlCharactersAndKeepsUnicode() throws {
        let response = IntegrationResponse(statusCode: "200")
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "line1\nタブ\t\u{01}🐾"))
        guard case .object(let object) = try JSONParser.parse(result.jsonReport()) else { return XCTFail("not an object") }
        XCTAssertEqual(object["body"], .string("line1\nタブ\t\u{01}🐾"))
        XCTAssertTrue(result.jsonReport().contains(#""body": "line1\nタブ\t\u0001🐾""#))
    }
}
