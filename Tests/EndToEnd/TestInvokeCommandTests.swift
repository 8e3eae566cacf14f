import Foundation
import XCTest

/// `gwx test` end to end: the real binary against moto behind the proxy, which answers
/// TestInvokeMethod from recorded cases (`Tests/peers/test-invoke/`); the verdict, exit code,
/// text and JSON for each, and the errors.
final class TestInvokeCommandTests: TemporaryFolderTestCase {
    nonisolated(unsafe) private static var peer: TestInvokePeer?
    nonisolated(unsafe) private static var seeded: (apiId: String, cases: [String: TestInvokePeer.Case])?

    override class func setUp() {
        super.setUp()
        do {
            let peer = try TestInvokePeer()
            self.peer = peer
            seeded = try peer.seedTestInvoke()
        } catch {
            peerError = String(describing: error)
        }
    }

    override class func tearDown() {
        peer?.stop()
        peer = nil
        super.tearDown()
    }

    nonisolated(unsafe) private static var peerError: String?

    private func setUpPeer(file: StaticString = #filePath, line: UInt = #line) throws -> (TestInvokePeer, String, [String: TestInvokePeer.Case]) {
        guard let peer = Self.peer, let seeded = Self.seeded else {
            XCTFail(Self.peerError ?? "the test peer did not start", file: file, line: line)
            throw PeerFailure("no peer")
        }
        return (peer, seeded.apiId, seeded.cases)
    }

    /// Runs `gwx test` for a recorded case with the request it was recorded with.
    private func runCase(_ name: String, json: Bool = false, extra: [String] = []) throws -> GWXProcess.Result {
        let (peer, apiId, cases) = try setUpPeer()
        guard let recorded = cases[name] else {
            XCTFail("no recorded case \(name) (have: \(cases.keys.sorted()))")
            throw PeerFailure("no case")
        }
        var arguments = ["test", "\(apiId)/\(recorded.resourceId)/\(recorded.httpMethod)", "--endpoint-url", peer.proxyURL, "--path", recorded.pathWithQueryString]
        if let body = recorded.body { arguments += ["--body", try write("body-\(name).json", body)] }
        for (header, value) in recorded.headers { arguments += ["--header", "\(header)=\(value)"] }
        if json { arguments += ["--output", "json"] }
        return try GWXProcess.run(arguments + extra, environment: peer.environment)
    }

    private func expectedStatus(_ verdict: String) -> Int32 {
        switch verdict {
        case "equal": return 0
        case "different": return 3
        default: return 1
        }
    }

