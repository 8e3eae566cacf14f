import Foundation
import GatewayModel
import Mapping
import XCTest
@testable import GatewayClient

/// API Gateway returns an empty template as `null`: gwx keeps it as an empty template (not as a
/// missing one) when reading, simulating and writing PATCH operations and put bodies.
final class AWSEmptyValueTests: XCTestCase {
    /// A CORS `OPTIONS` response as `get-integration-response` returns it, with an XML template too.
    let cors = """
        {"statusCode": "200", "responseParameters": {"method.response.header.Access-Control-Allow-Origin": "'*'"},
         "responseTemplates": {"application/json": null, "application/xml": "<a>$input.body</a>"}}
        """

    func testANullTemplateReadsAsAnEmptyTemplateInItsPlace() throws {
        let response = AWSShapes.integrationResponse(try AWSJSON.parse(Array(cors.utf8)))
        XCTAssertEqual(response.responseTemplates.keys, ["application/json", "application/xml"])
        XCTAssertEqual(response.responseTemplates["application/json"], "")
        XCTAssertEqual(response.responseParameters["method.response.header.Access-Control-Allow-Origin"], "'*'")
    }

    func testTheEmptyTemplateIsChosenAndPassesThePayloadThroughWhereNoEntryWouldUseTheOther() throws {
        let response = AWSShapes.integrationResponse(try AWSJSON.parse(Array(cors.utf8)))
        func simulate(_ response: IntegrationResponse) -> SimulationResult {
            let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200")],
                                integration: Integration(type: .mock, integrationResponses: [response]))
            return ResponsePipeline.simulate(method: method, resourcePath: "/c", backend: BackendResponse(statusCode: "200", body: "payload"))
        }
        let withEmpty = simulate(response)
        XCTAssertEqual(withEmpty.template?.contentType, "application/json")
        XCTAssertEqual(withEmpty.bodyText, "payload", "API Gateway returns the payload unmapped for an empty template")
        var withoutEntry = response
        withoutEntry.responseTemplates["application/json"] = nil
        XCTAssertEqual(simulate(withoutEntry).bodyText, "<a>payload</a>", "without the entry the first template is used")
    }

    func testClearingIsAReplaceWithEmptyTextAndRemovingIsARemove() {
        let full = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}"])
        let cleared = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": ""])
        let removed = IntegrationResponse(statusCode: "200")
        XCTAssertEqual(PatchOperation.diff(from: full, to: cleared), [PatchOperation(op: "replace", path: "/responseTemplates/application~1json", value: "")])
        XCTAssertEqual(PatchOperation.diff(from: cleared, to: removed), [PatchOperation(op: "remove", path: "/responseTemplates/application~1json")])
        XCTAssertEqual(PatchOperation.diff(from: removed, to: cleared), [PatchOperation(op: "add", path: "/responseTemplates/application~1json", value: "")])
        XCTAssertEqual(PatchOperation.diff(from: cleared, to: cleared), [])
        XCTAssertEqual(PatchOperation(op: "replace", path: "/responseTemplates/application~1json", value: "").json.serialized,
                       #"{"op":"replace","path":"/responseTemplates/application~1json","value":""}"#)
        XCTAssertEqual(AWSShapes.putBody(cleared).serialized, #"{"responseTemplates":{"application/json":""}}"#)
    }

    func testAnEmptyTemplateFromAWSIsTheSameContentAsTheEmptyTextItWasSavedAs() throws {
        let fromAWS = AWSShapes.integrationResponse(try AWSJSON.parse(Array(cors.utf8)))
        var saved = fromAWS
        saved.responseTemplates["application/json"] = ""
        XCTAssertTrue(AWSSource.sameContent(fromAWS, saved))
        saved.responseTemplates["application/json"] = nil
        XCTAssertFalse(AWSSource.sameContent(fromAWS, saved), "no template is not an empty template")
    }
}
