import Foundation
import XCTest

/// `gwx lint` on an export with one trap of each kind, and on the bundled examples.
final class LintCommandTests: TemporaryFolderTestCase {
    override class var folderPrefix: String { "gwx-lint" }

    private var fixture: String {
        GWXProcess.packageRoot.appendingPathComponent("Tests/EndToEnd/Fixtures/LintTraps.json").path
    }

    /// The finding lines (each is followed by its hint line).
    private func findingLines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.hasPrefix("LintTraps ") || $0.hasPrefix("PetStore ") }
    }

    func testEveryTrapIsListedWithItsPlaceAndErrorsExitOne() throws {
        let result = try GWXProcess.run(["lint", "--file", fixture])
        XCTAssertEqual(result.status, 1, result.stderr)
        let lines = findingLines(result.stdout)
        let expected = [
            "LintTraps /directives GET 200 text/plain:2:1: error: #macro is ignored",
            "LintTraps /directives GET 200 text/plain:3:1: error: #greet(…) calls the inline macro greet",
            "LintTraps /directives GET 200 text/plain:4:1: error: #evaluate is not a directive",
            "LintTraps /directives GET 200 text/plain:5:1: error: #parse loads another template",
            "LintTraps /orders POST 200 selectionPattern: warning: \".+\" never matches a successful invocation",
            "LintTraps /orders POST - integrationResponses: error: no integration response is selected for a successful invocation",
            "LintTraps /pets/{petId} GET 200 application/json:4: warning: the output is not JSON for an empty body ({}): expected a JSON value at output line 3, column 10",
            "LintTraps /pets/{petId} GET 400 selectionPattern: warning: \"4\\d{2}\" only matches numbers",
            "LintTraps /status GET 200 method.response.header.X-Trace-Id: error: the header X-Trace-Id is mapped",
            "LintTraps /status GET 404 selectionPattern: warning: on an HTTP integration the pattern is matched against the backend's status code",
            "LintTraps /status GET 500 selectionPattern:1:5: error: the selection pattern is not a valid Java regular expression",
        ]
        XCTAssertEqual(lines.count, expected.count, result.stdout)
        for (line, prefix) in zip(lines, expected) {
            XCTAssertTrue(line.hasPrefix(prefix), "\(line)\ndoes not start with\n\(prefix)")
        }
        XCTAssertTrue(result.stdout.contains("    hint: inline the macro's body"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("7 errors, 4 warnings\n"), result.stdout)
    }

    func testASampleBodyFindsTheEscapedQuoteAndTheLoopPastAThousand() throws {
        let tags = (1...1_001).map { "\"t\($0)\"" }.joined(separator: ",")
        let body = try write("sample.json", "{\"name\": \"O'Brien\", \"tags\": [\(tags)]}")
        let result = try GWXProcess.run(["lint", "--file", fixture, "--body", body])
        XCTAssertEqual(result.status, 1, result.stderr)
        let pets = findingLines(result.stdout).filter { $0.contains("/pets/{petId} GET 200") }
        XCTAssertEqual(pets.count, 2, result.stdout)
        XCTAssertTrue(pets[0].hasPrefix("LintTraps /pets/{petId} GET 200 application/json:5:12: warning: #foreach goes over 1001 items"), pets[0])
        XCTAssertTrue(pets[1].hasPrefix("LintTraps /pets/{petId} GET 200 application/json:3: error: the output is not JSON for \(body): invalid escape"), pets[1])
        XCTAssertTrue(result.stdout.contains(#"write $util.escapeJavaScript($x).replaceAll("\\'", "'")"#), result.stdout)
    }

    func testJSONOutputParsesAndNamesRulesAndPlaces() throws {
        let result = try GWXProcess.run(["lint", "--file", fixture, "--output", "json"])
        XCTAssertEqual(result.status, 1, result.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["errors"] as? Int, 7)
        XCTAssertEqual(report["warnings"] as? Int, 4)
        let findings = try XCTUnwrap(report["findings"] as? [[String: Any]])
        XCTAssertEqual(Set(findings.compactMap { $0["rule"] as? String }), [
            "unsupported-directive", "inline-macro-call", "pattern-misses-lambda-success", "no-lambda-success-response",
            "output-not-json", "status-code-pattern-on-lambda", "undeclared-header", "pattern-matches-no-status", "invalid-pattern",
        ])
        let macro = try XCTUnwrap(findings.first)
        XCTAssertEqual(macro["restApiId"] as? String, "LintTraps")
        XCTAssertEqual(macro["resourcePath"] as? String, "/directives")
        XCTAssertEqual(macro["httpMethod"] as? String, "GET")
        XCTAssertEqual(macro["statusCode"] as? String, "200")
        XCTAssertEqual(macro["severity"] as? String, "error")
        let location = try XCTUnwrap(macro["location"] as? [String: Any])
        XCTAssertEqual(location["field"] as? String, "responseTemplates")
        XCTAssertEqual(location["contentType"] as? String, "text/plain")
        XCTAssertEqual(location["line"] as? Int, 2)
        XCTAssertEqual(location["column"] as? Int, 1)
        XCTAssertNotNil(macro["hint"] as? String)
    }

    func testMyDemoAPIIsClean() throws {
        let result = try GWXProcess.run(["lint", "--file", GWXProcess.example("MyDemoAPI.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "no findings\n")
    }

    func testPetStoreIsCleanForARealisticBodyAndOnlyWarnsForAnEmptyOne() throws {
        // One body every PetStore template reads: a pet, a pet list, an owner, and a Lambda
        // error message that is itself JSON (the 400 response parses it).
        let body = try write("pet.json", """
        {"id": 7, "name": "Rex", "tag": "dog", "owner": {"id": 1, "name": "Ana"}, "pet": {"id": 7},
         "pets": [{"id": 7, "name": "Rex"}], "errorMessage": "{\\"errorType\\":\\"ValidationError\\",\\"message\\":\\"bad id\\"}"}
        """)
        let realistic = try GWXProcess.run(["lint", "--file", GWXProcess.example("PetStore.json"), "--body", body])
        XCTAssertEqual(realistic.status, 0, realistic.stderr)
        XCTAssertEqual(realistic.stdout, "no findings\n")
        let empty = try GWXProcess.run(["lint", "--file", GWXProcess.example("PetStore.json")])
        XCTAssertEqual(empty.status, 0, empty.stdout)
        XCTAssertFalse(empty.stdout.contains(": error:"), empty.stdout)
    }

    func testUsageAndReadErrorsAreNotFindingErrors() throws {
        let noAPI = try GWXProcess.run(["lint"])
        XCTAssertEqual(noAPI.status, 64, noAPI.stderr)
        XCTAssertTrue(noAPI.stderr.contains("name the REST API to lint"), noAPI.stderr)
        let missing = try GWXProcess.run(["lint", "--file", folder.appendingPathComponent("nope.json").path])
        XCTAssertEqual(missing.status, 2, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
    }
}
