import XCTest
@testable import TerminalUI

final class ScreenBufferTests: XCTestCase {
    func testWideCharacterTakesTwoCells() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 6))
        let end = buffer.write("a名b", row: 0, column: 0)
        XCTAssertEqual(end, 4)
        XCTAssertEqual(buffer[0, 1].width, 2)
        XCTAssertTrue(buffer[0, 2].isContinuation)
        XCTAssertEqual(buffer.lines, ["a名b"])
    }

    func testWideCharacterThatDoesNotFitBecomesABlank() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 3))
        buffer.write("ab名", row: 0, column: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), "ab ")
        var limited = ScreenBuffer(size: Size(rows: 1, columns: 6))
        limited.write("x名", row: 0, column: 0, limit: 2)
        XCTAssertEqual(limited.text(ofRow: 0), "x     ")
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 4))
        buffer.write("名前", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        XCTAssertEqual(buffer.text(ofRow: 0), " x前")
        buffer.write("y", row: 0, column: 2)
        XCTAssertEqual(buffer.text(ofRow: 0), " xy ")
    }

    func testChangesListOnlyDifferingCells() {
        var first = ScreenBuffer(size: Size(rows: 2, columns: 5))
        first.write("hello", row: 0, column: 0)
        var second = first
        second.write("J", row: 1, column: 2)
        let changes = second.changes(since: first)
        XCTAssertEqual(changes.map { [$0.row, $0.column] }, [[1, 2]])
        XCTAssertEqual(second.changes(since: second).count, 0)
        XCTAssertEqual(second.changes(since: nil).count, 10)
    }

    func testChangesListEveryCellWhenTheSizeChanged() {
        let small = ScreenBuffer(size: Size(rows: 1, columns: 2))
        let large = ScreenBuffer(size: Size(rows: 2, columns: 2))
        XCTAssertEqual(large.changes(since: small).count, 4)
    }

    func testStyleChangeIsAChange() {
        let first = ScreenBuffer(size: Size(rows: 1, columns: 3))
        var second = first
        second.restyle(row: 0, columns: 0..<1) { _ in Style(bold: true) }
        XCTAssertEqual(second.changes(since: first).count, 1)
    }

    func testLinesTrimTrailingBlanks() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 8))
        buffer.write("ab", row: 0, column: 1)
        XCTAssertEqual(buffer.lines, [" ab", ""])
    }

    func testTabsAndNewlinesBecomeSpaces() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 6))
        buffer.write("a\tb\nc", row: 0, column: 0)
        XCTAssertEqual(buffer.text(ofRow: 0), "a b c ")
    }
}
