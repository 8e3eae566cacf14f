import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// Reads through gwx's AWS source against moto's server, behind the signature-checking proxy.
final class AWSMotoReadTests: MotoPeerTestCase {
    static let petsSpec = """
    {"name": "pets-read", "description": "read test", "resources": [
      {"path": "/pets", "methods": [
        {"httpMethod": "GET", "integration": {"type": "HTTP", "integrationHttpMethod": "GET", "uri": "https://example.com/pets"},
         "methodResponses": [{"statusCode": "200", "responseParameters": {"method.response.header.X-Count": false}}, {"statusCode": "404"}],
         "integrationResponses": [
           {"statusCode": "200", "selectionPattern": "", "responseParameters": {"method.response.header.X-Count": "integration.response.header.X-Total"},
            "responseTemplates": {"application/json": "#set($x = $input.path('$'))\\n$input.json('$')", "text/plain": "ok"}},
           {"statusCode": "404", "selectionPattern": "4\\\\d{2}", "responseTemplates": {"application/json": "{\\"message\\": \\"${missing}\\"}"}}]},
        {"httpMethod": "POST", "integration": {"type": "MOCK", "requestTemplates": {"application/json": "{\\"statusCode\\": 200}"}},
         "methodResponses": [{"statusCode": "201"}],
         "integrationResponses": [{"statusCode": "201", "contentHandling": "CONVERT_TO_TEXT"}]}]},
      {"path": "/pets/{petId}", "methods": [
        {"httpMethod": "DELETE", "integration": {"type": "MOCK"}, "methodResponses": [{"statusCode": "204"}],
         "integrationResponses": [{"statusCode": "204"}]}]},
      {"path": "/{proxy+}", "methods": [{"httpMethod": "ANY", "integration": {"type": "MOCK"}}]}
    ]}
    """

    func seed(_ peer: AWSPeer, _ spec: String) async throws -> (id: String, resources: [String: String]) {
        let seeded = try await peer.control("seed", try AWSJSON.parse(spec))
        let resources = Dictionary(uniqueKeysWithValues: (seeded["resources"]?.members ?? []).map { ($0.key, $0.value.stringValue ?? "") })
        return (seeded["id"]?.stringValue ?? "", resources)
    }

    func testListRestAPIsReturnsWhatBoto3CreatedWithEverySignatureVerified() async throws {
        let peer = try startedPeer()
        let seeded = try await seed(peer, Self.petsSpec)
        try await peer.control("reset")
        let apis = try await peer.source().listRestAPIs()
        let api = try XCTUnwrap(apis.first { $0.id == seeded.id })
        XCTAssertEqual(api.name, "pets-read")
        XCTAssertEqual(api.description, "read test")
        XCTAssertEqual(api.endpointTypes, ["EDGE"])
        let stats = try await peer.control("stats")
        XCTAssertEqual(stats["signatureFailures"]?.numberValue, 0)
        XCTAssertEqual(stats["missingAccept"]?.numberValue, 0)
        XCTAssertEqual(stats["log"]?.elements.first?.stringValue, "GET /restapis?limit=500")
    }

    func testLoadAPIReadsTheWholeTreeAsBoto3SeesIt() async throws {
        let peer = try startedPeer()
        let seeded = try await seed(peer, Self.petsSpec)
        try await peer.control("reset")
        let definition = try await peer.source().loadAPI(id: seeded.id)
        let count = try await peer.requestCount()
        XCTAssertEqual(count, 2, "one GetRestApi and one GetResources page")
        XCTAssertEqual(definition.api.name, "pets-read")
        XCTAssertEqual(definition.resources.map(\.path), ["/", "/pets", "/pets/{petId}", "/{proxy+}"])

        let pets = try XCTUnwrap(definition.resource("/pets"))
        XCTAssertEqual(pets.id, seeded.resources["/pets"])
        XCTAssertEqual(pets.methods.map(\.httpMethod).sorted(), ["GET", "POST"])
        let get = try XCTUnwrap(pets.method("GET"))
        XCTAssertEqual(get.integration?.type, .http)
        XCTAssertEqual(get.integration?.uri, "https://example.com/pets")
        XCTAssertEqual(get.methodResponse(statusCode: "200")?.declaredHeaders, ["X-Count"])
        let ok = try XCTUnwrap(get.integration?.integrationResponse(statusCode: "200"))
        XCTAssertEqual(ok.responseParameters["method.response.header.X-Count"], "integration.response.header.X-Total")
        XCTAssertEqual(ok.responseTemplates["application/json"], "#set($x = $input.path('$'))\n$input.json('$')")
        XCTAssertEqual(ok.responseTemplates["text/plain"], "ok")
        let notFound = try XCTUnwrap(get.integration?.integrationResponse(statusCode: "404"))
        XCTAssertEqual(notFound.selectionPattern, "4\\d{2}")
        XCTAssertEqual(notFound.responseTemplates["application/json"], "{\"message\": \"${missing}\"}")
        XCTAssertEqual(pets.method("POST")?.integration?.integrationResponses.first?.contentHandling, .convertToText)

        // The same integration response, as boto3 reads it from moto.
        let direct = try await peer.boto3("get_integration_response", [
            ("restApiId", .string(seeded.id)), ("resourceId", .string(pets.id)), ("httpMethod", .string("GET")), ("statusCode", .string("200")),
        ])
        XCTAssertEqual(direct["responseTemplates"]?["application/json"]?.stringValue, ok.responseTemplates["application/json"])
        let single = try await peer.source().getIntegrationResponse(
            IntegrationResponseID(restApiId: seeded.id, resourceId: pets.id, httpMethod: "GET", statusCode: "200"))
        XCTAssertEqual(single, ok)
    }

