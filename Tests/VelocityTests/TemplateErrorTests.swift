// Errors name the template, line and column, print like a compiler, and show a caret.

import Text
import Velocity
import XCTest

final class TemplateErrorTests: XCTestCase {
    func testUnclosedForeachNamesWhereItWasOpened() {
        XCTAssertThrowsError(try Template(source: "#foreach($i in $l)\n  $i\n", name: "template.vm")) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.kind, .syntax)
            XCTAssertEqual(error.location, SourceLocation(line: 3, column: 1))
            XCTAssertEqual(error.headline, "template.vm:3:1: error: #foreach without #end (opened at 1:1)")
        }
    }

    func testErrorPrintsTheSourceLineAndACaretUnderTheColumn() {
        XCTAssertThrowsError(try Template(source: "ok\n#if($a & $b)x#end\n", name: "t.vm")) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.location, SourceLocation(line: 2, column: 8))
            let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
            XCTAssertEqual(lines.count, 3)
            XCTAssertTrue(lines[0].hasPrefix("t.vm:2:8: error: unexpected character '&'"), String(lines[0]))
            XCTAssertEqual(lines[1], "#if($a & $b)x#end")
            XCTAssertEqual(lines[2], "       ^")
        }
    }

    func testStrayEndIsExplained() {
        XCTAssertThrowsError(try Template(source: "a #end b")) { error in
            XCTAssertEqual((error as? TemplateError)?.message, "#end without a matching #if, #foreach, #macro or #define")
            XCTAssertEqual((error as? TemplateError)?.location, SourceLocation(line: 1, column: 3))
        }
    }

    func testRuntimeErrorCarriesThePlaceOfTheCall() throws {
        let template = try Template(source: "line one\n  $s.substring(9)", name: "r.vm")
        XCTAssertThrowsError(try template.render(context: ["s": .string("abc")])) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.kind, .runtime)
            XCTAssertEqual(error.location, SourceLocation(line: 2, column: 6))
            XCTAssertTrue(error.message.contains("substring"), error.message)
            XCTAssertEqual(error.sourceLine, "  $s.substring(9)")
        }
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertThrowsError(try Template(source: "héllo wörld #if(")) { error in
            XCTAssertEqual((error as? TemplateError)?.location.line, 1)
            XCTAssertEqual((error as? TemplateError)?.location.column, 17)
        }
    }

    func testErrorInsideAnInterpolatedStringPointsIntoTheString() {
        XCTAssertThrowsError(try Template(source: "#set($s = \"ab #if(\")")) { error in
            XCTAssertEqual((error as? TemplateError)?.location.line, 1)
            XCTAssertGreaterThan((error as? TemplateError)?.location.column ?? 0, 11)
        }
    }
}
