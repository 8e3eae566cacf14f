// The engine configuration: the invalid reference handler is asked exactly where Velocity 1.7
// asks it (names and places as Velocity's Info gives them, checked against
// Tools/velocity-oracle --gateway runs), and the default configuration is stock Velocity.

import Text
import Velocity
import XCTest

/// A handler answering with a marker, so tests see where its answer lands.
private struct MarkerHandler: InvalidReferenceEventHandler {
    func invalidGetMethod(_ reference: InvalidReference) -> Value? { .string("<get \(reference.reference)>") }
    func invalidSetMethod(_ reference: InvalidReference) {}
    func invalidMethod(_ reference: InvalidReference) -> Value? { .string("<method \(reference.reference)>") }
}

/// A handler that declines (nil), as a Velocity handler returning null does.
private struct DecliningHandler: InvalidReferenceEventHandler {
    func invalidGetMethod(_ reference: InvalidReference) -> Value? { nil }
    func invalidSetMethod(_ reference: InvalidReference) {}
    func invalidMethod(_ reference: InvalidReference) -> Value? { nil }
}

final class InvalidReferenceHandlerTests: XCTestCase {
    private func render(_ source: String, _ configuration: EngineConfiguration,
                        context: [String: Value] = [:]) throws -> (text: String, report: RenderReport) {
        let template = try Template(source: source, configuration: configuration)
        let result = try template.renderReporting(variables: context.map { (key: $0.key, value: $0.value) })
        return (String(decoding: result.utf8, as: UTF8.self), result.report)
    }

    private var emptyAnswer: EngineConfiguration {
        EngineConfiguration(invalidReferenceHandler: ConstantInvalidReferenceHandler(text: ""))
    }

    func testHandlerAnswerReplacesTheNullWhereverTheReferenceIsUsed() throws {
        let map = VMap()
        map["k"] = .string("v")
        let result = try render("[$x][$m.k.foo()][$m.nope.deeper][$x.y.z]", EngineConfiguration(invalidReferenceHandler: MarkerHandler()),
                                context: ["m": .map(map)])
        // Velocity names the reference up to the failing step; a null root skips the rest.
        XCTAssertEqual(result.text, "[<get $x>][<method $m.k.foo()>][<get $m.nope>][<get $x>]")
    }

    func testEventsCarryVelocitysNamesAndPlaces() throws {
        // Velocity 1.7 reports (Info): GET $x 1:3, GET $!x 1:9, GET $x 2:3 (an escaped reference starts
        // at its backslash), SET y 3:1 (the `#` of `#set`).
        let result = try render("a[$x] b[$!x]\nc[\\$x]\n#set($y = $n - 1)", emptyAnswer, context: ["n": .string("s")])
        XCTAssertEqual(result.report.invalidReferences.map(\.reference), ["$x", "$!x", "$x", "y"])
        XCTAssertEqual(result.report.invalidReferences.map(\.kind), [.getMethod, .getMethod, .getMethod, .setMethod])
        XCTAssertEqual(result.report.invalidReferences.map(\.location), [
            SourceLocation(line: 1, column: 3), SourceLocation(line: 1, column: 9),
            SourceLocation(line: 2, column: 3), SourceLocation(line: 3, column: 1),
        ])
        XCTAssertEqual(result.report.invalidSetCount, 1)
        XCTAssertEqual(result.text, "a[] b[]\nc[$x]\n")
    }

    func testQuietReferencesAreNamedWithTheirBang() throws {
        // Velocity 1.7: GET $!m.nope 1:2, METHOD $!m.k.foo() 1:12, GET $m.nope 1:27.
        let map = VMap()
        map["k"] = .string("v")
        let result = try render("[$!m.nope][$!{m.k.foo()}][${m.nope}]", emptyAnswer, context: ["m": .map(map)])
        XCTAssertEqual(result.report.invalidReferences, [
            InvalidReference(kind: .getMethod, reference: "$!m.nope", member: "nope", text: "$!m.nope", location: SourceLocation(line: 1, column: 2)),
            InvalidReference(kind: .method, reference: "$!m.k.foo()", member: "foo", text: "$!{m.k.foo()}", location: SourceLocation(line: 1, column: 12)),
            InvalidReference(kind: .getMethod, reference: "$m.nope", member: "nope", text: "${m.nope}", location: SourceLocation(line: 1, column: 27)),
        ])
    }

    func testUndefinedIsTrueInIfWhenTheHandlerAnswersEmpty() throws {
        XCTAssertEqual(try render("#if($missing)yes#end", emptyAnswer).text, "yes")
        XCTAssertEqual(try render("#if(!$missing)yes#else no#end", emptyAnswer).text, " no")
        XCTAssertEqual(try render("#if($missing)yes#else no#end", EngineConfiguration()).text, " no")
    }

    func testADecliningHandlerIsStockVelocity() throws {
        let source = "[$x][\\$x]#if($x)t#else f#end"
        let declined = try render(source, EngineConfiguration(invalidReferenceHandler: DecliningHandler()))
        XCTAssertEqual(declined.text, try render(source, EngineConfiguration()).text)
        XCTAssertEqual(declined.report.invalidReferenceCount, 3)
    }

    func testDefaultConfigurationReportsNothing() throws {
        let result = try render("$a $b.c #set($d = $e)", EngineConfiguration())
        XCTAssertEqual(result.report, RenderReport())
    }

    func testReportKeepsTheFirstEventsAndCountsAll() throws {
        let result = try render("#foreach($i in [1..100])$missing#end", emptyAnswer)
        XCTAssertEqual(result.report.invalidReferenceCount, 100)
        XCTAssertEqual(result.report.invalidReferences.count, RenderReport.keptInvalidReferences)
    }

    func testRefusedInlineMacroPrintsItsCallAsWritten() throws {
        let source = "#macro(greet $n)Hi $n#end#greet(\"Bob\" $x)"
        XCTAssertEqual(try render(source, EngineConfiguration(allowsInlineMacros: false)).text, "#greet(\"Bob\" $x)")
        XCTAssertEqual(try render(source, EngineConfiguration()).text, "Hi Bob")
    }

    func testAbsentDirectiveIsAMacroCallPrintedAsWritten() throws {
        let configuration = EngineConfiguration(directives: EngineConfiguration.velocityDirectives.subtracting(["evaluate"]))
        XCTAssertEqual(try render("#evaluate('$a')", configuration, context: ["a": .integer(1)]).text, "#evaluate('$a')")
        XCTAssertEqual(try render("#evaluate('$a')", EngineConfiguration(), context: ["a": .integer(1)]).text, "1")
    }

    func testIncludeAndParseFailWithTheirPlace() throws {
        for directive in ["include", "parse"] {
            XCTAssertThrowsError(try render("ok\n  #\(directive)(\"x.vm\")", emptyAnswer)) { error in
                guard let error = error as? TemplateError else { return XCTFail("not a TemplateError: \(error)") }
                XCTAssertEqual(error.location, SourceLocation(line: 2, column: 3))
                XCTAssertTrue(error.message.contains("#\(directive)"), error.message)
            }
        }
    }
}
