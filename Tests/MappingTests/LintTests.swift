import GatewayModel
@testable import Mapping
import XCTest

/// One trap per rule, each with the place the finding must point at.
final class LintTests: XCTestCase {
    private let lambdaURI = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:F/invocations"

    private func only(_ findings: [LintFinding], file: StaticString = #filePath, line: UInt = #line) -> LintFinding? {
        XCTAssertEqual(findings.count, 1, "\(findings)", file: file, line: line)
        return findings.first
    }

    // MARK: - Directives

    func testMacroDefinitionAndItsCallsAreFlaggedAtTheirHash() throws {
        let template = """
        ## #macro(commented $x) in a comment is not a directive
        \\#macro(escaped) prints as text
        #macro(greet $name)Hello $name#end
        {"greeting": "#greet('Bob')"}
        """
        let findings = Linter.lint(template: template, contentType: "text/plain")
        XCTAssertEqual(findings.map(\.rule), [.unsupportedDirective, .inlineMacroCall])
        XCTAssertEqual(findings.map(\.line), [3, 4])
        XCTAssertEqual(findings.map(\.column), [1, 15])
        XCTAssertEqual(findings.map(\.severity), [.error, .error])
        XCTAssertTrue(findings[0].message.contains("#greet(…)"), findings[0].message)
    }

    func testEvaluateIsFlagged() throws {
        let finding = try XCTUnwrap(only(Linter.lint(template: "#set($t = 'x')\n  #evaluate($t)", contentType: "text/plain")))
        XCTAssertEqual(finding.rule, .unsupportedDirective)
        XCTAssertEqual(finding.place, "text/plain:2:3")
        XCTAssertTrue(finding.message.contains("#evaluate"), finding.message)
    }

    func testIncludeAndParseAreFlaggedOnceEach() throws {
        let findings = Linter.lint(template: "a\n#include('other.vm')\n#parse('b.vm')", contentType: "text/plain")
        XCTAssertEqual(findings.map(\.rule), [.unsupportedDirective, .unsupportedDirective])
        XCTAssertEqual(findings.map(\.place), ["text/plain:2:1", "text/plain:3:1"])
    }

