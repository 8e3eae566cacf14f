import GatewayModel
@testable import Mapping
import XCTest

final class PipelineSelectionTests: XCTestCase {
    private struct Row {
        var name: String
        var responses: [IntegrationResponse]
        var backend: BackendResponse
        /// The selected integration response's status; nil when none is selected.
        var selected: String?
        var finalStatus: String
        var line: UInt = #line
    }

    private func response(_ status: String, _ pattern: String? = nil) -> IntegrationResponse {
        IntegrationResponse(statusCode: status, selectionPattern: pattern)
    }

    private func check(_ rows: [Row], lambda: Bool) {
        for row in rows {
            let method = lambda ? PetStore.lambda(row.responses) : PetStore.http(row.responses)
            let result = simulate(method, row.backend)
            XCTAssertEqual(result.selected?.statusCode, row.selected, "\(row.name): selected", line: row.line)
            XCTAssertEqual(result.statusCode, row.finalStatus, "\(row.name): status", line: row.line)
            XCTAssertEqual(result.candidates.filter(\.isSelected).count, row.selected == nil ? 0 : 1, "\(row.name): one selected candidate", line: row.line)
        }
    }

    func testHTTPStatusCodeIsMatchedAgainstTheWholePattern() {
        let responses = [response("200", #"2\d{2}"#), response("400", #"4\d{2}"#), response("500")]
        check([
            Row(name: "200 matches 2xx", responses: responses, backend: BackendResponse(statusCode: "200"), selected: "200", finalStatus: "200"),
            Row(name: "204 matches 2xx", responses: responses, backend: BackendResponse(statusCode: "204"), selected: "200", finalStatus: "200"),
            Row(name: "404 matches 4xx", responses: responses, backend: BackendResponse(statusCode: "404"), selected: "400", finalStatus: "400"),
            Row(name: "503 falls to the default", responses: responses, backend: BackendResponse(statusCode: "503"), selected: "500", finalStatus: "500"),
            Row(name: "2000 is not a whole match of 2xx", responses: responses, backend: BackendResponse(statusCode: "2000"), selected: "500", finalStatus: "500"),
            Row(name: "20 is not a whole match of 2xx", responses: responses, backend: BackendResponse(statusCode: "20"), selected: "500", finalStatus: "500"),
            Row(name: "alternation backtracks to a whole match", responses: [response("201", "2|201"), response("500")], backend: BackendResponse(statusCode: "201"), selected: "201", finalStatus: "201"),
            Row(name: "a literal status", responses: [response("302", "302"), response("200")], backend: BackendResponse(statusCode: "302"), selected: "302", finalStatus: "302"),
            Row(name: "dot wildcards", responses: [response("200", "2.."), response("500")], backend: BackendResponse(statusCode: "299"), selected: "200", finalStatus: "200"),
        ], lambda: false)
    }

    func testDotStarPatternBeatsTheDefaultButAnEmptyPatternIsTheDefault() {
        check([
            Row(name: ".* matches any status", responses: [response("200", ""), response("500", ".*")], backend: BackendResponse(statusCode: "200"), selected: "500", finalStatus: "500"),
            Row(name: "empty pattern is the default", responses: [response("200", ""), response("400", "4..")], backend: BackendResponse(statusCode: "200"), selected: "200", finalStatus: "200"),
            Row(name: "nil pattern is the default", responses: [response("200"), response("400", "4..")], backend: BackendResponse(statusCode: "418"), selected: "400", finalStatus: "400"),
            Row(name: ".+ matches a status", responses: [response("200"), response("502", ".+")], backend: BackendResponse(statusCode: "200"), selected: "502", finalStatus: "502"),
        ], lambda: false)
    }

    func testNoMatchAndNoDefaultIsAnInternalServerError() {
        let responses = [response("200", #"2\d{2}"#)]
        let result = simulate(PetStore.http(responses), BackendResponse(statusCode: "404", body: "{}"))
        XCTAssertNil(result.selected)
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.bodyText, ResponsePipeline.internalServerErrorBody)
        XCTAssertEqual(result.errors.first?.stage, .selection)
        XCTAssertTrue(result.errors.first?.message.contains("no default response") ?? false, "\(result.errors)")
        XCTAssertEqual(result.header("Content-Type"), "application/json")
    }

    func testNoIntegrationResponsesIsAnInternalServerError() {
        let result = simulate(PetStore.http([]), BackendResponse(statusCode: "200"))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertTrue(result.errors.first?.message.contains("no integration responses") ?? false)
    }

    func testOverlappingPatternsPickTheLowestStatusCodeAndWarn() {
        let responses = [response("404", "404"), response("400", #"4\d{2}"#), response("200")]
        let result = simulate(PetStore.http(responses), BackendResponse(statusCode: "404"))
        XCTAssertEqual(result.selected?.statusCode, "400")
        XCTAssertEqual(result.candidates.map(\.statusCode), ["200", "400", "404"], "evaluated in status order")
        let warning = result.issues.first { $0.severity == .warning }
        XCTAssertEqual(warning?.place.statusCode, "404")
        XCTAssertEqual(warning?.place.field, "selectionPattern")
        XCTAssertTrue(result.errors.isEmpty)
    }

    func testInvalidPatternIsReportedAndNeverMatches() {
        let responses = [response("500", #"5(\d"#), response("200")]
        let result = simulate(PetStore.http(responses), BackendResponse(statusCode: "500"))
        XCTAssertEqual(result.selected?.statusCode, "200")
        guard case .invalidPattern? = result.candidates.first(where: { $0.statusCode == "500" })?.verdict else {
            return XCTFail("expected an invalid pattern verdict: \(result.candidates)")
        }
        XCTAssertEqual(result.errors.first?.place.field, "selectionPattern")
        XCTAssertEqual(result.errors.first?.place.statusCode, "500")
    }

    func testUnbalancedParenthesisIsInvalidEvenThoughWrappingWouldBalanceIt() {
        let verdict = JavaRegexPatternMatcher().match(pattern: "a)(b", subject: "a)(b")
        guard case .invalid(let message) = verdict else { return XCTFail("expected invalid, got \(verdict)") }
        XCTAssertTrue(message.contains("Unmatched closing ')'"), message)
    }

    func testMissingBackendStatusIsAnError() {
        let result = simulate(PetStore.http([response("200")]), BackendResponse(statusCode: nil))
        XCTAssertEqual(result.errors.first?.stage, .selection)
        XCTAssertEqual(result.selected?.statusCode, "200", "the default still applies")
    }

    func testLambdaErrorMessagesSelectResponses() {
        let standard = [response("404", ".*Not Found.*"), response("400", #".*"errorType":"ValidationError".*"#), response("200")]
        check([
            Row(name: "plain message", responses: standard, backend: BackendResponse(errorMessage: "Pet Not Found"), selected: "404", finalStatus: "404"),
            Row(name: "message is matched whole, not searched", responses: [response("404", "Not Found"), response("200")], backend: BackendResponse(errorMessage: "Pet Not Found"), selected: "200", finalStatus: "200"),
            Row(name: "JSON inside the message", responses: standard, backend: BackendResponse(errorMessage: #"{"errorType":"ValidationError","message":"name is required"}"#), selected: "400", finalStatus: "400"),
            Row(name: "dot does not cross a newline", responses: standard, backend: BackendResponse(errorMessage: "Pet Not Found\n    at handler (index.js:3)"), selected: "200", finalStatus: "200"),
            Row(name: "newline before the match", responses: standard, backend: BackendResponse(errorMessage: "lookup failed\nPet Not Found"), selected: "200", finalStatus: "200"),
            Row(name: "(?s) lets dot cross newlines", responses: [response("404", "(?s).*Not Found.*"), response("200")], backend: BackendResponse(errorMessage: "Pet Not Found\n    at handler (index.js:3)"), selected: "404", finalStatus: "404"),
            Row(name: "[\\s\\S] crosses newlines", responses: [response("404", #"[\s\S]*Not Found[\s\S]*"#), response("200")], backend: BackendResponse(errorMessage: "trace\nPet Not Found\nmore"), selected: "404", finalStatus: "404"),
            Row(name: "multi-line JSON message with (?s)", responses: [response("400", #"(?s).*"errorType":\s*"ValidationError".*"#), response("200")], backend: BackendResponse(errorMessage: "{\n  \"errorType\": \"ValidationError\",\n  \"message\": \"bad\"\n}"), selected: "400", finalStatus: "400"),
            Row(name: "a prefix convention", responses: [response("401", #"\[401\].*"#), response("200")], backend: BackendResponse(errorMessage: "[401] Incorrect username or password."), selected: "401", finalStatus: "401"),
            Row(name: "unmatched error takes the default", responses: standard, backend: BackendResponse(errorMessage: "Task timed out after 3.00 seconds"), selected: "200", finalStatus: "200"),
            Row(name: "status code is ignored for Lambda", responses: [response("500", "5.."), response("200")], backend: BackendResponse(statusCode: "500", body: "{}"), selected: "200", finalStatus: "200"),
        ], lambda: true)
    }

    func testSuccessfulLambdaInvocationMatchesTheEmptyString() {
        check([
            Row(name: "success takes the default", responses: [response("404", ".*Not Found.*"), response("200")], backend: BackendResponse(body: #"{"id":1}"#), selected: "200", finalStatus: "200"),
            Row(name: ".* matches a null error message", responses: [response("500", ".*"), response("200")], backend: BackendResponse(body: #"{"id":1}"#), selected: "500", finalStatus: "500"),
            Row(name: ".+ needs an error message", responses: [response("500", ".+"), response("200")], backend: BackendResponse(body: #"{"id":1}"#), selected: "200", finalStatus: "200"),
            Row(name: ".+ matches an error", responses: [response("500", ".+"), response("200")], backend: BackendResponse(errorMessage: "boom"), selected: "500", finalStatus: "500"),
            Row(name: "an empty error message is like none for .+", responses: [response("500", ".+"), response("200")], backend: BackendResponse(errorMessage: ""), selected: "200", finalStatus: "200"),
            Row(name: "success without a default is a 500", responses: [response("404", ".*Not Found.*")], backend: BackendResponse(body: "{}"), selected: nil, finalStatus: "500"),
        ], lambda: true)
    }

    func testLambdaErrorInTheBodyIsUsedWhenNoErrorMessageIsGiven() {
        let body = #"{"errorMessage":"Pet Not Found","errorType":"NotFoundError","stackTrace":[]}"#
        let result = simulate(PetStore.getPet, BackendResponse(body: body))
        XCTAssertEqual(result.selected?.statusCode, "404")
        XCTAssertEqual(result.bodyText, #"{"message": ""# + body + #""}"#)
    }

    func testLambdaErrorWithoutBodyGetsAnErrorMessageBody() {
        let result = simulate(PetStore.getPet, BackendResponse(errorMessage: "Pet \"7\" Not Found"))
        XCTAssertEqual(result.statusCode, "404")
        XCTAssertEqual(result.bodyText, #"{"message": "{"errorMessage":"Pet \"7\" Not Found"}"}"#)
    }

    func testSelectedResponseWithoutMethodResponseIsAnInternalServerError() {
        var method = PetStore.getPet
        method.methodResponses.removeAll { $0.statusCode == "404" }
        let result = simulate(method, BackendResponse(errorMessage: "Pet Not Found"))
        XCTAssertEqual(result.selected?.statusCode, "404")
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.errors.first?.place.statusCode, "404")
        XCTAssertTrue(result.errors.first?.message.contains("no 404 method response") ?? false, "\(result.errors)")
    }

    func testMethodWithoutIntegrationIsAnInternalServerError() {
        var method = PetStore.getPet
        method.integration = nil
        let result = simulate(method, BackendResponse(statusCode: "200"))
        XCTAssertEqual(result.statusCode, "500")
        XCTAssertEqual(result.errors.first?.stage, .configuration)
    }

    func testProxyIntegrationPassesTheBackendResponseThrough() {
        let method = Method(httpMethod: "ANY", integration: Integration(type: .httpProxy, uri: "https://example.com/{proxy}"))
        let result = simulate(method, BackendResponse(statusCode: "418", headers: [("X-Tea", "yes")], body: "short and stout"))
        XCTAssertEqual(result.statusCode, "418")
        XCTAssertEqual(result.header("X-Tea"), "yes")
        XCTAssertEqual(result.headers.first?.origin, .backend)
        XCTAssertEqual(result.bodyText, "short and stout")
        XCTAssertTrue(result.candidates.isEmpty)
    }
}

final class PipelineSubjectWarningTests: XCTestCase {
    func testStatusCodeGivenToALambdaIntegrationIsIgnoredWithAWarning() {
        let result = simulate(PetStore.getPet, BackendResponse(statusCode: "404", body: "{}"))
        XCTAssertEqual(result.selected?.statusCode, "200")
        XCTAssertEqual(result.issues.filter { $0.severity == .warning }.count, 1)
        XCTAssertTrue(result.issues.first?.message.contains("status code 404 is ignored") ?? false)
    }

    func testErrorMessageGivenToAnHTTPIntegrationIsIgnoredWithAWarning() {
        let result = simulate(PetStore.optionsPets, BackendResponse(statusCode: "200", errorMessage: "boom"))
        XCTAssertEqual(result.statusCode, "200")
        XCTAssertTrue(result.issues.first?.message.contains("error message is ignored") ?? false)
        XCTAssertTrue(result.errors.isEmpty)
    }
}
