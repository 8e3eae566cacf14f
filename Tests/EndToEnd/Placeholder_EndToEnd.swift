import XCTest

final class EndToEndSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
