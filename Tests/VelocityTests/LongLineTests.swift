// A long line parses in linear time, with the same columns: the parser asks for the place of
// every token, and a lookup that counted from the start of the line made one long line
// quadratic (a 110 KB line of `$input.body` took over 20 seconds).

import Text
@testable import Velocity
import XCTest

final class LongLineTests: XCTestCase {
    /// 149,000 references on one line (298 KB, near the 300 KB template limit): counting each
    /// column from the line's start is about 2·10¹⁰ steps, minutes even in a release build; the
    /// test finishing is the proof. The error's column is checked exactly.
    func testALineOfReferencesNearTheSizeLimitParsesAndPlacesItsErrorExactly() {
        let source = String(repeating: "$a", count: 149_000) + "#if("
        XCTAssertThrowsError(try Template(source: source, name: "long.vm")) { error in
            guard let error = error as? TemplateError else { return XCTFail("not a TemplateError") }
            XCTAssertEqual(error.location, SourceLocation(line: 1, column: 298_005))
        }
    }

    /// 290,000 backslashes before `#if` (a fuzzer's find, near the size limit): the lexer's rules
    /// each measured the run again at every pair it stepped through, minutes in all; now once.
    /// Velocity halves an even run and runs the directive (`escaping/backslash_runs`, recorded
    /// from Velocity 1.7, shows it for short runs).
    func testALongRunOfBackslashesBeforeADirectiveIsMeasuredOnce() throws {
        let template = try Template(source: String(repeating: "\\", count: 290_000) + "#if(true)x#end")
        XCTAssertEqual(try template.render(), String(repeating: "\\", count: 145_000) + "x")
    }

    /// Every offset of a long, mixed line (ASCII, two-, three- and four-byte characters, CR,
    /// CR LF): the index gives the line and the column counted by Swift's own Unicode scalars.
    func testLineIndexColumnsAreUnicodeScalarsFromTheLineStartAtEveryOffset() {
        var text = String(repeating: "ab\u{E9}\u{6F22}\u{1F600}$x.y(", count: 3_000)
        text += "\r\n" + String(repeating: "\u{E9}z", count: 500) + "\r" + String(repeating: "q\u{1F600}", count: 300) + "\n"
        let bytes = Array(text.utf8)
        let index = LineIndex(source: bytes)
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var column = 1
        var offset = 0
        for (position, scalar) in scalars.enumerated() {
            let place = index.location(of: offset, in: bytes)
            guard place == SourceLocation(line: line, column: column) else {
                return XCTFail("offset \(offset): \(place), expected \(line):\(column)")
            }
            offset += UTF8.width(scalar)
            column += 1
            if scalar == "\n" || (scalar == "\r" && (position + 1 == scalars.count || scalars[position + 1] != "\n")) {
                line += 1
                column = 1
            }
        }
        XCTAssertEqual(offset, bytes.count)
        XCTAssertEqual(index.location(of: bytes.count + 10, in: bytes), SourceLocation(line: line, column: 1))
    }

    /// A string literal's parser places its tokens in the enclosing template's coordinates.
    func testLineIndexWithAnOriginShiftsTheFirstLineOnly() {
        let bytes = Array("\u{E9}\u{E9}\nxy".utf8)
        let index = LineIndex(source: bytes, origin: SourceLocation(line: 3, column: 10))
        XCTAssertEqual(index.location(of: 2, in: bytes), SourceLocation(line: 3, column: 11))
        XCTAssertEqual(index.location(of: 6, in: bytes), SourceLocation(line: 4, column: 2))
    }
}
