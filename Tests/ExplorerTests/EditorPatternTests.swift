import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// The selection pattern is compiled once per text, not on every draw: ICU takes about a
/// millisecond per Java `\B`, and the form validated and drew its samples on each frame.
final class PatternCompileTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-pattern-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func patternField() async -> Harness {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        harness.journal = DraftJournal(directory: directory.path)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"), .tab)
        XCTAssertEqual(harness.form?.focus, .pattern)
        await harness.press(.control("u"))
        return harness
    }

    /// 80 `\B` (near the 1,000 property classes `JavaRegex` compiles, about a tenth of a second
    /// of ICU, compiled twice per frame before): 500 frames would take minutes; the test
    /// finishing is the proof. The samples line (Lambda error messages on this method) still matches.
    func testAPastedPatternIsCompiledOnceNotOnEveryFrame() async throws {
        let harness = await patternField()
        let pattern = "N" + String(repeating: "\\B", count: 80) + "ot Found"
        await harness.send(.input(.paste(pattern)))
        XCTAssertEqual(harness.form?.pattern.text, pattern)
        XCTAssertNil(harness.form?.issues.pattern)
        var screen = ""
        for _ in 0..<500 {
            screen = harness.screen
            XCTAssertNil(harness.form?.issues.pattern)
        }
        XCTAssertTrue(screen.contains("✓ Not Found"), screen)
        XCTAssertTrue(screen.contains("✗ Internal Error"), screen)
    }

    /// A pattern over the cap is refused on the form, without compiling it.
    func testAPatternOverTheCapIsRefusedOnTheForm() async throws {
        let harness = await patternField()
        await harness.send(.input(.paste(String(repeating: "\\B", count: 25_000))))
        let issue = try XCTUnwrap(harness.form?.issues.pattern)
        XCTAssertTrue(issue.hasPrefix("Selection pattern is 50000 characters long; gwx reads patterns of up to 4096 characters"), issue)
        await harness.press(.control("s"))
        XCTAssertNil(harness.question, "no save plan for a refused pattern")
    }
}
