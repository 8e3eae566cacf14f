import XCTest
import Velocity
@testable import Mapping

final class InputVariableTests: XCTestCase {
    private func input(_ body: String, header: [(String, String)] = []) -> InputVariable {
        InputVariable(body: body, path: [("id", "7")], querystring: [("q", "x"), ("id", "shadowed")], header: header)
    }

    private func text(_ value: Value?) -> String { value?.javaString ?? "<nil>" }

    func testJSONReturnsCompactJSONSmartText() throws {
        let variable = input(#"{"a": {"b": [1, 2.50, "x/y"]}, "s": "str"}"#)
        XCTAssertEqual(text(try variable.call("json", arguments: [.string("$.a")])), #"{"b":[1,2.5,"x\/y"]}"#)
        XCTAssertEqual(text(try variable.call("json", arguments: [.string("$.s")])), #""str""#)
        XCTAssertEqual(text(try variable.call("json", arguments: [.string("$.missing")])), "null")
    }

    func testPathReturnsMapsThatPrintLikeLinkedHashMapAndArraysLikeJSON() throws {
        let variable = input(#"{"a": {"b": [1, {"c": true}], "n": 1e3}}"#)
        XCTAssertEqual(text(try variable.call("path", arguments: [.string("$.a")])), #"{b=[1,{"c":true}], n=1000.0}"#)
        XCTAssertEqual(text(try variable.call("path", arguments: [.string("$.a.b[*]")])), #"[1,{"c":true}]"#)
        guard case .null? = try variable.call("path", arguments: [.string("$.nope")]) else { return XCTFail("not null") }
    }

    func testChangesToPathResultsShowInJSON() throws {
        let variable = input(#"{"a": {"b": 1}}"#)
        guard case .map(let map)? = try variable.call("path", arguments: [.string("$.a")]) else { return XCTFail("no map") }
        map["c"] = .string("new")
        XCTAssertEqual(text(try variable.call("json", arguments: [.string("$")])), #"{"a":{"b":1,"c":"new"}}"#)
    }

    func testBigNumbersStayExactAndUnquoted() throws {
        let variable = input(#"{"big": 123456789012345678901234, "dec": 3.14159265358979323846}"#)
        XCTAssertEqual(text(try variable.call("json", arguments: [.string("$")])),
                       #"{"big":123456789012345678901234,"dec":3.14159265358979323846}"#)
        XCTAssertEqual(text(try variable.call("path", arguments: [.string("$.big")])), "123456789012345678901234")
    }

    func testEmptyBodyReadsAsEmptyObject() throws {
        XCTAssertEqual(text(try input("").call("json", arguments: [.string("$")])), "{}")
    }

    func testBrokenBodyThrowsAndKeepsThePlace() {
        let variable = input("{\n  \"a\": 1\n  \"b\": 2\n}")
        XCTAssertThrowsError(try variable.call("path", arguments: [.string("$.a")])) { error in
            XCTAssertTrue((error as? VelocityObjectError)?.message.contains("line 3, column 3") ?? false, "\(error)")
        }
        XCTAssertEqual(variable.bodyError?.line, 3)
        XCTAssertEqual(variable.bodyError?.column, 3)
    }

    func testBadPathThrows() {
        XCTAssertThrowsError(try input("{}").call("path", arguments: [.string("$.a[")]))
    }

    func testParamsLookupOrderAndMissing() throws {
        let variable = input("", header: [("Content-Type", "application/json")])
        XCTAssertEqual(text(try variable.call("params", arguments: [.string("id")])), "7")
        XCTAssertEqual(text(try variable.call("params", arguments: [.string("q")])), "x")
        XCTAssertEqual(text(try variable.call("params", arguments: [.string("content-type")])), "application/json")
        XCTAssertEqual(text(try variable.call("params", arguments: [.string("nope")])), "")
        XCTAssertEqual(text(try variable.call("params", arguments: [])),
                       "{path={id=7}, querystring={q=x, id=shadowed}, header={Content-Type=application/json}}")
    }

    func testBodyProperty() {
        XCTAssertEqual(text(input("raw { text").property("body")), "raw { text")
    }
}
