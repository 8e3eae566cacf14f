import XCTest
@testable import Mapping

final class GatewayContextTests: XCTestCase {
    func testRequestTimeFormat() {
        XCTAssertEqual(GatewayContext.formatRequestTime(epochMilliseconds: 1_704_067_200_000), "01/Jan/2024:00:00:00 +0000")
        XCTAssertEqual(GatewayContext.formatRequestTime(epochMilliseconds: 1_732_540_921_123), "25/Nov/2024:13:22:01 +0000")
        XCTAssertEqual(GatewayContext.formatRequestTime(epochMilliseconds: 951_782_400_000), "29/Feb/2000:00:00:00 +0000")
        XCTAssertEqual(GatewayContext.formatRequestTime(epochMilliseconds: 0), "01/Jan/1970:00:00:00 +0000")
    }

    func testDottedOverridesCreateAndReplace() {
        let context = GatewayContext.applying([("identity.sourceIp", "1.2.3.4"), ("authorizer.claims.sub", "abc"), ("stage", "prod")],
                                              to: GatewayContext.defaults())
        guard case .object(let object) = context else { return XCTFail("not an object") }
        XCTAssertEqual(object["stage"], .string("prod"))
        XCTAssertEqual(object["identity"]?.jsonPathMember("sourceIp"), .string("1.2.3.4"))
        XCTAssertEqual(object["authorizer"]?.jsonPathMember("claims")?.jsonPathMember("sub"), .string("abc"))
        XCTAssertEqual(object["authorizer"]?.jsonPathMember("principalId"), .string(""))
    }
}
