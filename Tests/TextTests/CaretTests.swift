import Text
import XCTest

final class CaretTests: XCTestCase {
    func testCaretSitsUnderTheColumnOfAnASCIILine() {
        XCTAssertEqual(Caret.excerpt(line: "abc def", column: 5), "abc def\n    ^")
    }

    func testWideCharactersBeforeTheCaretTakeTwoCells() {
        // 日本語 are three scalars, six cells; column 4 is the `x`.
        XCTAssertEqual(Caret.excerpt(line: "日本語x", column: 4), "日本語x\n      ^")
    }

    func testCombiningMarksTakeNoCell() {
        // `e` + U+0301 are two scalars drawn in one cell; column 3 is the `x`.
        XCTAssertEqual(Caret.excerpt(line: "e\u{301}x", column: 3), "e\u{301}x\n ^")
    }

    func testTabsAreCopiedSoTheCaretLinesUp() {
        XCTAssertEqual(Caret.excerpt(line: "\t\tx", column: 3), "\t\tx\n\t\t^")
    }

    func testAColumnPastTheEndPointsJustAfterTheLine() {
        XCTAssertEqual(Caret.excerpt(line: "ab", column: 9), "ab\n  ^")
        XCTAssertEqual(Caret.excerpt(line: "", column: 1), "\n^")
    }

    func testALongLineIsClippedAroundTheCaret() {
        let line = String(repeating: "a", count: 200) + "X" + String(repeating: "b", count: 200)
        let excerpt = Caret.excerpt(line: line, column: 201, width: 60)
        let parts = excerpt.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(parts.count, 2)
        let shown = String(parts[0])
        XCTAssertTrue(shown.hasPrefix("…a"), shown)
        XCTAssertTrue(shown.hasSuffix("b…"), shown)
        XCTAssertLessThanOrEqual(DisplayWidth.of(shown), 62)
        XCTAssertEqual(Array(shown)[parts[1].count - 1], "X", excerpt)
        XCTAssertEqual(parts[1].last, "^")
    }

    func testALongLineWithTheCaretNearItsStartIsCutOnlyAtTheEnd() {
        let line = "x" + String(repeating: "b", count: 300)
        let excerpt = Caret.excerpt(line: line, column: 1, width: 40)
        XCTAssertEqual(excerpt, "x" + String(repeating: "b", count: 39) + "…\n^")
    }

    func testPlaceDiagnosticIsFileLineColumnSeverityMessageThenTheCaret() {
        let place = SourcePlace(file: "api.json", line: 3, column: 2, lineText: "{x")
        XCTAssertEqual(place.diagnostic("expected a string"), "api.json:3:2: error: expected a string\n{x\n ^")
        XCTAssertEqual(place.headline("odd", severity: "note"), "api.json:3:2: note: odd")
    }
}
