import XCTest

final class GatewayClientTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
