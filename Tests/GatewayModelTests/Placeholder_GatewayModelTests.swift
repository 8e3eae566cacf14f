import XCTest

final class GatewayModelTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
