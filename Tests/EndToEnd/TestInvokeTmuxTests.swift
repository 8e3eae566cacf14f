import Foundation
import XCTest

/// The real binary under tmux on the pets API served by the proxy (moto, with TestInvokeMethod
/// answered from the recorded cases): `t` shows AWS's answer and the verdict, `u` makes the
/// backend response AWS logged the preview's sample, and the editor's preview changes.
final class TestInvokeTmuxTests: XCTestCase {
    func testTShowsAWSsAnswerAndUseAsSampleChangesThePreview() throws {
        let peer = try TestInvokePeer()
        defer { peer.stop() }
        _ = try peer.seedTestInvoke()
        let session = try TmuxSession(arguments: ["--endpoint-url", peer.proxyURL], columns: 160, rows: 40, environment: peer.environment)
        try session.waitFor("/{petId}")
        try session.send(":")
        try session.send("res /pets/{petId}", literal: true)
        try session.send("Enter")
        try session.send("Down")
        try session.send("Enter")
        try session.waitFor("Integration responses (2)")
        // The editor's preview before: the default sample has no type.
        try session.send("e")
        let before = try session.waitFor("Method response 200")
        XCTAssertFalse(before.contains(#""type": "dog""#), before)
        try session.send("Escape")
        try session.waitFor("Integration responses (2)")
        try session.send("t")
        try session.waitFor("Path and query string to call")
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
}
