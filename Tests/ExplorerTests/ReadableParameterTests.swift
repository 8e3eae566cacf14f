import GatewayModel
import TerminalUI
import XCTest
import Text
@testable import Explorer

/// Parameters read as `header X-Request-Id ← …` in lists and whole under the cursor; narrow
/// tables drop columns before names; Enter opens a resource and never folds it, Space and `h` fold.
final class ReadableParameterTests: XCTestCase {
    func testTheHeaderPrefixIsFoldedInListsAndOtherKeysStayWhole() {
        XCTAssertEqual(ParameterText.name("method.response.header.Access-Control-Allow-Origin"), "header Access-Control-Allow-Origin")
        XCTAssertEqual(ParameterText.name("method.response.body"), "method.response.body")
        let spans = ParameterText.spans(name: "header Access-Control-Allow-Origin", value: "'*'", nameWidth: 10, width: 60,
                                        nameStyle: Style(), valueStyle: Style(), arrowStyle: Style(), emptyStyle: Style())
        XCTAssertEqual(spans.map(\.text).joined(), "header Access-Control-Allow-Origin ← '*'")
    }

    func testTooNarrowForTheValueDropsItBeforeCuttingTheName() {
        let name = "header Access-Control-Allow-Origin"
        let spans = ParameterText.spans(name: name, value: "'https://example.com'", nameWidth: 0, width: DisplayWidth.of(name) + 5,
                                        nameStyle: Style(), valueStyle: Style(), arrowStyle: Style(), emptyStyle: Style())
        XCTAssertEqual(spans.map(\.text).joined(), name)
        let wider = ParameterText.spans(name: name, value: "'https://example.com'", nameWidth: 0, width: DisplayWidth.of(name) + 12,
                                        nameStyle: Style(), valueStyle: Style(), arrowStyle: Style(), emptyStyle: Style())
        XCTAssertEqual(wider.map(\.text).joined(), name + " ← 'https:/…")
    }

    func testTheFormShowsTheWholeNameOnlyUnderTheCursor() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 26, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"))
        XCTAssertTrue(harness.screen.contains("header X-Request-Id ← integration.response.header.x-amzn-RequestId"), harness.screen)
        XCTAssertFalse(harness.screen.contains("method.response.header.X-Request-Id"))
        for _ in 0..<6 where harness.form?.focus != .parameters { await harness.press(.tab) }
        XCTAssertEqual(harness.form?.focus, .parameters)
        XCTAssertTrue(harness.screen.contains("method.response.header.X-Request-Id ← integration.response.header.x-amzn-RequestId"), harness.screen)
    }

    func testANarrowMethodTableDropsColumnsBeforeItCutsTemplateNames() async {
        let harness = Harness(sources: [InMemorySource(label: "test", definitions: [Fixtures.pets])], rows: 24, columns: 80)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        XCTAssertTrue(harness.state.screen is MethodScreen)
        XCTAssertTrue(harness.screen.contains("2 application/json, application/xml"), harness.screen)
        XCTAssertFalse(harness.screen.contains("PARAMS"))
        await harness.resize(rows: 24, columns: 100)
        XCTAssertTrue(harness.screen.contains("PARAMS"), "wide enough, every column shows:\n\(harness.screen)")
    }

    func testEnterOpensAResourceAndNeverFoldsSpaceAndHFold() async {
        let harness = Harness(sources: [InMemorySource(label: "test", definitions: [Fixtures.pets])], rows: 24, columns: 80)
        await harness.start()
        let all = harness.state.listCount
        await harness.press(.down)
        let owners = harness.state.screen.list.cursor
        await harness.press(.enter)
        XCTAssertEqual(harness.state.listCount, all)
        XCTAssertEqual(harness.state.screen.list.cursor, owners + 1, "on /owners' first method")
        XCTAssertNotNil(harness.state.selectedTreeRow?.methodIndex)
        await harness.press(.up, .enter, .up, .enter)
        XCTAssertEqual(harness.state.listCount, all, "Enter twice on an open resource still does not fold it")
        await harness.press(.character("h"))
        XCTAssertEqual(harness.state.listCount, all - 3, "h on a method folds its resource")
        XCTAssertEqual(harness.state.screen.list.cursor, owners, "and the cursor goes to the resource")
        await harness.press(.character(" "))
        XCTAssertEqual(harness.state.listCount, all, "Space unfolds")
        await harness.press(.left)
        XCTAssertEqual(harness.state.listCount, all - 3, "← folds")
        await harness.press(.character("h"))
        XCTAssertTrue(harness.state.screen is APIsScreen, "h on a folded resource goes back")
    }

    func testEnterOnTheRootGoesToItsFirstChild() async {
        let harness = Harness(sources: [InMemorySource(label: "test", definitions: [Fixtures.pets])], rows: 24, columns: 80)
        await harness.start()
        let all = harness.state.listCount
        XCTAssertEqual(harness.state.screen.list.cursor, 0)
        await harness.press(.enter)
        XCTAssertEqual(harness.state.listCount, all)
        XCTAssertEqual(harness.state.screen.list.cursor, 1)
    }
}
