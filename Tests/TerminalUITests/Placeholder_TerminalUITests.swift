import XCTest

final class TerminalUITestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
