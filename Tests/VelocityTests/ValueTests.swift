// The Value contract other modules build on: Java printing, JSON printing, shared mutable
// collections, insertion order, custom objects.

import Text
import Velocity
import XCTest

final class ValueTests: XCTestCase {
    func testDoublesPrintLikeJava() {
        let cases: [(Double, String)] = [
            (0.1, "0.1"), (100, "100.0"), (1e7, "1.0E7"), (1e10, "1.0E10"), (1.5e-5, "1.5E-5"), (0.001, "0.001"),
            (9_999_999, "9999999.0"), (-2.5, "-2.5"), (0, "0.0"), (-0.0, "-0.0"), (.infinity, "Infinity"),
            (-.infinity, "-Infinity"), (.nan, "NaN"), (123_456_789.123, "1.23456789123E8"), (0.30000000000000004, "0.30000000000000004"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(JavaNumberFormat.string(value), expected, "\(value)")
        }
    }

    func testJavaAndJSONStylesPrintDifferently() {
        let inner = VMap([("a", .boolean(true))])
        let javaList = VList([.integer(1), .string("x"), .map(inner)])
        XCTAssertEqual(Value.list(javaList).javaString, "[1, x, {a=true}]")
        let jsonList = VList([.integer(1), .string("x/y"), .map(inner), .null], style: .json)
        XCTAssertEqual(Value.list(jsonList).javaString, "[1,\"x\\/y\",{\"a\":true},null]")
    }

    func testMapsKeepInsertionOrderAndReplaceInPlace() {
        let map = VMap([("z", .integer(1)), ("a", .integer(2))])
        map["m"] = .integer(3)
        map["z"] = .integer(9)
        XCTAssertEqual(Value.map(map).javaString, "{z=9, a=2, m=3}")
        map["a"] = nil
        XCTAssertEqual(map.keys, [.string("z"), .string("m")])
    }

    func testListsAreSharedReferencesAcrossMacros() throws {
        let list = VList()
        let template = try Template(source: "#macro(add $l)$l.add('x')#end#add($items)#add($items)")
        _ = try template.render(context: ["items": .list(list)])
        XCTAssertEqual(list.elements.count, 2)
    }

    final class Greeter: VelocityObject {
        func property(_ name: String) -> Value? { name == "name" ? .string("gwx") : nil }
        func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
            switch method {
            case "greet": return .string("hello " + (arguments.first?.javaString ?? ""))
            case "fail": throw VelocityObjectError("greeter failed")
            default: return nil
            }
        }
        var description: String { "Greeter" }
    }

    func testCustomObjectsAnswerPropertiesAndMethods() throws {
        let template = try Template(source: "$g.name $g.greet('you') [$g.nothing()] $g")
        XCTAssertEqual(try template.render(context: ["g": .object(Greeter())]), "gwx hello you [] Greeter")
    }

    func testCustomObjectFailureBecomesALocatedError() throws {
        let template = try Template(source: "\n $g.fail()")
        XCTAssertThrowsError(try template.render(context: ["g": .object(Greeter())])) { error in
            XCTAssertEqual((error as? TemplateError)?.location, SourceLocation(line: 2, column: 5))
            XCTAssertTrue((error as? TemplateError)?.message.contains("greeter failed") ?? false)
        }
    }

    func testStockVelocityPrintsNullReferencesLiterally() throws {
        let template = try Template(source: "$a ${b} $!c $d.e")
        var options = RenderOptions()
        options.nullRendersAsEmpty = false
        XCTAssertEqual(try template.render(options: options), "$a ${b}  $d.e")
        XCTAssertEqual(try template.render(), "   ")
    }

    func testTemplateIsReusableAndIndependentBetweenRenders() throws {
        let template = try Template(source: "#set($n = $n + 1)$n")
        XCTAssertEqual(try template.render(context: ["n": .integer(1)]), "2")
        XCTAssertEqual(try template.render(context: ["n": .integer(1)]), "2")
    }

    func testLargeForeachBuildingJSONRendersCompletely() throws {
        let items = VList((0..<10_000).map { index in
            .map(VMap([("id", .integer(index)), ("name", .string("item \(index)")), ("price", .double(Double(index) / 4))], style: .json))
        }, style: .json)
        var options = RenderOptions()
        options.maxForeachIterations = 20_000
        let template = try Template(source: """
        [#foreach($item in $items){"id": $item.id, "name": "$item.name", "price": $item.price}#if($foreach.hasNext),#end#end]
        """)
        let output = try template.render(context: ["items": .list(items)], options: options)
        XCTAssertTrue(output.hasPrefix("[{\"id\": 0, \"name\": \"item 0\", \"price\": 0.0},"))
        XCTAssertTrue(output.hasSuffix("{\"id\": 9999, \"name\": \"item 9999\", \"price\": 2499.75}]"))
    }
}
