import XCTest
@testable import Mapping

/// The execution log reader: the line shapes of `docs/test-invoke.md`, and logs that bend them.
final class ExecutionLogTests: XCTestCase {
    private let stamp = "Tue Oct 12 21:09:59 UTC 2021 : "

    private func log(_ messages: [String], separator: String = "\n") -> String {
        (["Execution log for request 7f3c1d2e-0000-4000-8000-000000000001"] + messages.map { stamp + $0 }).joined(separator: separator) + separator
    }

    func testHTTPLogGivesTheBackendResponseAndAWSsAnswer() {
        let parsed = ExecutionLog.parse(log([
            "Starting execution for request: 7f3c1d2e-0000-4000-8000-000000000001",
            "HTTP Method: GET, Resource Path: /pets/42",
            "Method request path: {petId=42}",
            "Method request query string: {x=1}",
            "Method request headers: {Accept=application/json}",
            "Method request body before transformations: ",
            "Endpoint request URI: http://petstore.example.com/pets/42",
            "Sending request to http://petstore.example.com/pets/42",
            "Received response. Status: 404, Integration latency: 31 ms",
            "Endpoint response headers: {Date=Tue, 12 Oct 2021 21:09:59 GMT, Content-Type=application/json, X-Trace=a=b;c=d}",
            "Endpoint response body before transformations: {\"message\": \"no such pet\"}",
            "Method response body after transformations: {\"error\": \"no such pet\"}",
            "Method response headers: {X-Amzn-Trace-Id=Root=1-6165f9a7-a1752c122b4d6e39626f6591;Sampled=0, Content-Type=application/json}",
            "Successfully completed execution",
            "Method completed with status: 404",
        ]))
        XCTAssertTrue(parsed.isRecognized)
        XCTAssertEqual(parsed.requestId, "7f3c1d2e-0000-4000-8000-000000000001")
        XCTAssertEqual(parsed.startedAt, "Tue Oct 12 21:09:59 UTC 2021")
        XCTAssertEqual(parsed.httpMethod, "GET")
        XCTAssertEqual(parsed.requestPath, "/pets/42")
        XCTAssertEqual(parsed.methodRequestPath?.value("petId"), "42")
        XCTAssertEqual(parsed.methodRequestQuery?.value("x"), "1")
        XCTAssertEqual(parsed.backendStatus, "404")
        XCTAssertEqual(parsed.integrationLatency, 31)
        XCTAssertEqual(parsed.backendHeaders?.pairs.map(\.name), ["Date", "Content-Type", "X-Trace"])
        XCTAssertEqual(parsed.backendHeaders?.value("date"), "Tue, 12 Oct 2021 21:09:59 GMT")
        XCTAssertEqual(parsed.backendHeaders?.value("X-Trace"), "a=b;c=d")
        XCTAssertEqual(parsed.backendBody, ExecutionLog.Logged(text: "{\"message\": \"no such pet\"}"))
        XCTAssertEqual(parsed.methodResponseBody?.text, "{\"error\": \"no such pet\"}")
        XCTAssertEqual(parsed.methodResponseHeaders?.value("X-Amzn-Trace-Id"), "Root=1-6165f9a7-a1752c122b4d6e39626f6591;Sampled=0")
        XCTAssertEqual(parsed.methodStatus, "404")
        XCTAssertEqual(parsed.unknownMessages, [])
        XCTAssertEqual(parsed.methodRequestBody?.text, "")
    }

    func testCRLFLogReadsLikeLF() {
        let messages = ["Received response. Status: 200, Integration latency: 5 ms",
                        "Endpoint response headers: {Content-Type=text/plain}",
                        "Endpoint response body before transformations: hello",
                        "Method completed with status: 200"]
        let lf = ExecutionLog.parse(log(messages))
        let crlf = ExecutionLog.parse(log(messages, separator: "\r\n"))
        XCTAssertEqual(crlf.backendBody?.text, "hello")
        XCTAssertEqual(crlf.backendHeaders?.value("Content-Type"), "text/plain")
        XCTAssertEqual(crlf.methodStatus, "200")
        XCTAssertEqual(lf.backendBody, crlf.backendBody)
        XCTAssertEqual(lf.backendHeaders, crlf.backendHeaders)
    }

    func testABodyWithNewlinesRunsOnOverLinesWithoutATimestamp() {
        let text = log(["Endpoint response body before transformations: {\n  \"id\": 1,\n  \"note\": \"a\\r b\"\n}",
                        "Method completed with status: 200"])
        XCTAssertEqual(ExecutionLog.parse(text).backendBody?.text, "{\n  \"id\": 1,\n  \"note\": \"a\\r b\"\n}")
    }

    func testALoneCarriageReturnInsideABodyIsKept() {
        let text = log(["Endpoint response body before transformations: a\r\nb", "Method completed with status: 200"])
        XCTAssertEqual(ExecutionLog.parse(text).backendBody?.text, "a\r\nb")
    }

    func testTruncatedBodyAndHeadersAreMarked() {
        let parsed = ExecutionLog.parse(log([
            "Endpoint response headers: {Content-Type=application/json, X-Long=aaaa [TRUNCATED]",
            "Endpoint response body before transformations: {\"items\": [1, 2, 3 [TRUNCATED]",
            "Method completed with status: 200",
        ]))
        XCTAssertEqual(parsed.backendBody, ExecutionLog.Logged(text: "{\"items\": [1, 2, 3", truncated: true))
        XCTAssertEqual(parsed.backendHeaders?.truncated, true)
        XCTAssertEqual(parsed.backendHeaders?.pairs, [.init(name: "Content-Type", value: "application/json"), .init(name: "X-Long", value: "aaaa")])
    }

