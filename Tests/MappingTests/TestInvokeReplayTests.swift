import GatewayModel
import XCTest
@testable import Mapping

/// The replay of a test invocation: AWS's answers here are written by hand in the shape of
/// `docs/test-invoke.md`, never produced by gwx's pipeline.
final class TestInvokeReplayTests: XCTestCase {
    private let lambdaURI = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations"

    private func entry(_ message: String) -> String { "Tue Oct 12 21:09:59 UTC 2021 : " + message }

    private func log(_ messages: [String]) -> String {
        (["Execution log for request 11111111-2222-3333-4444-555555555555", entry("Starting execution for request: 11111111-2222-3333-4444-555555555555")]
            + messages.map(entry)).joined(separator: "\n") + "\n"
    }

    private func httpLog(status: String, body: String, headers: String = "{Content-Type=application/json}", after: String, final: String) -> String {
        log(["HTTP Method: GET, Resource Path: /pets/42", "Received response. Status: \(status), Integration latency: 9 ms",
             "Endpoint response headers: \(headers)", "Endpoint response body before transformations: \(body)",
             "Method response body after transformations: \(after)", "Method completed with status: \(final)"])
    }

    private let petTemplate = #"{"id": "$input.params('petId')", "name": "$input.path('$.name')"}"#

    private func httpPetMethod() -> Method {
        let ok = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X-Pet": "integration.response.header.X-Source"],
                                     responseTemplates: ["application/json": petTemplate])
        let missing = IntegrationResponse(statusCode: "404", selectionPattern: "404", responseTemplates: ["application/json": #"{"error": "no pet $input.params('petId')"}"#])
        return Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200", responseParameters: ["method.response.header.X-Pet": false]), MethodResponse(statusCode: "404")],
                      integration: Integration(type: .http, uri: "http://petstore.example.com/pets/{petId}", integrationResponses: [ok, missing]))
    }

    private func replay(_ method: Method, _ response: TestInvokeResponse, path: String = "/pets/42") -> TestInvokeComparison {
        TestInvokeReplay.compare(method: method, resourcePath: "/pets/{petId}", restApiId: "a1b2c3", resourceId: "r42",
                                 request: TestInvokeRequest(pathWithQueryString: path), response: response)
    }

