import XCTest
import Velocity
@testable import Mapping

/// A 1 MB array body: the size the performance target is set for. These tests check results
/// only; the time taken is printed for a human (run with `-c release`), never asserted.
final class LargeBodyTests: XCTestCase {
    static func megabyteArrayBody() -> String {
        var text = "["
        var index = 0
        while text.utf8.count < 1_000_000 {
            if index > 0 { text += "," }
            text += #"{"id":\#(index),"name":"item \#(index)","price":\#(index % 100).5,"tags":["a","b/c"],"ok":true}"#
            index += 1
        }
        return text + "]"
    }

    func testMegabyteArrayParsesAndConverts() throws {
        let body = LargeBodyTests.megabyteArrayBody()
        let clock = ContinuousClock()
        var parsed = JSONValue.null
        let parseTime = try clock.measure { parsed = try JSONParser.parseBody(body) }
        var value = Value.null
        let convertTime = clock.measure { value = parsed.velocityValue() }
        var json = ""
        let writeTime = clock.measure { json = value.gatewayJSON }
        var compact = ""
        let compactTime = clock.measure { compact = parsed.compactJSON }
        print("1 MB body: parse \(parseTime), convert \(convertTime), write \(writeTime), JSONValue write \(compactTime)")
        XCTAssertEqual(compact, json)
        guard case .list(let list) = value else { return XCTFail("not a list") }
        XCTAssertGreaterThan(list.count, 10_000)
        XCTAssertEqual(json.utf8.count, body.utf8.count + list.count * 1)  // each "b/c" gains a backslash
    }
}