    func testLambdaCustomerFunctionErrorGivesTheErrorMessage() {
        let parsed = ExecutionLog.parse(log([
            "Received response. Status: 200, Integration latency: 14 ms",
            "Endpoint response headers: {Content-Type=application/json, X-Amz-Function-Error=Unhandled}",
            "Endpoint response body before transformations: {\"errorMessage\":\"Pet 7 Not Found. Sorry.\",\"errorType\":\"Error\"}",
            "Lambda execution failed with status 200 due to customer function error: Pet 7 Not Found. Sorry.. Lambda request id: 0c1ef2d9-aaaa-bbbb-cccc-0123456789ab",
            "Method response body after transformations: {\"message\":\"Pet 7 Not Found. Sorry.\"}",
            "Method completed with status: 404",
        ]))
        XCTAssertEqual(parsed.lambdaErrorMessage, "Pet 7 Not Found. Sorry.")
        XCTAssertEqual(parsed.executionFailures, [])
        XCTAssertEqual(parsed.backendHeaders?.value("X-Amz-Function-Error"), "Unhandled")
    }

    func testOlderReceivedResponseLineWithoutStatus() {
        let parsed = ExecutionLog.parse(log(["Received response. Integration latency: 328 ms",
                                             "Endpoint response body before transformations: {\"greeting\":\"hi\"}"]))
        XCTAssertTrue(parsed.receivedResponse)
        XCTAssertNil(parsed.backendStatus)
        XCTAssertEqual(parsed.integrationLatency, 328)
    }

    func testMissingLinesLeaveFieldsEmpty() {
        let parsed = ExecutionLog.parse(log(["Method response body after transformations: {}", "Method completed with status: 200"]))
        XCTAssertTrue(parsed.isRecognized)
        XCTAssertNil(parsed.backendBody)
        XCTAssertNil(parsed.backendHeaders)
        XCTAssertFalse(parsed.receivedResponse)
    }

    func testConfigurationFailureIsKept() {
        let parsed = ExecutionLog.parse(log(["Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 418",
                                             "Method completed with status: 500"]))
        XCTAssertEqual(parsed.executionFailures.count, 1)
        XCTAssertTrue(parsed.executionFailures[0].contains("418"))
    }

    func testUnrecognisedTextIsNotALog() {
        let parsed = ExecutionLog.parse("<html><body>Service Unavailable</body></html>\n")
        XCTAssertFalse(parsed.isRecognized)
        XCTAssertEqual(parsed.unknownMessages, ["<html><body>Service Unavailable</body></html>"])
        XCTAssertFalse(ExecutionLog.parse("").isRecognized)
    }

    func testCloudWatchStyleEntries() {
        let text = "(286364ab-3a83-11e9-8dc8-db3cf4c83204) Received response. Status: 200, Integration latency: 40 ms\n"
            + "2017-06-05T13:57:47.390Z (f4a8e01b-49f6-11e7-8898-f1161a8a9a54) Endpoint response body before transformations: {}\n"
        let parsed = ExecutionLog.parse(text)
        XCTAssertEqual(parsed.backendStatus, "200")
        XCTAssertEqual(parsed.backendBody?.text, "{}")
    }

    func testUnknownMessagesAreKept() {
        let parsed = ExecutionLog.parse(log(["AWS Integration Endpoint RequestId : abc", "Method completed with status: 200"]))
        XCTAssertEqual(parsed.unknownMessages, ["AWS Integration Endpoint RequestId : abc"])
    }

    // MARK: - Pair lists

    func testPairListsSplitOnlyWhereANewNameStarts() {
        let pairs = LoggedPairList.parse("{access-control-allow-headers=Origin, X-Requested-With, Content-Type, Accept, content-type=application/json; charset=utf-8, date=Tue, 18 Aug 2020 17:36:14 GMT, Location=, empty=}")
        XCTAssertEqual(pairs.map(\.name), ["access-control-allow-headers", "content-type", "date", "Location", "empty"])
        XCTAssertEqual(pairs[0].value, "Origin, X-Requested-With, Content-Type, Accept")
        XCTAssertEqual(pairs[2].value, "Tue, 18 Aug 2020 17:36:14 GMT")
        XCTAssertEqual(pairs[3].value, "")
    }

    func testPairValuesKeepEqualsSignsAndCommasWithoutSpace() {
        let pairs = LoggedPairList.parse("{X-Amzn-Trace-Id=Root=1-5d907852;Sampled=0, Set=a=1,b=2, Q=x = y}")
        XCTAssertEqual(pairs, [.init(name: "X-Amzn-Trace-Id", value: "Root=1-5d907852;Sampled=0"), .init(name: "Set", value: "a=1,b=2"), .init(name: "Q", value: "x = y")])
    }

    func testEmptyAndUnclosedPairLists() {
        XCTAssertEqual(LoggedPairList.parse("{}"), [])
        XCTAssertEqual(LoggedPairList.parse(""), [])
        XCTAssertEqual(LoggedPairList.parse("{a=1, b=2"), [.init(name: "a", value: "1"), .init(name: "b", value: "2")])
        XCTAssertEqual(LoggedPairList.parse("{novalue}"), [.init(name: "novalue", value: "")])
    }
}