    func testEveryRecordedCaseGetsItsVerdictAndExitCodeInTextAndJSON() throws {
        let (_, _, cases) = try setUpPeer()
        XCTAssertEqual(Set(cases.keys), ["http-success", "lambda-success", "lambda-error", "mock", "truncated", "body-differs", "unrecognised-log"])
        for (name, recorded) in cases.sorted(by: { $0.key < $1.key }) {
            let text = try runCase(name)
            XCTAssertEqual(text.status, expectedStatus(recorded.verdict), "\(name): \(text.stdout)\(text.stderr)")
            XCTAssertTrue(text.stderr.contains("note: TestInvokeMethod runs \(recorded.httpMethod) \(recorded.pathWithQueryString) on API Gateway and calls its real backend"), "\(name): \(text.stderr)")
            XCTAssertTrue(text.stdout.hasPrefix("AWS (TestInvokeMethod"), "\(name): \(text.stdout)")
            let line: String
            switch recorded.verdict {
            case "equal": line = "✓ gwx agrees with AWS"
            case "different": line = "✗ gwx differs from AWS"
            default: line = "? gwx could not compare"
            }
            XCTAssertTrue(text.stdout.contains(line), "\(name): \(text.stdout)")
            XCTAssertFalse(text.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
            XCTAssertFalse(text.stdout.contains(TestInvokePeer.secretKey) || text.stderr.contains(TestInvokePeer.secretKey))

            let json = try runCase(name, json: true)
            XCTAssertEqual(json.status, text.status, "\(name): \(json.stderr)")
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], json.stdout)
            XCTAssertEqual(object["verdict"] as? String, recorded.verdict, name)
            XCTAssertNotNil((object["log"] as? [String: Any])?["raw"] as? String, name)
        }
    }

    func testTheDifferingBodyIsShownAsBytesAndAsAJSONPathWithItsStep() throws {
        let text = try runCase("body-differs")
        XCTAssertEqual(text.status, 3, text.stdout + text.stderr)
        XCTAssertTrue(text.stdout.contains("  body differs\n    step: mapping template: responseTemplates[application/json] of integration response 200\n"), text.stdout)
        XCTAssertTrue(text.stdout.contains(#"JSON $.summary: AWS "dog #42", gwx "dog 42""#), text.stdout)
        XCTAssertTrue(text.stdout.contains("please report it"), text.stdout)

        let json = try runCase("body-differs", json: true)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let differences = try XCTUnwrap(object["differences"] as? [[String: Any]])
        XCTAssertEqual(differences.count, 1, json.stdout)
        XCTAssertEqual(differences.first?["part"] as? String, "body")
        XCTAssertEqual(differences.first?["aws"] as? String, #"{"summary": "dog #42"}"#)
        XCTAssertEqual(differences.first?["gwx"] as? String, #"{"summary": "dog 42"}"#)
        XCTAssertEqual((object["gwx"] as? [String: Any])?["statusCode"] as? String, "200")
    }

    func testTheLambdaErrorIsReplayedFromTheLoggedErrorMessage() throws {
        let json = try runCase("lambda-error", json: true)
        XCTAssertEqual(json.status, 0, json.stdout + json.stderr)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((object["backend"] as? [String: Any])?["errorMessage"] as? String, "Invalid pet type: fish")
        XCTAssertEqual((object["ignoredHeaders"] as? [String]), ["X-Amzn-Trace-Id"])
        let sent = try XCTUnwrap(Self.peer?.testInvokeRequests().last { ($0["case"] as? String) == "lambda-error" }?["body"] as? [String: Any])
        XCTAssertEqual(sent["body"] as? String, #"{"type": "fish"}"#)
        XCTAssertEqual(sent["headers"] as? [String: String], ["Content-Type": "application/json"])
    }

    func testAnUnrecognisedLogAndATruncatedBodySaySoAndShowTheRawLog() throws {
        let unknown = try runCase("unrecognised-log")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stdout.contains("does not recognise the format of AWS's execution log"), unknown.stdout)
        XCTAssertTrue(unknown.stdout.contains(#"  {"requestId":"4d3c2b1a-0f9e-4d8c-b7a6-958473625140","stage":"backend""#), unknown.stdout)
        XCTAssertTrue(unknown.stdout.contains(#"{"status":"ok"}"#), "AWS's response is still shown: \(unknown.stdout)")
        XCTAssertTrue(unknown.stderr.contains("error: gwx could not compare with AWS"), unknown.stderr)

        let truncated = try runCase("truncated")
        XCTAssertEqual(truncated.status, 1)
        XCTAssertTrue(truncated.stdout.contains("AWS truncated the backend body"), truncated.stdout)
        XCTAssertTrue(truncated.stdout.contains("[TRUNCATED by AWS]"), truncated.stdout)
    }

    func testAPathTemplateNeedsAPathAndABadSignatureIsAWSsError() throws {
        let (peer, apiId, cases) = try setUpPeer()
        let pet = try XCTUnwrap(cases["http-success"])
        let noPath = try GWXProcess.run(["test", "\(apiId)/\(pet.resourceId)/GET", "--endpoint-url", peer.proxyURL], environment: peer.environment)
        XCTAssertEqual(noPath.status, 1)
        XCTAssertEqual(noPath.stderr, "error: /pets/{petId} has path parameters: give the path to call with --path (such as --path /pets/1)\n")

        var wrongKey = peer.environment
        wrongKey["AWS_SECRET_ACCESS_KEY"] = "not-the-secret"
        let refused = try GWXProcess.run(["test", "\(apiId)/\(pet.resourceId)/GET", "--endpoint-url", peer.proxyURL, "--path", "/pets/42"], environment: wrongKey)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("signature"), refused.stderr)
        XCTAssertFalse(refused.stderr.contains("not-the-secret"), refused.stderr)
    }

    func testExportFilesHaveNoAWSToTestOn() throws {
        let result = try GWXProcess.run(["test", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET", "--path", "/pets/1"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.hasPrefix("file PetStore.json: error: an export file has no AWS behind it"), result.stderr)
    }

    func testBadArgumentsAreLocated() throws {
        let badPath = try GWXProcess.run(["test", "a/b/GET", "--path", "pets/1"])
        XCTAssertEqual(badPath.status, 64)
        XCTAssertTrue(badPath.stderr.contains("--path pets/1: a request path starts with /"), badPath.stderr)
        let badHeader = try GWXProcess.run(["test", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET", "--header", "NoEquals"])
        XCTAssertEqual(badHeader.status, 1)
        XCTAssertEqual(badHeader.stderr, "error: --header NoEquals: expected NAME=VALUE\n")
        let missingBody = try GWXProcess.run(["test", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET", "--body", folder.appendingPathComponent("nope.json").path])
        XCTAssertEqual(missingBody.status, 1)
        XCTAssertTrue(missingBody.stderr.contains("nope.json"), missingBody.stderr)
    }
}
