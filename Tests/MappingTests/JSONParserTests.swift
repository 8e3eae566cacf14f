import XCTest
@testable import Mapping

final class JSONParserTests: XCTestCase {
    func testObjectKeepsKeyOrderAndNumberText() throws {
        let value = try JSONParser.parse(#"{"b": 1.50, "a": [1, "x", {"c": true}], "z": null}"#)
        guard case .object(let object) = value else { return XCTFail("not an object") }
        XCTAssertEqual(object.keys, ["b", "a", "z"])
        XCTAssertEqual(object["b"], .number("1.50"))
        XCTAssertEqual(object["z"], .null)
    }

    func testRepeatedKeyKeepsFirstPlaceAndLastValue() throws {
        let value = try JSONParser.parse(#"{"a":1,"b":2,"a":3}"#)
        XCTAssertEqual(value.compactJSON, #"{"a":3,"b":2}"#)
    }

    func testRepeatedKeyInTemplateValuesKeepsFirstPlaceAndLastValue() throws {
        // Small objects find repeats by scanning, objects of 16 keys or more with a set.
        let small = #"{"a":1,"b":2,"a":3}"#
        let big = "{" + (0..<20).map { "\"k\($0 % 17)\":\($0)" }.joined(separator: ",") + "}"
        for text in [small, big] {
            let direct = try JSONParser.parseBodyValue(text)
            XCTAssertEqual(direct.gatewayJSON, try JSONParser.parseBody(text).velocityValue().gatewayJSON)
        }
        XCTAssertEqual(try JSONParser.parseBodyValue(small).gatewayJSON, #"{"a":3,"b":2}"#)
        XCTAssertTrue(try JSONParser.parseBodyValue(big).gatewayJSON.hasPrefix(#"{"k0":17,"k1":18,"k2":19,"k3":3,"#))
    }

    func testEscapesAndSurrogatePairsAreDecoded() throws {
        let value = try JSONParser.parse(#""a\"b\\c\/d\n\u00e9\ud83d\ude00""#)
        XCTAssertEqual(value, .string("a\"b\\c/d\né😀"))
    }

    func testMissingCommaReportsLineColumnAndCaret() {
        let text = "{\n  \"a\": 1,\n  \"b\": 2 \"c\": 3\n}"
        XCTAssertThrowsError(try JSONParser.parse(text)) { error in
            guard let error = error as? JSONSyntaxError else { return XCTFail("wrong error") }
            XCTAssertEqual(error.line, 3)
            XCTAssertEqual(error.column, 10)
            XCTAssertEqual(error.message, "expected ',' or '}'")
            XCTAssertEqual(error.formatted(name: "body.json"),
                           "body.json:3:10: error: expected ',' or '}'\n  \"b\": 2 \"c\": 3\n         ^")
        }
    }

    func testUnterminatedArrayReportsEndOfInput() {
        XCTAssertThrowsError(try JSONParser.parse("[1, 2")) { error in
            guard let error = error as? JSONSyntaxError else { return XCTFail("wrong error") }
            XCTAssertEqual(error.line, 1)
            XCTAssertEqual(error.column, 6)
            XCTAssertEqual(error.message, "unexpected end of input, expected ',' or ']'")
        }
    }

    func testColumnCountsCharactersNotBytes() {
        XCTAssertThrowsError(try JSONParser.parse(#"{"é€": x}"#)) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.column, 8)
        }
    }

    func testTrailingTextIsAnErrorInStrictMode() {
        XCTAssertThrowsError(try JSONParser.parse("{} x"))
    }

    func testNestingIsBounded() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertTrue((error as? JSONSyntaxError)?.message.contains("nesting") ?? false)
        }
    }

    func testBodyReadingFollowsJSONSmartPermissiveTopLevel() throws {
        XCTAssertEqual(try JSONParser.parseBody(""), .object(JSONObject()))
        XCTAssertEqual(try JSONParser.parseBody("  \n"), .object(JSONObject()))
        XCTAssertEqual(try JSONParser.parseBody("a=1&b=2"), .string("a=1&b=2"))
        XCTAssertEqual(try JSONParser.parseBody("  hello world \n"), .string("hello world"))
        XCTAssertEqual(try JSONParser.parseBody("123abc"), .string("123abc"))
        XCTAssertEqual(try JSONParser.parseBody("true false"), .string("true false"))
        XCTAssertEqual(try JSONParser.parseBody(#"{"a":1} trailing"#).compactJSON, #"{"a":1}"#)
        XCTAssertEqual(try JSONParser.parseBody(" 12 "), .number("12"))
        XCTAssertThrowsError(try JSONParser.parseBody(#"{"a": }"#))
        XCTAssertThrowsError(try JSONParser.parseBody("[1, 2"))
    }
}
