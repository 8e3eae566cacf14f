import Foundation
import GatewayClient
import TerminalUI
import XCTest
@testable import Explorer

/// An export file opened by the explorer is read behind its first frame: a spinner with the
/// file's name and size while it loads, and a bad file's error, place and caret in the UI.
final class ExportFileLoadingTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-loading-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(atPath: folder)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    func testTheFirstFrameSaysWhichFileIsReadAndHowBigItIs() async throws {
        let path = try write(#"{"swagger": "2.0", "info": {"title": "Big"}, "paths": {}}"#, "big.json")
        let harness = Harness(sources: [try ExportFileSource(path: path, reading: .deferred)], rows: 12, columns: 80)
        harness.holdLoads = true
        await harness.start()
        let screen = Explorer.draw(harness.state).text
        XCTAssertTrue(screen.contains("Reading big.json (57 bytes)…"), screen)
        XCTAssertTrue(screen.contains("Esc cancels"), screen)
        // While it loads, Esc stops the load and q quits.
        await harness.press(.escape)
        XCTAssertTrue(Explorer.draw(harness.state).text.contains("Cancelled; press R to list the REST APIs again"))
        await harness.press(.character("q"))
        XCTAssertTrue(harness.quit)
    }

    func testABadFileShowsItsErrorWithTheCaretUnderThePlace() async throws {
        let path = try write("{\"swagger\": \"2.0\",\n \"paths\": {\"/a\": {\"get\": {\"x\": 1,}}}}\n", "bad.json")
        let harness = Harness(sources: [try ExportFileSource(path: path, reading: .deferred)], rows: 20, columns: 100)
        await harness.start()
        let lines = Explorer.draw(harness.state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The message may wrap (a long temporary folder): read it as one text.
        let words = lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        XCTAssertTrue(words.contains("bad.json:2:34: error: trailing comma before '}'"), lines.joined(separator: "\n"))
        let source = try XCTUnwrap(lines.first { $0.contains(#""paths": {"/a""#) })
        let caret = try XCTUnwrap(lines.first { $0.trimmingCharacters(in: .whitespaces) == "^" })
        let brace = try XCTUnwrap(source.range(of: ",}")?.upperBound).utf16Offset(in: source) - 1
        XCTAssertEqual(caret.firstIndex(of: "^")?.utf16Offset(in: caret), brace)
        XCTAssertTrue(lines.contains { $0.contains("Fix the file where the message points") }, lines.joined(separator: "\n"))
    }
}
