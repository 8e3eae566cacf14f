import GatewayModel
@testable import Mapping
import XCTest

final class PipelineTemplateTests: XCTestCase {
    private struct Row {
        var name: String
        var templates: OrderedMap<String>
        var accept: String?
        /// The template key chosen; nil for passthrough.
        var chosen: String?
        var line: UInt = #line
    }

    func testTemplateIsChosenByAcceptThenApplicationJSONThenFirst() {
        let jsonAndXML: OrderedMap<String> = ["application/json": "J", "application/xml": "X"]
        let xmlThenJSON: OrderedMap<String> = ["application/xml": "X", "application/json": "J"]
        let xmlAndText: OrderedMap<String> = ["application/xml": "X", "text/plain": "T"]
        let rows = [
            Row(name: "exact Accept", templates: jsonAndXML, accept: "application/xml", chosen: "application/xml"),
            Row(name: "Accept with parameters", templates: jsonAndXML, accept: "application/xml; charset=UTF-8", chosen: "application/xml"),
            Row(name: "Accept in another case", templates: jsonAndXML, accept: "Application/XML", chosen: "application/xml"),
            Row(name: "only the first Accept type counts", templates: jsonAndXML, accept: "application/xml, application/json;q=0.9", chosen: "application/xml"),
            Row(name: "first Accept type unmatched: first template", templates: xmlAndText, accept: "image/webp,text/plain", chosen: "application/xml"),
            Row(name: "no Accept: application/json", templates: xmlThenJSON, accept: nil, chosen: "application/json"),
            Row(name: "no Accept, no json: first", templates: xmlAndText, accept: nil, chosen: "application/xml"),
            Row(name: "blank Accept is like none", templates: xmlThenJSON, accept: "  ", chosen: "application/json"),
            Row(name: "unmatched Accept: first, even with json", templates: xmlThenJSON, accept: "text/html", chosen: "application/xml"),
            Row(name: "*/* is not a wildcard key", templates: xmlThenJSON, accept: "*/*", chosen: "application/xml"),
            Row(name: "template key with parameters", templates: ["application/json;charset=UTF-8": "J", "text/plain": "T"], accept: "application/json", chosen: "application/json;charset=UTF-8"),
            Row(name: "no templates", templates: [:], accept: "application/json", chosen: nil),
            Row(name: "empty template passes through", templates: ["application/json": "", "application/xml": "X"], accept: nil, chosen: nil),
            Row(name: "whitespace template passes through", templates: ["application/json": " \n"], accept: "application/json", chosen: nil),
        ]
        for row in rows {
            let choice = TemplateSelection.choose(templates: row.templates, accept: row.accept)
            XCTAssertEqual(choice.template == nil ? nil : choice.contentType, row.chosen, row.name, line: row.line)
            XCTAssertFalse(choice.reason.isEmpty, row.name, line: row.line)
        }
    }

    func testChosenTemplateRendersTheBackendBody() {
        let result = simulate(PetStore.getPet, BackendResponse(body: #"{"id":1}"#), SimulationRequest(accept: "application/xml"))
        XCTAssertEqual(result.template?.contentType, "application/xml")
        XCTAssertEqual(result.bodyText, #"XML {"id":1}"#)
        let json = simulate(PetStore.getPet, BackendResponse(body: #"{"id":1}"#))
        XCTAssertEqual(json.template?.contentType, "application/json")
        XCTAssertEqual(json.bodyText, #"JSON {"id":1}"#)
    }

    func testAcceptRequestHeaderIsUsedWhenAcceptIsNotGiven() {
        let result = simulate(PetStore.getPet, BackendResponse(body: "{}"), SimulationRequest(headers: ["accept": "application/xml"]))
        XCTAssertEqual(result.template?.contentType, "application/xml")
    }

    func testWithoutTemplatesTheBodyPassesThroughUnchanged() {
        let body = "{\n  \"id\": 1, \"name\": \"ポチ\"\n}"
        let result = simulate(PetStore.http([IntegrationResponse(statusCode: "200")]), BackendResponse(statusCode: "200", body: body))
        XCTAssertEqual(result.bodyText, body)
        XCTAssertNil(result.template?.contentType)
        XCTAssertTrue(result.template?.reason.contains("passes through") ?? false)
    }

    func testTemplateErrorIsA500WithLineColumnAndCaret() {
        let template = "{\n  \"a\": 1,\n    #fail(Encountered \"#end\")\n}"
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": template])
        let result = simulate(PetStore.http([response]), BackendResponse(statusCode: "200", body: "{}"))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.bodyText, ResponsePipeline.internalServerErrorBody)
        let error = result.errors.first
        XCTAssertEqual(error?.stage, .template)
        XCTAssertEqual(error?.place.line, 3)
        XCTAssertEqual(error?.place.column, 5)
        XCTAssertEqual(error?.place.field, "responseTemplates[application/json]")
        XCTAssertEqual(error?.description, "integration response 200 responseTemplates[application/json]:3:5: error: Encountered \"#end\"\n    #fail(Encountered \"#end\")\n    ^")
        XCTAssertEqual(result.errors.count, 1)
    }

    func testContextInTemplatesMatchesContextInMappings() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X-Request-Id": "context.requestId"],
                                           responseTemplates: ["application/json": "$context.requestId"])
        let result = simulate(PetStore.http([response], headers: ["X-Request-Id"]), BackendResponse(statusCode: "200"), SimulationRequest(context: ["requestId": "abc"]))
        XCTAssertEqual(result.bodyText, "abc")
        XCTAssertEqual(result.header("X-Request-Id"), "abc")
    }
}
