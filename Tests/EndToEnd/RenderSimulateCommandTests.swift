import Foundation
import XCTest

/// `gwx render`, `gwx simulate` and `gwx export terraform` as a user runs them.
final class RenderSimulateCommandTests: TemporaryFolderTestCase {
    override class var folderPrefix: String { "gwx-cli" }


    private let terraformTemplate = """
    #set($inputRoot = $input.path('$'))
    <?xml version="1.0" encoding="UTF-8"?>
    <message>
        $inputRoot.body
    </message>

    """

    func testRenderPrintsExactlyTheRenderedBytes() throws {
        let template = try write("t.vm", terraformTemplate)
        let body = try write("b.json", #"{"body": "Hello, 世界"}"#)
        let result = try GWXProcess.run(["render", "--template", template, "--body", body])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<message>\n    Hello, 世界\n</message>\n")
        XCTAssertEqual(result.stderr, "")
    }

    func testRenderReadsTheBodyFromStdinAndSeesParametersContextAndStageVariables() throws {
        let template = try write("t.vm", "$input.path('$.a')|$input.params('id')|$input.params('q')|$input.params('X-H')|$context.identity.sourceIp|$stageVariables.env")
        let result = try GWXProcess.run(["render", "--template", template, "--body", "-", "--path", "id=7", "--query", "q=dog",
                                         "--request-header", "X-H=v", "--context", "identity.sourceIp=1.2.3.4", "--stage-variable", "env=prod"],
                                        stdin: #"{"a": 1}"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "1|7|dog|v|1.2.3.4|prod")
    }

    func testABrokenTemplateExitsNonZeroWithLineColumnAndACaret() throws {
        let template = try write("broken.vm", "#set($a = 1)\n#if($a == 1)\nyes\n")
        let result = try GWXProcess.run(["render", "--template", template])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("\(template):"), result.stderr)
        XCTAssertTrue(result.stderr.contains(": error: "), result.stderr)
        XCTAssertTrue(result.stderr.contains("^"), result.stderr)
        XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
    }

    func testABodyThatIsNotJSONSaysWhereInTheBody() throws {
        let template = try write("t.vm", "$input.path('$.a')")
        let body = try write("b.json", "{\"a\": 1,\n \"b\": }")
        let result = try GWXProcess.run(["render", "--template", template, "--body", body])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("\(template):1:8: error:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("\(body):2:"), result.stderr)
    }

    func testSimulateALambdaNotFoundErrorSelects404WithHeadersAndBody() throws {
        let result = try GWXProcess.run(["simulate", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET",
                                         "--error-message", "Not Found: pet 42"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Status: 404"), result.stdout)
        XCTAssertTrue(result.stdout.contains(#"".*Not Found.*"  matched: selected"#), result.stdout)
        XCTAssertTrue(result.stdout.contains("Access-Control-Allow-Origin: *"), result.stdout)
        XCTAssertTrue(result.stdout.contains(#""message": "Not Found: pet 42""#), result.stdout)
    }

    func testSimulateJSONHasTheFieldsScriptsNeed() throws {
        let result = try GWXProcess.run(["simulate", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET",
                                         "--error-message", "Not Found: pet 42", "--output", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["statusCode"] as? String, "404")
        XCTAssertNotNil(json["headers"])
        XCTAssertNotNil(json["body"])
        XCTAssertEqual((json["selected"] as? [String: Any])?["selectionPattern"] as? String, ".*Not Found.*")
        XCTAssertFalse((json["steps"] as? [Any] ?? []).isEmpty)
    }

    func testSimulateAnUnknownResourceSaysHowToFindTheIDs() throws {
        let result = try GWXProcess.run(["simulate", "--file", GWXProcess.example("PetStore.json"), "PetStore//nope/GET", "--status", "200"])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("/nope"), result.stderr)
        XCTAssertTrue(result.stderr.contains("gwx ls"), result.stderr)
    }

    func testExportTerraformFromAFileWritesTheResourceAndItsImportBlock() throws {
        let result = try GWXProcess.run(["export", "terraform", "MyDemoAPI//mydemoresource/GET/200", "--file", GWXProcess.example("MyDemoAPI.yaml")])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains(#"resource "aws_api_gateway_integration_response""#), result.stdout)
        XCTAssertTrue(result.stdout.contains(#"id = "MyDemoAPI//mydemoresource/GET/200""#), result.stdout)
        XCTAssertTrue(result.stdout.contains("$inputRoot.body"), result.stdout)
    }

    func testExportTerraformWithABadIDGivesTheExpectedShape() throws {
        let result = try GWXProcess.run(["export", "terraform", "abc/def", "--file", GWXProcess.example("MyDemoAPI.yaml")])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.stderr.contains("expected REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE"), result.stderr)
    }

    func testDemoCopyToWritesTheBundledExamplesUnchanged() throws {
        let target = folder.appendingPathComponent("demo").path
        let result = try GWXProcess.run(["demo", "--copy-to", target])
        XCTAssertEqual(result.status, 0, result.stderr)
        for name in ["MyDemoAPI.yaml", "PetStore.json"] {
            let copied = try String(contentsOfFile: (target as NSString).appendingPathComponent(name), encoding: .utf8)
            XCTAssertEqual(copied, try String(contentsOfFile: GWXProcess.example(name), encoding: .utf8),
                           "\(name): the embedded copy drifted from Examples/ — run python3 scripts/embed-examples.py")
        }
    }
}
