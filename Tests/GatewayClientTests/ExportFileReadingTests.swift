import GatewayClient
import GatewayModel
import XCTest

/// Reading export files into the model.
final class ExportFileReadingTests: XCTestCase {
    func testOpenAPI3JSONReadsAPISummaryFromInfoAndServers() async throws {
        let source = try ExportFileSource(path: ExportFixtures.copy("petstore-oas3.json"))
        let apis = try await source.listRestAPIs()
        XCTAssertEqual(apis, [RestAPI(id: "petstore-oas3", name: "PetStore",
                                      description: "Your first API with Amazon API Gateway. This is a sample API that integrates via HTTP with our demo Pet Store endpoints",
                                      endpointTypes: ["REGIONAL"], version: "2024-05-01T10:15:00Z")])
        XCTAssertEqual(source.label, "file petstore-oas3.json")
    }

    func testResourcesAreAddressedByPathWithImpliedAncestors() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("orders-oas3.yaml"))
        XCTAssertEqual(api.resources.map(\.id), ["/", "/orders", "/orders/{orderId}", "/orders/{orderId}/items"])
        XCTAssertEqual(api.resources.map(\.parentId), [nil, "/", "/orders", "/orders/{orderId}"])
        XCTAssertEqual(api.resources.map(\.pathPart), ["", "orders", "{orderId}", "items"])
        XCTAssertEqual(api.resource("/orders/{orderId}")?.methods, [])
        XCTAssertEqual(api.resource("orders/{orderId}/items")?.methods.map(\.httpMethod), ["ANY"])
        XCTAssertEqual(api.api.endpointTypes, ["EDGE"])
        XCTAssertEqual(api.api.version, "1.4.0")
    }

    func testIntegrationResponsesKeepFileOrderAndDefaultHasNoPattern() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("orders-oas3.yaml"))
        let get = try XCTUnwrap(api.resource("/orders")?.method("GET"))
        let integration = try XCTUnwrap(get.integration)
        XCTAssertEqual(integration.type, .aws)
        XCTAssertTrue(integration.isLambda)
        XCTAssertEqual(integration.passthroughBehavior, "when_no_templates")
        XCTAssertEqual(integration.requestTemplates["application/json"], "{\n  \"status\": \"$input.params('status')\"\n}\n")
        XCTAssertEqual(integration.integrationResponses, [
            IntegrationResponse(statusCode: "200", selectionPattern: nil,
                                responseParameters: ["method.response.header.X-Request-Id": "context.requestId"],
                                responseTemplates: ["application/json": "#set($orders = $input.path('$.orders'))\n{\n  \"count\": $orders.size(),\n  \"orders\": $input.json('$.orders')\n}\n"]),
            IntegrationResponse(statusCode: "500", selectionPattern: ".*Internal.*",
                                responseTemplates: ["application/json": "{\"message\": \"Something went wrong. Please retry.\"}"]),
        ])
        let post = try XCTUnwrap(api.resource("/orders")?.method("POST")?.integration)
        XCTAssertEqual(post.integrationResponses.map(\.selectionPattern), [nil, ".*(Invalid|Missing).*"])
        XCTAssertEqual(post.integrationResponses[0].responseTemplates["application/json"], "{\"id\": \"$input.path('$.id')\", \"created\": true}")
        XCTAssertEqual(post.integrationResponses[1].responseTemplates["application/json"], "{\"error\": \"$util.escapeJavaScript($input.path('$.errorMessage'))\"}")
        XCTAssertEqual(post.integrationResponses[1].statusCode, "400")
    }

    func testMethodResponsesDeclareHeadersAndModels() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("petstore-oas3.json"))
        let options = try XCTUnwrap(api.resource("/pets")?.method("OPTIONS"))
        XCTAssertEqual(options.methodResponses.first?.declaredHeaders,
                       ["Access-Control-Allow-Origin", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"])
        XCTAssertEqual(options.integration?.type, .mock)
        let get = try XCTUnwrap(api.resource("/pets/{petId}")?.method("GET"))
        XCTAssertEqual(get.methodResponses.map(\.statusCode), ["200", "404"])
        XCTAssertEqual(get.methodResponses[0].responseModels, ["application/json": "Pet"])
        XCTAssertEqual(get.requestParameters, ["method.request.path.petId": true])
        XCTAssertEqual(get.integration?.integrationResponses.map(\.selectionPattern), ["4\\d{2}", nil])
    }

    func testSwagger2JSONReadsHeadersSecurityAndContentHandling() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("calc-swagger2.json"))
        XCTAssertEqual(api.api.name, "LambdaCalc")
        let get = try XCTUnwrap(api.resource("/calc")?.method("GET"))
        XCTAssertTrue(get.apiKeyRequired)
        XCTAssertEqual(get.methodResponses[0].responseParameters,
                       ["method.response.header.operand_1": false, "method.response.header.operand_2": false, "method.response.header.operator": false])
        XCTAssertEqual(get.methodResponses[0].responseModels, ["application/json": "Result"])
        XCTAssertEqual(get.integration?.integrationResponses[1], IntegrationResponse(statusCode: "400", selectionPattern: ".*Invalid.*", contentHandling: .convertToText))
        XCTAssertEqual(get.requestParameters.keys, ["method.request.querystring.operand2", "method.request.querystring.operator", "method.request.querystring.operand1"])
        XCTAssertEqual(api.resources.map(\.path), ["/", "/calc", "/calc/{operand1}", "/calc/{operand1}/{operand2}", "/calc/{operand1}/{operand2}/{operator}"])
    }

    func testSwagger2YAMLReadsAnyMethodAndProxyIntegration() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("greetings-swagger2.yaml"))
        let resource = try XCTUnwrap(api.resource("/greetings/{name}"))
        XCTAssertEqual(resource.methods.map(\.httpMethod), ["GET", "ANY"])
        XCTAssertEqual(resource.method("ANY")?.integration?.type, .httpProxy)
        XCTAssertEqual(resource.method("GET")?.integration?.integrationResponses.first,
                       IntegrationResponse(statusCode: "404", selectionPattern: "404",
                                           responseTemplates: ["application/json": "{\"error\": \"no greeting for $input.params('name')\"}"]))
        XCTAssertEqual(resource.method("GET")?.integration?.integrationResponses.last?.responseTemplates["application/json"],
                       "{\"greeting\": \"こんにちは, $input.params('name')!\"}")
        XCTAssertEqual(api.resource("/")?.method("GET")?.integration?.integrationResponses.first?.responseTemplates["text/html"],
                       "<html>\n  <body>\n    <h1>Hello</h1>\n  </body>\n</html>")
    }

    func testGetIntegrationResponseAcceptsResourcePathWithOrWithoutSlash() async throws {
        let source = try ExportFileSource(path: ExportFixtures.copy("petstore-oas3.json"))
        let withSlash = try await source.getIntegrationResponse(IntegrationResponseID(restApiId: "petstore-oas3", resourceId: "/pets/{petId}", httpMethod: "GET", statusCode: "404"))
        let without = try await source.getIntegrationResponse(IntegrationResponseID(restApiId: "petstore-oas3", resourceId: "pets/{petId}", httpMethod: "get", statusCode: "404"))
        XCTAssertEqual(withSlash, without)
        XCTAssertEqual(withSlash.selectionPattern, "4\\d{2}")
    }

    func testUnknownIDsAreNotFound() async throws {
        let source = try ExportFileSource(path: ExportFixtures.copy("petstore-oas3.json"))
        do {
            _ = try await source.loadAPI(id: "other")
            XCTFail("expected notFound")
        } catch let error as ExportFileError {
            guard case .notFound = error else { return XCTFail("\(error)") }
        }
        do {
            _ = try await source.getIntegrationResponse(IntegrationResponseID(restApiId: "petstore-oas3", resourceId: "/pets", httpMethod: "GET", statusCode: "418"))
            XCTFail("expected notFound")
        } catch let error as ExportFileError {
            guard case .notFound = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("418"), error.description)
        }
    }

    func testUnreadableFileThrowsIOError() {
        XCTAssertThrowsError(try ExportFileSource(path: "/nonexistent/gwx/api.yaml")) { error in
            guard case .io? = error as? ExportFileError else { return XCTFail("\(error)") }
        }
    }

    func testDocumentThatIsNotAnExportIsRefusedWithAPlace() throws {
        let path = try ExportFixtures.write("name: not an api\n", name: "plain.yaml")
        XCTAssertThrowsError(try ExportFileSource(path: path)) { error in
            let description = String(describing: error)
            XCTAssertTrue(description.contains("plain.yaml:1:1: error: not an API Gateway export"), description)
        }
    }
}
