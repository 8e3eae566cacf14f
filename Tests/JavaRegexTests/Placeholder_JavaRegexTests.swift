import XCTest

final class JavaRegexTestsSmoke: XCTestCase {
    func testModuleBuilds() { XCTAssertTrue(true) }
}
