import XCTest
import Velocity
@testable import Mapping

final class UtilVariableTests: XCTestCase {
    private let util = UtilVariable()

    private func call(_ method: String, _ argument: String) throws -> String {
        try util.call(method, arguments: [.string(argument)])?.javaString ?? "<nil>"
    }

    func testEscapeJavaScriptMatchesCommonsLang() throws {
        // Expected text printed by commons-lang 2.6 StringEscapeUtils.escapeJavaScript.
        XCTAssertEqual(try call("escapeJavaScript", "a'b\"c/d\\eé\t\n\u{1}😀"), #"a\'b\"c\/d\\e\u00E9\t\n\u0001\uD83D\uDE00"#)
    }

    func testURLEncodingMatchesJavaURLEncoder() throws {
        XCTAssertEqual(try call("urlEncode", "a b&c=d/é~*._-+"), "a+b%26c%3Dd%2F%C3%A9%7E*._-%2B")
        XCTAssertEqual(try call("urlDecode", "a+b%26c%3Dd%2F%C3%A9~"), "a b&c=d/é~")
        XCTAssertThrowsError(try call("urlDecode", "100%"))
        XCTAssertThrowsError(try call("urlDecode", "%zz"))
    }

    func testBase64() throws {
        XCTAssertEqual(try call("base64Encode", "hello wörld"), "aGVsbG8gd8O2cmxk")
        XCTAssertEqual(try call("base64Encode", "ab"), "YWI=")
        XCTAssertEqual(try call("base64Encode", ""), "")
        XCTAssertEqual(try call("base64Decode", "aGVsbG8gd8O2cmxk"), "hello wörld")
        XCTAssertEqual(try call("base64Decode", "YWI"), "ab")
        XCTAssertEqual(try call("base64Decode", "YW\nI="), "ab")
    }

    func testParseJSONGivesVelocityValues() throws {
        XCTAssertEqual(try call("parseJson", #"{"a":1.50,"b":[1,2]}"#), "{a=1.5, b=[1,2]}")
        XCTAssertThrowsError(try call("parseJson", #"{"a":"#))
    }

    func testNullArgumentIsAnError() {
        XCTAssertThrowsError(try util.call("escapeJavaScript", arguments: [.null]))
    }

    func testUnknownMethodIsNil() throws {
        XCTAssertNil(try util.call("toJson", arguments: [.string("x")]))
    }
}
