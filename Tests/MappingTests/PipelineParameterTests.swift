import GatewayModel
@testable import Mapping
import XCTest

final class PipelineParameterTests: XCTestCase {
    private struct Row {
        var expression: String
        var backend: BackendResponse
        var request = SimulationRequest()
        /// The header value sent, or nil when not sent.
        var value: String?
        /// A fragment of the missing reason (when `value` is nil).
        var reason: String = ""
        var line: UInt = #line
    }

    private let lambdaErrorBody = #"{"errorMessage":"{\"errorType\":\"InternalServerError\",\"httpStatus\":500,\"trace\":{\"function\":\"abc()\",\"line\":123,\"file\":\"abc.js\"}}"}"#

    /// An HTTP method whose default 200 maps `X-Out` from `expression`.
    private func method(_ expression: String, lambda: Bool = false) -> Method {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X-Out": expression])
        return lambda ? PetStore.lambda([response], headers: ["X-Out"]) : PetStore.http([response], headers: ["X-Out"])
    }

    private func check(_ rows: [Row], lambda: Bool = false) {
        for row in rows {
            let result = simulate(method(row.expression, lambda: lambda), row.backend, row.request)
            XCTAssertEqual(result.header("X-Out"), row.value, "\(row.expression)", line: row.line)
            XCTAssertEqual(result.parameters.count, 1, line: row.line)
            if row.value == nil {
                guard case .missing(let reason)? = result.parameters.first?.outcome else {
                    XCTFail("\(row.expression): expected a missing value, got \(String(describing: result.parameters.first))", line: row.line)
                    continue
                }
                XCTAssertTrue(reason.contains(row.reason), "\(row.expression): reason '\(reason)' lacks '\(row.reason)'", line: row.line)
            } else {
                XCTAssertEqual(result.headers.first { $0.name == "X-Out" }?.origin, .mapping(expression: row.expression), line: row.line)
            }
            XCTAssertTrue(result.errors.isEmpty, "\(row.expression): \(result.errors)", line: row.line)
        }
    }

