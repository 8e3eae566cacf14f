import TerminalUI
import XCTest
@testable import Explorer

/// The integration response screen's template scrolls a line, a page (its height less one), to
/// the top and to the bottom, and never past either end.
final class ResponseScrollTests: XCTestCase {
    func testTheTemplateScrollsByLinesAndPagesWithinItsEnds() async throws {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 10, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .enter)
        XCTAssertTrue(harness.state.top is ResponseScreen, harness.screen)
        let height = try XCTUnwrap(Layout(harness.state).text?.height)
        let maximum = harness.state.currentTemplateLineCount - height
        XCTAssertGreaterThan(maximum, 1, "the template is longer than the screen shows")
        func first() -> Int? { harness.state.layer(ResponseScreen.self)?.firstLine }
        await harness.press(.character("k"))
        XCTAssertEqual(first(), 0, "not above the top")
        await harness.press(.character("j"))
        XCTAssertEqual(first(), 1)
        await harness.press(.character("G"))
        XCTAssertEqual(first(), maximum)
        await harness.press(.character("j"))
        XCTAssertEqual(first(), maximum, "not below the bottom")
        await harness.press(.pageUp)
        XCTAssertEqual(first(), max(0, maximum - max(1, height - 1)))
        await harness.press(.character("g"))
        XCTAssertEqual(first(), 0)
        await harness.press(.pageDown)
        XCTAssertEqual(first(), min(maximum, max(1, height - 1)))
    }
}
