import XCTest

final class ExplorerTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
