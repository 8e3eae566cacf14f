import Foundation
import XCTest

/// The real binary under tmux on the pets API served by the proxy (moto, with TestInvokeMethod
/// answered from the recorded cases): `t` shows AWS's answer and the verdict, `u` makes the
/// backend response AWS logged the preview's sample, and the editor's preview changes; a
/// request with a header and a body given in the panel reaches the proxy as recorded; the
/// report of a difference stays readable at every size.
final class TestInvokeTmuxTests: XCTestCase {
    func testTShowsAWSsAnswerAndUseAsSampleChangesThePreview() throws {
        let peer = try TestInvokePeer()
        defer { peer.stop() }
        _ = try peer.seedTestInvoke()
        let session = try openFirstMethod(of: "/pets/{petId}", on: peer, columns: 160, rows: 40, showing: "Integration responses (2)")
        // The editor's preview before: the default sample has no type.
        try session.send("e")
        let before = try session.waitFor("Method response 200")
        XCTAssertFalse(before.contains(#""type": "dog""#), before)
        try session.send("Escape")
        try session.waitFor("Integration responses (2)")
        try session.send("t")
        try session.waitFor("Path and query string")
        try session.send("C-u")
        try session.send("/pets/42", literal: true)
        try session.send("Enter")
        let result = try session.waitFor("gwx agrees with AWS")
        XCTAssertTrue(result.contains("✓ gwx agrees with AWS: status 200, 2 headers and the body are the same"), result)
        XCTAssertTrue(result.contains("AWS (TestInvokeMethod, 31 ms)"), result)
        XCTAssertTrue(result.contains(#"{"id":42,"type":"dog","price":249.99}"#), "the backend response from AWS's log: \(result)")
        try session.send("u")
        try session.waitFor("is now AWS's backend response")
        try session.send("e")
        let after = try session.waitFor(#""type": "dog""#)
        XCTAssertTrue(after.contains("Preview sample: the backend response from AWS's test (t)"), after)
        try session.send("Escape")
        try session.send("q")
    }

    /// The lambda-error case was recorded with `Content-Type: application/json` and the body
    /// `{"type": "fish"}`: the proxy answers only a request that carries both.
    func testAHeaderAndABodyGivenInThePanelReachTheProxy() throws {
        let peer = try TestInvokePeer()
        defer { peer.stop() }
        let seeded = try peer.seedTestInvoke()
        let recorded = try XCTUnwrap(seeded.cases["lambda-error"])
        let session = try openFirstMethod(of: "/pets", on: peer, columns: 100, rows: 30, showing: "Lambda (patterns match error messages)")
        try session.send("t")
        try session.waitFor("Path and query string")
        try session.send("Tab")
        try session.send("Content-Type: application/json", literal: true)
        try session.send("Tab")
        try session.send("Tab")
        try session.waitForAbsence("Enter/Ctrl-R") // in the body Enter is a line break: Ctrl-R runs
        // A 100 KB bracketed paste goes into the body at once; then it is replaced by the recorded body.
        let big = (0..<2_000).map { #"  {"id": \#($0), "name": "pet number \#($0)", "type": "dog"},"# }.joined(separator: "\n")
        try session.paste(big)
        try session.waitFor("(2000 lines)")
        try session.send("C-a")
        try session.paste(try XCTUnwrap(recorded.body))
        try session.waitForAbsence("(2000 lines)")
        try session.send("C-r")
        let result = try session.waitFor("gwx agrees with AWS")
        XCTAssertTrue(result.contains("✓ gwx agrees with AWS: status 400"), result)
        let sent = try XCTUnwrap(try peer.testInvokeRequests().last)
        XCTAssertEqual(sent["case"] as? String, "lambda-error")
        let body = try XCTUnwrap(sent["body"] as? [String: Any])
        XCTAssertEqual(body["pathWithQueryString"] as? String, recorded.pathWithQueryString)
        XCTAssertEqual(body["headers"] as? [String: String], Dictionary(uniqueKeysWithValues: recorded.headers))
        XCTAssertEqual(body["body"] as? String, recorded.body)
        // `r` starts from the request just sent.
        try session.send("r")
        let again = try session.waitFor("Path and query string")
        XCTAssertTrue(again.contains("Content-Type: application/json"), again)
        XCTAssertTrue(again.contains(#"{"type": "fish"}"#), again)
        try session.send("Escape")
        try session.send("q")
    }

    /// body-differs: the difference and its pipeline step at 80 columns, then 20×5, 100 and 160.
    func testTheDifferencesStayReadableAtEverySize() throws {
        let peer = try TestInvokePeer()
        defer { peer.stop() }
        _ = try peer.seedTestInvoke()
        let session = try openFirstMethod(of: "/pets/{petId}/summary", on: peer, columns: 80, rows: 24, showing: "Integration responses (1)")
        try session.send("t")
        try session.waitFor("Path and query string")
        try session.send("C-u")
        try session.send("/pets/42/summary", literal: true)
        try session.send("Enter")
        let narrow = try session.waitFor("gwx differs from AWS")
        XCTAssertTrue(narrow.contains("✗ gwx differs from AWS in 1 place"), narrow)
        XCTAssertTrue(narrow.contains("step: "), "the difference names its step at 80 columns:\n\(narrow)")
        XCTAssertTrue(narrow.contains("Esc close"), narrow)
        try session.resize(columns: 20, rows: 5)
        try session.waitFor("Terminal too small")
        for (columns, rows) in [(100, 30), (160, 40)] {
            try session.resize(columns: columns, rows: rows)
            let screen = try session.waitFor("gwx differs from AWS")
            XCTAssertTrue(screen.contains("step: "), "\(columns) columns:\n\(screen)")
        }
        try session.send("G")
        try session.waitFor("Request sent (the replay uses the same)")
        try session.send("g")
        try session.waitFor("gwx differs from AWS")
        try session.send("Escape")
        try session.send("q")
    }

    /// gwx on the proxy's pets API, on the first method of RESOURCE (`:res`, then Down, Enter),
    /// once its screen shows EXPECTED.
    private func openFirstMethod(of resource: String, on peer: TestInvokePeer, columns: Int, rows: Int, showing expected: String) throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["--endpoint-url", peer.proxyURL], columns: columns, rows: rows, environment: peer.environment)
        try session.waitFor("/{petId}")
        try session.send(":")
        try session.send("res " + resource, literal: true)
        try session.send("Enter")
        try session.send("Down")
        try session.send("Enter")
        try session.waitFor(expected)
        return session
    }
}