    func testEqualWhenAWSSendsWhatGwxRenders() {
        let body = #"{"id": "42", "name": "Rex"}"#
        let aws = TestInvokeResponse(status: 200, body: body,
                                     headers: ["X-Amzn-Trace-Id": "Root=1-abc;Sampled=0", "X-Pet": "shelter-1", "Content-Type": "application/json"],
                                     log: httpLog(status: "200", body: #"{"name": "Rex"}"#, headers: "{Content-Type=application/json, X-Source=shelter-1}", after: body, final: "200"))
        let comparison = replay(httpPetMethod(), aws)
        XCTAssertEqual(comparison.verdict, .equal, comparison.textReport())
        XCTAssertEqual(comparison.ignoredHeaders, ["X-Amzn-Trace-Id"])
        XCTAssertTrue(comparison.textReport().contains("✓ gwx agrees with AWS: status 200, 2 headers and the body are the same"), comparison.textReport())
        XCTAssertTrue(comparison.textReport(color: true).contains("\u{1B}[32m✓"))
    }

    func testStatusDifferenceNamesTheSelectionStep() {
        // AWS answered 404 for a backend 410: as if a pattern matched that gwx's configuration lacks.
        let aws = TestInvokeResponse(status: 404, body: #"{"error": "no pet 42"}"#, headers: ["Content-Type": "application/json"],
                                     log: httpLog(status: "410", body: "{}", after: #"{"error": "no pet 42"}"#, final: "404"))
        let comparison = replay(httpPetMethod(), aws)
        XCTAssertEqual(comparison.verdict, .different)
        let status = comparison.differences.first { $0.part == .status }
        XCTAssertEqual(status?.aws, "404")
        XCTAssertEqual(status?.gwx, "200")
        XCTAssertTrue(status?.step.hasPrefix("selection-pattern match: gwx matched \"410\" to integration response 200, the default response") == true, status?.step ?? "")
        XCTAssertTrue(comparison.textReport().contains(TestInvokeComparison.reportHint))
    }

    func testHeaderAndJSONBodyDifferencesNameTheirSteps() {
        let aws = TestInvokeResponse(status: 200, body: #"{"id": "42", "name": "Max", "extra": true}"#, headers: ["Content-Type": "application/json"],
                                     log: httpLog(status: "200", body: #"{"name": "Rex"}"#, headers: "{X-Source=s1}", after: "{}", final: "200"))
        let comparison = replay(httpPetMethod(), aws)
        XCTAssertEqual(comparison.verdict, .different)
        let header = comparison.differences.first { $0.part == .header }
        XCTAssertEqual(header?.name, "X-Pet")
        XCTAssertNil(header?.aws)
        XCTAssertEqual(header?.gwx, "s1")
        XCTAssertEqual(header?.step, "response parameters: method.response.header.X-Pet ← integration.response.header.X-Source")
        let body = comparison.differences.first { $0.part == .body }
        XCTAssertEqual(body?.step, "mapping template: responseTemplates[application/json] of integration response 200")
        XCTAssertEqual(body?.details.first, #"first difference at byte 22 (line 1, column 23): AWS "Max\", \"extra\": true}", gwx "Rex\"}"; AWS 42 bytes, gwx 27"#)
        XCTAssertTrue(body?.details.contains(#"JSON $.name: AWS "Max", gwx "Rex""#) == true, "\(body?.details ?? [])")
        XCTAssertTrue(body?.details.contains("JSON $.extra: only AWS has it (true)") == true, "\(body?.details ?? [])")
    }

    func testSameJSONWithOtherSpacingIsADifferenceOfBytesOnly() {
        let aws = TestInvokeResponse(status: 200, body: #"{"id":"42","name":"Rex"}"#, headers: ["Content-Type": "application/json"],
                                     log: httpLog(status: "200", body: #"{"name": "Rex"}"#, headers: "{}", after: "{}", final: "200"))
        let body = replay(httpPetMethod(), aws).differences.first { $0.part == .body }
        XCTAssertEqual(body?.details.last, "JSON: the same value; only the bytes differ (spacing or number spelling)")
    }

    func testLambdaErrorIsReplayedWithItsMessage() {
        let notFound = IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*", responseTemplates: ["application/json": #"{"message": "$input.path('$.errorMessage')"}"#])
        let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200"), MethodResponse(statusCode: "404")],
                            integration: Integration(type: .aws, uri: lambdaURI, integrationResponses: [IntegrationResponse(statusCode: "200"), notFound]))
        let backendBody = #"{"errorMessage":"Pet 42 Not Found","errorType":"Error"}"#
        let aws = TestInvokeResponse(status: 404, body: #"{"message": "Pet 42 Not Found"}"#, headers: ["Content-Type": "application/json"], log: log([
            "Received response. Status: 200, Integration latency: 30 ms",
            "Endpoint response headers: {Content-Type=application/json, X-Amz-Function-Error=Unhandled, x-amzn-RequestId=req-1}",
            "Endpoint response body before transformations: \(backendBody)",
            "Lambda execution failed with status 200 due to customer function error: Pet 42 Not Found. Lambda request id: req-1",
            "Method completed with status: 404",
        ]))
        let comparison = replay(method, aws)
        XCTAssertEqual(comparison.backend?.errorMessage, "Pet 42 Not Found")
        XCTAssertEqual(comparison.verdict, .equal, comparison.textReport())
        XCTAssertTrue(comparison.textReport().contains("Lambda error: \"Pet 42 Not Found\""))
    }

    func testMockStatusComesFromTheRequestTemplate() {
        let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200"), MethodResponse(statusCode: "418")],
                            integration: Integration(type: .mock, requestTemplates: ["application/json": #"{"statusCode": 418}"#],
                                                     integrationResponses: [IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "418", selectionPattern: "418", responseTemplates: ["application/json": "teapot"])]))
        let aws = TestInvokeResponse(status: 418, body: "teapot", headers: ["Content-Type": "application/json"],
                                     log: log(["Method response body after transformations: teapot", "Method completed with status: 418"]))
        let comparison = replay(method, aws)
        XCTAssertEqual(comparison.backend?.statusCode, "418")
        XCTAssertEqual(comparison.verdict, .equal, comparison.textReport())
    }

    func testTruncatedBodyIsInconclusiveAndShowsTheRawLog() {
        let raw = httpLog(status: "200", body: #"{"name": "Re [TRUNCATED]"#, after: "{}", final: "200")
        let comparison = replay(httpPetMethod(), TestInvokeResponse(status: 200, body: "{}", log: raw))
        XCTAssertEqual(comparison.verdict, .inconclusive)
        XCTAssertTrue(comparison.reasons[0].contains("truncated"), comparison.reasons[0])
        XCTAssertTrue(comparison.textReport().contains("AWS's execution log\n  Execution log for request"))
        XCTAssertTrue(comparison.jsonReport().contains("\"verdict\": \"inconclusive\""))
    }

    func testUnrecognisedLogIsInconclusive() {
        let comparison = replay(httpPetMethod(), TestInvokeResponse(status: 200, body: "ok", log: "something else entirely\n"))
        XCTAssertEqual(comparison.verdict, .inconclusive)
        XCTAssertTrue(comparison.reasons[0].contains("does not recognise"))
        XCTAssertNil(comparison.simulation)
    }

    func testHTTPLogWithoutABackendStatusIsInconclusive() {
        let raw = log(["Received response. Integration latency: 9 ms", "Endpoint response body before transformations: {}", "Method completed with status: 200"])
        let comparison = replay(httpPetMethod(), TestInvokeResponse(status: 200, body: "{}", log: raw))
        XCTAssertEqual(comparison.verdict, .inconclusive)
        XCTAssertTrue(comparison.reasons[0].contains("which status"), comparison.reasons[0])
    }

    func testContextValuesComeFromTheLog() {
        let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200")],
                            integration: Integration(type: .http, uri: "http://x", integrationResponses: [IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "$context.requestId $context.stage $context.identity.sourceIp $context.requestTime $input.params('x')"])]))
        let aws = TestInvokeResponse(status: 200, body: "11111111-2222-3333-4444-555555555555 test-invoke-stage test-invoke-source-ip 12/Oct/2021:21:09:59 +0000 a b",
                                     headers: ["Content-Type": "application/json"], log: httpLog(status: "200", body: "", after: "", final: "200"))
        let comparison = replay(method, aws, path: "/pets/42?x=a%20b")
        XCTAssertEqual(comparison.verdict, .equal, comparison.textReport())
    }

    func testPathParametersFromTheTemplate() {
        XCTAssertEqual(TestInvokeReplay.pathParameters(template: "/pets/{petId}/toys/{toy}", path: "/pets/7/toys/ball%201").map { [$0.0, $0.1] }, [["petId", "7"], ["toy", "ball 1"]])
        XCTAssertEqual(TestInvokeReplay.pathParameters(template: "/files/{proxy+}", path: "/files/a/b/c").map { [$0.0, $0.1] }, [["proxy", "a/b/c"]])
    }
}
