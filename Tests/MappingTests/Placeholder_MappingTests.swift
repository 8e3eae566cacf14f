import XCTest

final class MappingTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