    func testSyntaxErrorIsATemplateFailureWithItsPlace() throws {
        let finding = try XCTUnwrap(only(Linter.lint(template: "{\n  #if($a\n}", contentType: "application/json")))
        XCTAssertEqual(finding.rule, .templateFails)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.line, 3)
    }

    // MARK: - JSON output

    func testEscapeJavaScriptQuoteInTheSampleIsAnErrorOnItsTemplateLine() throws {
        let template = """
        #set($name = $input.path('$.name'))
        {
          "name": "$util.escapeJavaScript($name)"
        }
        """
        let sample = LintSample(body: #"{"name": "O'Brien"}"#)
        let finding = try XCTUnwrap(only(Linter.lint(template: template, contentType: "application/json", sample: sample)))
        XCTAssertEqual(finding.rule, .outputNotJSON)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.line, 3)
        XCTAssertTrue(finding.message.contains("output line 2, column"), finding.message)
        XCTAssertTrue(finding.hint.contains(#"replaceAll("\\'", "'")"#), finding.hint)
    }

    func testEmptyValueOnTheDefaultBodyIsAWarningOnItsTemplateLine() throws {
        let template = """
        #set($a = 1)
        #set($b = 2)
        {
          "a": $a,
          "id": $input.path('$.id'),
          "ok": true
        }
        """
        let finding = try XCTUnwrap(only(Linter.lint(template: template, contentType: "application/json")))
        XCTAssertEqual(finding.rule, .outputNotJSON)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.place, "application/json:5")
        XCTAssertTrue(finding.hint.contains("empty string"), finding.hint)
    }

    func testRawLineBreakInAStringIsNotJSON() throws {
        let sample = LintSample(body: #"{"text": "one\ntwo"}"#)
        let finding = try XCTUnwrap(only(Linter.lint(template: "{\"text\": \"$input.path('$.text')\"}", contentType: "application/vnd.api+json", sample: sample)))
        XCTAssertEqual(finding.rule, .outputNotJSON)
        XCTAssertEqual(finding.line, 1)
        XCTAssertTrue(finding.message.contains("line break"), finding.message)
    }

    func testOnlyJSONContentTypesAreCheckedForJSON() {
        XCTAssertEqual(Linter.lint(template: "{\"a\": $input.path('$.a')}", contentType: "text/plain"), [])
        XCTAssertTrue(Linter.isJSON("Application/JSON; charset=utf-8"))
        XCTAssertTrue(Linter.isJSON("application/problem+json"))
        XCTAssertFalse(Linter.isJSON("application/xml"))
    }

    func testCleanJSONTemplateHasNoFinding() {
        XCTAssertEqual(Linter.lint(template: "$input.json('$')", contentType: "application/json"), [])
        XCTAssertEqual(Linter.lint(template: "{\"id\": \"$input.path('$.id')\"}", contentType: "application/json"), [])
    }

    // MARK: - #foreach

    func testForeachOverMoreThanAThousandItemsIsFlaggedAtTheLoop() throws {
        let items = (1...1_001).map(String.init).joined(separator: ",")
        let sample = LintSample(body: "{\"items\": [\(items)]}")
        let template = "count:\n  #foreach($x in $input.path('$.items'))$x #end"
        let finding = try XCTUnwrap(only(Linter.lint(template: template, contentType: "text/plain", sample: sample)))
        XCTAssertEqual(finding.rule, .foreachLimit)
        XCTAssertEqual(finding.place, "text/plain:2:3")
        XCTAssertTrue(finding.message.contains("1001 items"), finding.message)
        let thousand = LintSample(body: "{\"items\": [\((1...1_000).map(String.init).joined(separator: ","))]}")
        XCTAssertEqual(Linter.lint(template: template, contentType: "text/plain", sample: thousand), [])
    }

    // MARK: - Selection patterns

    private func lambdaMethod(_ responses: [IntegrationResponse]) -> Method {
        Method(httpMethod: "GET", methodResponses: responses.map { MethodResponse(statusCode: $0.statusCode) },
               integration: Integration(type: .aws, uri: lambdaURI, integrationResponses: responses))
    }

    private func httpMethod(_ responses: [IntegrationResponse]) -> Method {
        Method(httpMethod: "GET", methodResponses: responses.map { MethodResponse(statusCode: $0.statusCode) },
               integration: Integration(type: .http, uri: "https://example.com", integrationResponses: responses))
    }

    func testInvalidJavaRegexIsAnErrorAtItsIndex() throws {
        let finding = try XCTUnwrap(only(Linter.lint(method: httpMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "400", selectionPattern: "4(\\d")]))))
        XCTAssertEqual(finding.rule, .invalidPattern)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.statusCode, "400")
        // Java: "Unclosed group near index 4" (the end of the pattern).
        XCTAssertEqual(finding.place, "selectionPattern:1:5")
    }

    func testDotPlusOnALambdaSuccessResponseNeverMatchesASuccess() throws {
        let method = lambdaMethod([IntegrationResponse(statusCode: "200", selectionPattern: ".+"), IntegrationResponse(statusCode: "500")])
        let finding = try XCTUnwrap(only(Linter.lint(method: method)))
        XCTAssertEqual(finding.rule, .patternMissesLambdaSuccess)
        XCTAssertEqual(finding.statusCode, "200")
    }

    func testNoResponseForALambdaSuccessIsAnError() throws {
        let method = lambdaMethod([IntegrationResponse(statusCode: "200", selectionPattern: ".+"), IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*")])
        let findings = Linter.lint(method: method)
        XCTAssertEqual(findings.map(\.rule), [.patternMissesLambdaSuccess, .noLambdaSuccessResponse])
        XCTAssertEqual(findings.last?.severity, .error)
        XCTAssertNil(findings.last?.statusCode)
    }

    func testStatusCodePatternOnLambdaIsFlagged() throws {
        for pattern in ["4\\d{2}", "500", "(400|404)", "[45]\\d\\d"] {
            let method = lambdaMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "400", selectionPattern: pattern)])
            let finding = try XCTUnwrap(only(Linter.lint(method: method)), pattern)
            XCTAssertEqual(finding.rule, .statusCodePatternOnLambda, pattern)
        }
        XCTAssertEqual(Linter.lint(method: lambdaMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*")])), [])
        XCTAssertFalse(Linter.onlyMatchesDigits(".*4\\d{2}.*"))
        XCTAssertFalse(Linter.onlyMatchesDigits("\\[400\\].*"))
    }

    func testDotStarOnALambdaErrorResponseAlsoCatchesSuccesses() throws {
        let method = lambdaMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "500", selectionPattern: ".*")])
        let finding = try XCTUnwrap(only(Linter.lint(method: method)))
        XCTAssertEqual(finding.rule, .patternCatchesLambdaSuccess)
        XCTAssertEqual(finding.statusCode, "500")
    }

    func testMessagePatternOnAnHTTPIntegrationMatchesNoStatus() throws {
        let method = httpMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*")])
        let finding = try XCTUnwrap(only(Linter.lint(method: method)))
        XCTAssertEqual(finding.rule, .patternMatchesNoStatus)
        XCTAssertEqual(Linter.lint(method: httpMethod([IntegrationResponse(statusCode: "200"), IntegrationResponse(statusCode: "404", selectionPattern: "4\\d{2}")])), [])
    }

    // MARK: - Response parameters

    func testUndeclaredHeaderMappingIsAnError() throws {
        let response = IntegrationResponse(statusCode: "200", responseParameters: [
            "method.response.header.X-Declared": "'a'",
            "method.response.header.X-Missing": "'b'",
        ])
        let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200", responseParameters: ["method.response.header.X-Declared": false])],
                            integration: Integration(type: .mock, integrationResponses: [response]))
        let finding = try XCTUnwrap(only(Linter.lint(method: method)))
        XCTAssertEqual(finding.rule, .undeclaredHeader)
        XCTAssertEqual(finding.place, "method.response.header.X-Missing")
        XCTAssertEqual(finding.statusCode, "200")
    }

    func testTemplateFindingsCarryTheirStatusCode() throws {
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{\"a\": \"#evaluate('x')\"}"])
        let method = Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200")], integration: Integration(type: .mock, integrationResponses: [response]))
        let finding = try XCTUnwrap(only(Linter.lint(method: method)))
        XCTAssertEqual(finding.statusCode, "200")
        XCTAssertEqual(finding.place, "application/json:1:8")
    }
}
