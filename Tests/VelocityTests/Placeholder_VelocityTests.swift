import XCTest

final class VelocityTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
