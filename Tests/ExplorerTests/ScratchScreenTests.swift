import XCTest
@testable import Explorer

final class ScratchScreenTests: XCTestCase {
    func testTheMethodResponsesScreenOpensWithM() async {
        let harness = Harness(sources: [InMemorySource(label: "test", definitions: [Fixtures.pets])], rows: 24, columns: 80)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("m"))
        XCTAssertTrue(harness.state.screen is MethodResponsesScreen)
        print(harness.screen)
        XCTAssertTrue(harness.screen.contains("Method responses"), harness.screen)
        await harness.press(.character("?"))
        print(harness.screen)
        await harness.press(.escape, .escape)
        XCTAssertTrue(harness.state.screen is MethodScreen)
    }
}
