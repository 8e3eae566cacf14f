import XCTest
@testable import Mapping

final class JSONSerializationTests: XCTestCase {
    func testCompactJSONMatchesJSONSmart() throws {
        // Expected text printed by json-smart 2.2 JSONValue.toJSONString (Debian libjson-smart-java).
        let value = try JSONParser.parse(#"{"a":1.50,"b":1e3,"c":12345678901,"d":123456789012345678901234,"e":"x/y\u00e9\t","f":[1,"x",{"a":true}],"g":null,"h":-0,"i":1E-7,"j":3.14159265358979323846,"k":0.1,"l":1e300,"m":100.0,"n":1.0e2}"#)
        XCTAssertEqual(value.compactJSON,
                       #"{"a":1.5,"b":1000.0,"c":12345678901,"d":123456789012345678901234,"e":"x\/yé\t","f":[1,"x",{"a":true}],"g":null,"h":0,"i":1.0E-7,"j":3.14159265358979323846,"k":0.1,"l":1.0E300,"m":100.0,"n":100.0}"#)
    }

    func testStringEscapingMatchesJSONSmart() {
        var output = ""
        JSONStringEscaping.appendJSONSmartEscaped("a/b\"\\\u{1}\u{7f}\u{80}é\u{2028}😀", to: &output)
        XCTAssertEqual(output, #"a\/b\"\\\u0001\u007F\u0080é\u2028😀"#)
    }

    func testJavaDoubleToString() {
        let cases: [(Double, String)] = [
            (1.5, "1.5"), (1000, "1000.0"), (1e7, "1.0E7"), (9_999_999, "9999999.0"), (0.001, "0.001"),
            (0.0001, "1.0E-4"), (1e-7, "1.0E-7"), (123_456_789.5, "1.234567895E8"), (-2.5, "-2.5"),
            (0, "0.0"), (0.1 + 0.2, "0.30000000000000004"), (1e300, "1.0E300"), (12.0, "12.0"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(JavaNumber.javaDoubleString(value), expected, "\(value)")
        }
    }

    func testNumbersClassifyAsJSONSmartDoes() {
        XCTAssertEqual(JavaNumber(jsonText: "42"), .integer(42))
        XCTAssertEqual(JavaNumber(jsonText: "-0"), .integer(0))
        XCTAssertEqual(JavaNumber(jsonText: "12345678901"), .integer(12_345_678_901))
        XCTAssertEqual(JavaNumber(jsonText: "123456789012345678901234"), .bigInteger("123456789012345678901234"))
        XCTAssertEqual(JavaNumber(jsonText: "1.50"), .double(1.5))
        XCTAssertEqual(JavaNumber(jsonText: "3.14159265358979323846"), .bigDecimal("3.14159265358979323846"))
        XCTAssertEqual(JavaNumber(jsonText: "1.2345678901234567890e5"), .bigDecimal("123456.78901234567890"))
        XCTAssertEqual(JavaNumber(jsonText: "0.0000000000000000000012"), .bigDecimal("1.2E-21"))
    }
}
