import GatewayModel
import XCTest

/// Each validation rule: the bad input and the exact message a user sees.
final class ValidationTests: XCTestCase {
    private let method = Method(
        httpMethod: "GET",
        methodResponses: [
            MethodResponse(statusCode: "200", responseParameters: ["method.response.header.X-Request-Id": false]),
            MethodResponse(statusCode: "404"),
        ])

    func testStatusCodeMustBeThreeDigitsFrom100To599() {
        XCTAssertNil(Validation.statusCode("200"))
        XCTAssertNil(Validation.statusCode("599"))
        XCTAssertEqual(Validation.statusCode("600"), "Status code \"600\" is not valid: use three digits from 100 to 599, for example 200.")
        XCTAssertEqual(Validation.statusCode("20"), "Status code \"20\" is not valid: use three digits from 100 to 599, for example 200.")
        XCTAssertEqual(Validation.statusCode("2O0"), "Status code \"2O0\" is not valid: use three digits from 100 to 599, for example 200.")
        XCTAssertEqual(Validation.statusCode(""), "Status code is required: three digits from 100 to 599, for example 200.")
    }

    func testStatusCodeNeedsAMethodResponse() {
        let issues = IntegrationResponse(statusCode: "500").validate(for: method)
        XCTAssertEqual(issues, [ValidationIssue(field: .statusCode, message:
            "GET has no method response 500: add method response 500 first (API Gateway: \"Invalid Response status code specified\").")])
    }

    func testSelectionPatternMustBeJavaRegex() {
        XCTAssertNil(Validation.selectionPattern(""))
        XCTAssertNil(Validation.selectionPattern(".*Not Found.*"))
        XCTAssertEqual(Validation.selectionPattern("*Not Found"),
                       "Selection pattern is not a valid Java regular expression: Dangling meta character '*' near index 0.")
    }

    func testSelectionPatternLongerThanFourKilobytesIsRefusedBeforeCompiling() {
        XCTAssertNil(Validation.selectionPattern(String(repeating: "a", count: 4_096)))
        XCTAssertEqual(Validation.selectionPattern(String(repeating: "a", count: 4_097)),
                       "Selection pattern is 4097 characters long; gwx reads patterns of up to 4096 characters (API Gateway documents no limit): shorten it, for example by matching a shorter part of the message.")
        // 50,000 \B took ICU over 20 seconds to compile; refused, it costs nothing.
        XCTAssertNotNil(Validation.selectionPattern(String(repeating: "\\B", count: 50_000)))
    }

    func testSelectionPatternThatOnlyJavaRejectsSaysSo() {
        // ICU reads \y as a literal y; Java rejects the escape.
        XCTAssertEqual(Validation.selectionPattern(".*\\yes.*"),
                       "Selection pattern is not a valid Java regular expression: Illegal/unsupported escape sequence near index 3. (Other regex engines accept this, but API Gateway reads Java syntax.)")
        XCTAssertEqual(Validation.selectionPattern("{error}"),
                       "Selection pattern is not a valid Java regular expression: Illegal repetition near index 1.")
    }

    func testContentHandlingValidatorSuggestsSpelling() {
        XCTAssertNil(Validation.contentHandling(""))
        XCTAssertNil(Validation.contentHandling("CONVERT_TO_BINARY"))
        XCTAssertEqual(Validation.contentHandling("convert_to_text"),
                       "Content handling \"convert_to_text\" is not valid: did you mean CONVERT_TO_TEXT? Use CONVERT_TO_BINARY, CONVERT_TO_TEXT, or leave it empty to pass the body through unchanged.")
    }

    func testResponseParameterKeyMustBeAMethodResponseHeader() {
        XCTAssertNil(Validation.responseParameterKey("method.response.header.X-Request-Id"))
        XCTAssertEqual(Validation.responseParameterKey("X-Request-Id"),
                       "Response parameter \"X-Request-Id\" must be written method.response.header.NAME, for example method.response.header.X-Request-Id.")
        XCTAssertEqual(Validation.responseParameterKey("method.response.header.Bad Name"),
                       "Header name \"Bad Name\" is not a valid HTTP header name: use letters, digits and !#$%&'*+-.^_`|~ only.")
        XCTAssertEqual(Validation.responseParameterKey("method.response.header."),
                       "Response parameter \"method.response.header.\" needs a header name after method.response.header.")
    }

    func testUndeclaredHeaderQuotesAPIGatewaysMessage() {
        let response = IntegrationResponse(statusCode: "200", responseParameters: ["method.response.header.X-Trace": "'abc'"])
        XCTAssertEqual(response.validate(for: method), [ValidationIssue(
            field: .responseParameter(key: "method.response.header.X-Trace"),
            message: "Header X-Trace is not declared on method response 200: declare method.response.header.X-Trace there first (API Gateway: \"Invalid mapping expression parameter specified: method.response.header.X-Trace\").")])
    }

    func testResponseParameterValueMustBeAMappingExpression() {
        XCTAssertNil(Validation.responseParameterValue("integration.response.body.error.code"))
        XCTAssertEqual(Validation.responseParameterValue("integration.response.body.$.error"),
                       "Mapping expression \"integration.response.body.$.error\" starts its JSONPath with \"$\": API Gateway writes integration.response.body.error (the \"$.\" is left out).")
    }

    func testResponseTemplateKeyMustBeAMediaType() {
        XCTAssertNil(Validation.mediaType("application/json"))
        XCTAssertNil(Validation.mediaType("application/vnd.api+json; charset=utf-8"))
        XCTAssertEqual(Validation.mediaType("json"),
                       "Response template content type \"json\" is not a media type: write type/subtype, for example application/json.")
        XCTAssertEqual(Validation.mediaType("application/"),
                       "Response template content type \"application/\" is not a media type: write type/subtype, for example application/json.")
        XCTAssertNotNil(Validation.mediaType("text/html; charset"))
    }

    func testValidResponseHasNoIssuesAndIssuesNameTheirFields() {
        let good = IntegrationResponse(
            statusCode: "404", selectionPattern: ".*Not Found.*",
            responseTemplates: ["application/json": "{}"], contentHandling: .convertToText)
        XCTAssertEqual(good.validate(for: method), [])

        let bad = IntegrationResponse(
            statusCode: "200", selectionPattern: "(oops",
            responseParameters: ["method.response.header.X-Request-Id": "header.x"],
            responseTemplates: ["json": ""])
        XCTAssertEqual(bad.validate(for: method).map(\.field), [
            .selectionPattern,
            .responseParameter(key: "method.response.header.X-Request-Id"),
            .responseTemplate(contentType: "json"),
        ])
    }
}