    func testLoadFollowsPositionWhenTheServerPagesBelowTheLimit() async throws {
        let peer = try startedPeer()
        let paths = (1...23).map { "{\"path\": \"/r\($0)\", \"methods\": [{\"httpMethod\": \"GET\", \"integration\": {\"type\": \"MOCK\"}, \"methodResponses\": [{\"statusCode\": \"200\"}], \"integrationResponses\": [{\"statusCode\": \"200\"}]}]}" }
        let seeded = try await seed(peer, "{\"name\": \"paged\", \"resources\": [\(paths.joined(separator: ","))]}")
        try await peer.control("reset")
        try await peer.control("config", .object([("maxPageSize", .number(10))]))
        let definition = try await peer.source().loadAPI(id: seeded.id)
        let log = try await peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(definition.resources.count, 24)
        XCTAssertEqual(log.filter { $0.contains("/resources?") }.count, 3, "24 resources at 10 a page: \(log)")
        XCTAssertTrue(log.contains { $0.contains("position=") })
        XCTAssertEqual(definition.allIntegrationResponses.count, 23)
    }

    func testMethodsWithoutDetailsAreFetchedOneRequestEach() async throws {
        let peer = try startedPeer()
        let seeded = try await seed(peer, Self.petsSpec)
        try await peer.control("reset")
        try await peer.control("config", .object([("stripMethods", .string("always"))]))
        let definition = try await peer.source().loadAPI(id: seeded.id)
        let log = try await peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log.filter { $0.contains("/methods/") }.count, 4, "one GetMethod per method: \(log)")
        XCTAssertEqual(definition.allIntegrationResponses.count, 4)
        XCTAssertEqual(definition.resource("/pets")?.method("GET")?.integration?.integrationResponse(statusCode: "404")?.selectionPattern, "4\\d{2}")
    }

    func testDirectlyAgainstMotoTheSameTreeLoads() async throws {
        let peer = try startedPeer()
        let seeded = try await seed(peer, Self.petsSpec)
        let viaProxy = try await peer.source().loadAPI(id: seeded.id)
        let direct = try await peer.source(direct: true).loadAPI(id: seeded.id)
        XCTAssertEqual(viaProxy, direct)
    }

    func testAWrongSecretIsRefusedAsATypedUnauthorizedError() async throws {
        let peer = try startedPeer()
        do {
            _ = try await peer.source(secret: "not-the-secret").listRestAPIs()
            XCTFail("a bad signature must be refused")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .unauthorized)
            XCTAssertEqual(error.type, "InvalidSignatureException")
            XCTAssertEqual(error.httpStatus, 403)
            XCTAssertNotNil(error.requestId)
            XCTAssertFalse(error.description.contains("not-the-secret"))
        }
    }

    func testAMissingAPIIsANotFoundErrorWithAWSMessageAndRequestID() async throws {
        let peer = try startedPeer()
        do {
            _ = try await peer.source().getIntegrationResponse(IntegrationResponseID(restApiId: "nope", resourceId: "x", httpMethod: "GET", statusCode: "200"))
            XCTFail("expected NotFoundException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .notFound)
            XCTAssertEqual(error.type, "NotFoundException")
            XCTAssertFalse(error.message.isEmpty)
            XCTAssertNotNil(error.requestId)
        }
    }
}
