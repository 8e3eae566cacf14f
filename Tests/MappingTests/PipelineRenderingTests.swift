import Foundation
import GatewayModel
import Mapping
import XCTest

/// The whole pipeline with the real engines (JavaRegex, JSONPath, Velocity templates), on
/// the PetStore example's templates.
final class PipelineRenderingTests: XCTestCase {
    static let errorTemplate = "{\n  \"message\": \"$util.escapeJavaScript($input.path('$.errorMessage'))\",\n  \"requestId\": \"$context.requestId\"\n}"
    static let validationTemplate = "#set($err = $util.parseJson($input.path('$.errorMessage')))\n{\n  \"error\": \"$util.escapeJavaScript($err.message)\",\n  \"type\": \"$err.errorType\"\n}"
    static let petTemplate = "#set($pet = $input.path('$'))\n{\n  \"id\": $pet.id,\n  \"name\": \"$util.escapeJavaScript($pet.name)\",\n  \"greeting\": \"ようこそ, $pet.name 🐾\",\n  \"owner\": $input.json('$.owner')\n}"
    static let petXMLTemplate = "#set($pet = $input.path('$'))\n<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pet id=\"$pet.id\">\n  <name>$pet.name</name>\n  <tag>$!pet.tag</tag>\n</pet>"

    /// `GET /pets/{petId}` exactly as `Examples/PetStore.json` configures it.
    static var getPet: Method {
        let cors: OrderedMap<String> = ["method.response.header.Access-Control-Allow-Origin": "'*'"]
        let responses = [
            IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*", responseParameters: cors, responseTemplates: ["application/json": errorTemplate]),
            IntegrationResponse(statusCode: "400", selectionPattern: #".*"errorType":"ValidationError".*"#, responseParameters: cors, responseTemplates: ["application/json": validationTemplate]),
            IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.Access-Control-Allow-Origin": "'*'", "method.response.header.X-Request-Id": "context.requestId"],
                                responseTemplates: ["application/json": petTemplate, "application/xml": petXMLTemplate]),
        ]
        return Method(httpMethod: "GET",
                      methodResponses: [PetStore.methodResponse("200", headers: ["Access-Control-Allow-Origin", "X-Request-Id"]),
                                        PetStore.methodResponse("400", headers: ["Access-Control-Allow-Origin"]),
                                        PetStore.methodResponse("404", headers: ["Access-Control-Allow-Origin"])],
                      integration: Integration(type: .aws, uri: PetStore.lambdaURI, httpMethod: "POST", integrationResponses: responses))
    }

    private func run(_ method: Method, _ backend: BackendResponse, _ request: SimulationRequest = SimulationRequest()) -> SimulationResult {
        ResponsePipeline.simulate(method: method, resourcePath: "/pets/{petId}", backend: backend, request: request)
    }

    private let pet = #"{"id": 7, "name": "Rex \"the dog\"", "tag": "good", "owner": {"name": "Ann", "since": 2020}}"#

    func testSuccessfulInvocationRendersTheDefaultJSONTemplate() {
        let result = run(Self.getPet, BackendResponse(body: pet))
        XCTAssertEqual(result.statusCode, "200")
        XCTAssertEqual(result.selected, SelectedResponse(statusCode: "200", selectionPattern: nil, isDefault: true))
        XCTAssertEqual(result.bodyText, """
        {
          "id": 7,
          "name": "Rex \\"the dog\\"",
          "greeting": "ようこそ, Rex "the dog" 🐾",
          "owner": {"name":"Ann","since":2020}
        }
        """)
        XCTAssertEqual(result.headers.map(\.name), ["Access-Control-Allow-Origin", "X-Request-Id"])
        XCTAssertEqual(result.header("X-Request-Id"), "c6af9ac6-7b61-11e6-9a41-93e8deadbeef", "GatewayContext's default request ID")
        XCTAssertTrue(result.issues.isEmpty, "\(result.issues)")
    }

    func testAcceptXMLRendersTheXMLTemplate() {
        let result = run(Self.getPet, BackendResponse(body: pet), SimulationRequest(accept: "application/xml"))
        XCTAssertEqual(result.template?.contentType, "application/xml")
        XCTAssertEqual(result.bodyText, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pet id=\"7\">\n  <name>Rex \"the dog\"</name>\n  <tag>good</tag>\n</pet>")
    }

    func testNotFoundErrorRendersTheErrorTemplateWithTheRequestedRequestId() {
        let result = run(Self.getPet, BackendResponse(errorMessage: "Pet 7 Not Found"), SimulationRequest(context: ["requestId": "req-42"]))
        XCTAssertEqual(result.statusCode, "404")
        XCTAssertEqual(result.bodyText, "{\n  \"message\": \"Pet 7 Not Found\",\n  \"requestId\": \"req-42\"\n}")
        XCTAssertEqual(result.header("Access-Control-Allow-Origin"), "*")
    }