    func testIntegrationResponseHeaders() {
        let backend = BackendResponse(statusCode: "200", headers: [("X-App-Id", "app-1"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("content-type", "text/plain")])
        check([
            Row(expression: "integration.response.header.X-App-Id", backend: backend, value: "app-1"),
            Row(expression: "integration.response.header.Set-Cookie", backend: backend, value: "b=2"),
            Row(expression: "integration.response.multivalueheader.Set-Cookie", backend: backend, value: "a=1,b=2"),
            Row(expression: "integration.response.multivalueheader.X-App-Id", backend: backend, value: "app-1"),
            Row(expression: "integration.response.header.X-Missing", backend: backend, value: nil, reason: "has no X-Missing header"),
            Row(expression: "integration.response.multivalueheader.X-Missing", backend: backend, value: nil, reason: "has no X-Missing header"),
            Row(expression: "integration.response.header.x-app-id", backend: backend, value: nil, reason: "case-sensitively"),
            Row(expression: "integration.response.header.Content-Type", backend: backend, value: nil, reason: "it has content-type"),
        ])
    }

    func testIntegrationResponseBody() {
        let json = BackendResponse(statusCode: "200", body: #"{"redirect":{"url":"https://example.com/x"},"id":7,"price":1.50,"big":1e3,"ok":true,"none":null,"tags":["a","b"],"name":"ペット 🐾","owner":{"name":"Ann","age":40}}"#)
        check([
            Row(expression: "integration.response.body.redirect.url", backend: json, value: "https://example.com/x"),
            Row(expression: "integration.response.body.id", backend: json, value: "7"),
            Row(expression: "integration.response.body.price", backend: json, value: "1.5"),
            Row(expression: "integration.response.body.big", backend: json, value: "1000.0"),
            Row(expression: "integration.response.body.ok", backend: json, value: "true"),
            Row(expression: "integration.response.body.tags[1]", backend: json, value: "b"),
            Row(expression: "integration.response.body.tags", backend: json, value: #"["a","b"]"#),
            Row(expression: "integration.response.body.owner", backend: json, value: #"{"name":"Ann","age":40}"#),
            Row(expression: "integration.response.body.owner['name']", backend: json, value: "Ann"),
            Row(expression: "integration.response.body.name", backend: json, value: "ペット 🐾"),
            Row(expression: "integration.response.body.none", backend: json, value: nil, reason: "is null"),
            Row(expression: "integration.response.body.redirect.missing", backend: json, value: nil, reason: "has no missing"),
            Row(expression: "integration.response.body.tags[5]", backend: json, value: nil, reason: "selects nothing"),
            Row(expression: "integration.response.body.id.x", backend: json, value: nil, reason: "is a number"),
            Row(expression: "integration.response.body", backend: BackendResponse(statusCode: "200", body: "plain text"), value: "plain text"),
            Row(expression: "integration.response.body", backend: BackendResponse(statusCode: "200", body: ""), value: nil, reason: "empty"),
            Row(expression: "integration.response.body.a", backend: BackendResponse(statusCode: "200", body: #"{"a": "#), value: nil, reason: "not JSON (line 1"),
            Row(expression: "integration.response.body.a", backend: BackendResponse(statusCode: "200", body: "hello"), value: nil, reason: "is a string"),
            Row(expression: "integration.response.body.a", backend: BackendResponse(statusCode: "200", bodyData: Data([0xFF, 0xD8]), isBinary: true), value: nil, reason: "binary"),
        ])
    }

    func testLambdaCustomErrorIsDeserializedForBodyToHeaderMappings() {
        let error = BackendResponse(errorMessage: #"{"errorType":"InternalServerError","httpStatus":500,"trace":{"function":"abc()","line":123,"file":"abc.js"}}"#, body: lambdaErrorBody)
        check([
            Row(expression: "integration.response.body.errorMessage.errorType", backend: error, value: "InternalServerError"),
            Row(expression: "integration.response.body.errorMessage.httpStatus", backend: error, value: "500"),
            Row(expression: "integration.response.body.errorMessage.trace.function", backend: error, value: "abc()"),
            Row(expression: "integration.response.body.errorMessage.trace", backend: error, value: #"{"function":"abc()","line":123,"file":"abc.js"}"#),
            Row(expression: "integration.response.body.errorMessage", backend: error, value: #"{"errorType":"InternalServerError","httpStatus":500,"trace":{"function":"abc()","line":123,"file":"abc.js"}}"#),
        ], lambda: true)
    }

    func testCustomErrorStringsAreNotDeserializedOutsideLambdaErrors() {
        let success = BackendResponse(statusCode: "200", body: #"{"errorMessage":"{\"errorType\":\"X\"}"}"#)
        check([Row(expression: "integration.response.body.errorMessage.errorType", backend: success, value: nil, reason: "is a string")])
    }

    func testStaticContextAndStageVariableValues() {
        let backend = BackendResponse(statusCode: "200")
        let request = SimulationRequest(stageVariables: ["env": "prod"], context: ["identity.sourceIp": "203.0.113.9", "stage": "prod"])
        check([
            Row(expression: "'*'", backend: backend, value: "*"),
            Row(expression: "'GET,POST,OPTIONS'", backend: backend, value: "GET,POST,OPTIONS"),
            Row(expression: "'it''s'", backend: backend, value: "it''s"),
            Row(expression: "''", backend: backend, value: nil, reason: "empty"),
            Row(expression: "context.requestId", backend: backend, value: "c6af9ac6-7b61-11e6-9a41-93e8deadbeef"),
            Row(expression: "context.httpMethod", backend: backend, value: "GET"),
            Row(expression: "context.resourcePath", backend: backend, value: "/pets"),
            Row(expression: "context.identity.sourceIp", backend: backend, request: request, value: "203.0.113.9"),
            Row(expression: "context.stage", backend: backend, request: request, value: "prod"),
            Row(expression: "context.nope", backend: backend, value: nil, reason: "not a context variable"),
            Row(expression: "stageVariables.env", backend: backend, request: request, value: "prod"),
            Row(expression: "stageVariables.env", backend: backend, value: nil, reason: "stage variable env is not set"),
        ])
    }

    func testCORSPreflightSendsEveryStaticHeader() {
        let result = simulate(PetStore.optionsPets, BackendResponse(statusCode: "200"))
        XCTAssertEqual(result.statusCode, "200")
        XCTAssertEqual(result.headers.map(\.name), ["Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Allow-Origin"])
        XCTAssertEqual(result.header("Access-Control-Allow-Origin"), "*")
        XCTAssertEqual(result.header("Access-Control-Allow-Methods"), "GET,POST,OPTIONS")
        XCTAssertEqual(result.headers.last?.origin, .mapping(expression: "'*'"))
        XCTAssertTrue(result.issues.isEmpty)
    }

    func testPetStoreDefaultResponseMapsCORSAndRequestId() {
        let result = simulate(PetStore.getPet, BackendResponse(body: #"{"id":1}"#), SimulationRequest(context: ["requestId": "req-1"]))
        XCTAssertEqual(result.header("Access-Control-Allow-Origin"), "*")
        XCTAssertEqual(result.header("X-Request-Id"), "req-1")
    }

    func testUndeclaredHeaderIsAValidationErrorWithAPIGatewaysMessage() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X-Undeclared": "'v'", "method.response.header.X-Out": "'ok'"])
        let result = simulate(PetStore.http([response], headers: ["X-Out"]), BackendResponse(statusCode: "200"))
        XCTAssertNil(result.header("X-Undeclared"))
        XCTAssertEqual(result.header("X-Out"), "ok")
        XCTAssertEqual(result.errors.count, 1)
        XCTAssertEqual(result.errors.first?.place.field, "responseParameters[method.response.header.X-Undeclared]")
        XCTAssertEqual(result.errors.first?.place.statusCode, "200")
        XCTAssertTrue(result.errors.first?.message.hasPrefix("Invalid mapping expression parameter specified: method.response.header.X-Undeclared") ?? false, "\(result.errors)")
    }

    func testMalformedKeysAndExpressionsAreValidationErrors() {
        let cases: [(key: String, value: String, message: String)] = [
            ("method.response.body", "'x'", "Invalid mapping expression parameter specified: method.response.body"),
            ("method.response.header.", "'x'", "Invalid mapping expression parameter specified: method.response.header."),
            ("method.response.header.X-Out", "integration.response.status", "Invalid mapping expression specified: integration.response.status"),
            ("method.response.header.X-Out", "integration.response.header.", "Invalid mapping expression specified: integration.response.header."),
            ("method.response.header.X-Out", "unquoted", "Invalid mapping expression specified: unquoted"),
            ("method.response.header.X-Out", "'", "Invalid mapping expression specified: '"),
            ("method.response.header.X-Out", "integration.response.body.$.a", "Invalid mapping expression specified: integration.response.body.$.a — Mapping expression"),
            ("method.response.header.X-Out", "\"*\"", "Invalid mapping expression specified: \"*\" — Mapping expression \"*\" uses double quotes"),
            ("method.response.header.X Out", "'x'", "Invalid mapping expression parameter specified: method.response.header.X Out — Header name"),
        ]
        for item in cases {
            let response = IntegrationResponse(statusCode: "200", responseParameters: OrderedMap([(item.key, item.value)]))
            let result = simulate(PetStore.http([response], headers: ["X-Out"]), BackendResponse(statusCode: "200"))
            XCTAssertTrue(result.headers.isEmpty, item.key)
            XCTAssertTrue(result.errors.first?.message.hasPrefix(item.message) ?? false, "\(item): \(result.errors)")
            XCTAssertEqual(result.errors.first?.stage, .responseParameters)
        }
    }

    func testHeadersAreSentInMappingOrder() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.B": "'2'", "method.response.header.A": "'1'", "method.response.header.C": "'3'"])
        let result = simulate(PetStore.http([response], headers: ["A", "B", "C"]), BackendResponse(statusCode: "200"))
        XCTAssertEqual(result.headers.map(\.name), ["B", "A", "C"])
    }
}