    func testValidationErrorParsesTheJSONInsideTheErrorMessage() {
        let result = run(Self.getPet, BackendResponse(errorMessage: #"{"errorType":"ValidationError","message":"name is \"required\""}"#))
        XCTAssertEqual(result.statusCode, "400")
        XCTAssertEqual(result.bodyText, "{\n  \"error\": \"name is \\\"required\\\"\",\n  \"type\": \"ValidationError\"\n}")
    }

    func testMultiLineErrorFallsToTheDefaultWhoseTemplateReadsEmptyValues() {
        // `.*Not Found.*` cannot cross the newline, so the default 200 is selected, and its
        // template reads `$pet.id` and `$pet.name` from an error body: on API Gateway both are
        // "" (not a failed escapeJavaScript(null)), so the client gets a 200 that is not JSON.
        let result = run(Self.getPet, BackendResponse(errorMessage: "Pet 7 Not Found\n  at handler (index.js:3:14)"))
        XCTAssertEqual(result.selected?.statusCode, "200")
        XCTAssertEqual(result.statusCode, "200")
        XCTAssertEqual(result.errors.count, 0)
        XCTAssertEqual(result.bodyText, "{\n  \"id\": ,\n  \"name\": \"\",\n  \"greeting\": \"ようこそ,  🐾\",\n  \"owner\": null\n}")
    }

    func testMultiLineErrorWithDotAllSelectsTheErrorResponse() {
        var method = Self.getPet
        method.integration?.integrationResponses[0].selectionPattern = "(?s).*Not Found.*"
        let result = run(method, BackendResponse(errorMessage: "Pet 7 Not Found\n  at handler (index.js:3:14)"))
        XCTAssertEqual(result.statusCode, "404")
        XCTAssertEqual(result.bodyText, "{\n  \"message\": \"Pet 7 Not Found\\n  at handler (index.js:3:14)\",\n  \"requestId\": \"c6af9ac6-7b61-11e6-9a41-93e8deadbeef\"\n}")
    }

    func testTemplateOverridesStatusAndHeaders() {
        let template = "#set($context.responseOverride.status = 201)\n#set($context.responseOverride.header.Location = \"/pets/$input.path('$.id')\")\n$input.json('$')"
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.Location": "'/pets'"], responseTemplates: ["application/json": template])
        let result = run(PetStore.http([response], headers: ["Location"]), BackendResponse(statusCode: "200", body: #"{"id":9}"#))
        XCTAssertEqual(result.statusCode, "201")
        XCTAssertEqual(result.header("Location"), "/pets/9")
        XCTAssertEqual(result.headers.first?.origin, .responseOverride)
        XCTAssertEqual(result.bodyText, #"{"id":9}"#, "a line holding only #set leaves no newline")
    }

    func testTemplateSyntaxErrorIsA500WithItsPlace() {
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{\n  #if($input.path('$.a')\n}"])
        let result = run(PetStore.http([response]), BackendResponse(statusCode: "200", body: "{}"))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.errors.first?.stage, .template)
        XCTAssertNotNil(result.errors.first?.place.line)
        XCTAssertNotNil(result.errors.first?.place.column)
        XCTAssertTrue(result.errors.first?.description.contains("^") ?? false)
    }

    func testBodyThatIsNotJSONIsNamedWhenTheTemplateNeedsJSON() {
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "$input.json('$.a')"])
        let result = run(PetStore.http([response]), BackendResponse(statusCode: "200", body: "{\"a\": }"))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertTrue(result.errors.first?.message.contains("not JSON") ?? false, "\(result.errors)")
    }

    func testStageVariablesAndRequestParametersReachTheTemplate() {
        let template = #"{"owner": "$input.path('$.owner.name')", "stage": "$stageVariables.env", "pet": "$input.params('petId')"}"#
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": template])
        let request = SimulationRequest(pathParameters: ["petId": "7"], stageVariables: ["env": "prod"])
        let result = run(PetStore.http([response]), BackendResponse(statusCode: "200", body: #"{"owner": {"name": "申し訳"}}"#), request)
        XCTAssertEqual(result.bodyText, #"{"owner": "申し訳", "stage": "prod", "pet": "7"}"#)
    }

    func testConvertToTextLetsTheTemplateReadBase64() {
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": #"{"image": "$input.body"}"#], contentHandling: .convertToText)
        let bytes = Data([0x00, 0x01, 0xFE, 0xFF])
        let result = run(PetStore.http([response]), BackendResponse(statusCode: "200", bodyData: bytes, isBinary: true))
        XCTAssertEqual(result.bodyText, #"{"image": "AAH+/w=="}"#)
    }
}
