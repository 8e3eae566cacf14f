import XCTest
@testable import TerminalUI

final class WidgetTests: XCTestCase {
    func testListStateClampsAndScrolls() {
        var list = ListState()
        list.move(by: 5, count: 3, height: 2)
        XCTAssertEqual(list.cursor, 2)
        XCTAssertEqual(list.offset, 1)
        list.move(by: -10, count: 3, height: 2)
        XCTAssertEqual(list.cursor, 0)
        XCTAssertEqual(list.offset, 0)
        list.page(1, count: 100, height: 10)
        XCTAssertEqual(list.cursor, 9)
        XCTAssertEqual(list.visibleRange(count: 100, height: 10), 0..<10)
        list.select(99, count: 100, height: 10)
        XCTAssertEqual(list.visibleRange(count: 100, height: 10), 90..<100)
    }

    func testListViewDrawsOnlyVisibleRowsAndMarksTheCursor() {
        var buffer = ScreenBuffer(size: Size(rows: 3, columns: 10))
        var asked: [Int] = []
        let state = ListState(cursor: 50, offset: 49)
        ListView.draw(into: &buffer, rect: Rect(row: 0, column: 0, height: 3, width: 10), count: 1000, state: state) { index in
            asked.append(index)
            return [Span("row \(index)")]
        }
        XCTAssertEqual(asked, [49, 50, 51])
        XCTAssertEqual(buffer[1, 0].style, Theme.standard.selection)
        XCTAssertEqual(ListView.index(atScreenRow: 2, rect: Rect(row: 0, column: 0, height: 3, width: 10), count: 1000, state: state), 51)
    }

    func testTableAlignsColumns() {
        var buffer = ScreenBuffer(size: Size(rows: 3, columns: 20))
        TableView.draw(into: &buffer, rect: Rect(row: 0, column: 0, height: 3, width: 20),
                       columns: [TableColumn("A"), TableColumn("N", alignRight: true), TableColumn("C")],
                       rows: [[Span("名前"), Span("1"), Span("x")], [Span("b"), Span("22"), Span("y")]], state: ListState())
        XCTAssertEqual(buffer.lines, [" A     N C", " 名前  1 x", " b    22 y"])
    }

    func testTreeGuides() {
        XCTAssertEqual(TreeRow(depth: 0, ancestorsAreLast: [], isLast: true, expansion: .expanded).guide, "▾ ")
        XCTAssertEqual(TreeRow(depth: 2, ancestorsAreLast: [true, false], isLast: true, expansion: .leaf).guide, "│  └─ ")
    }

    func testTextInputEditing() {
        var input = TextInput("pets")
        XCTAssertTrue(input.handle(.backspace))
        XCTAssertTrue(input.handle(.home))
        XCTAssertTrue(input.handle(.character("/")))
        XCTAssertEqual(input.text, "/pet")
        XCTAssertTrue(input.handle(.end))
        XCTAssertTrue(input.handle(.character("名")))
        XCTAssertEqual(input.text, "/pet名")
        XCTAssertTrue(input.handle(.control("u")))
        XCTAssertEqual(input.text, "")
        XCTAssertFalse(input.handle(.enter))
    }

    func testFooterDropsHintsThatDoNotFit() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 20))
        Footer.draw(into: &buffer, row: 0, width: 20, hints: [KeyHint("q", "quit"), KeyHint("?", "help"), KeyHint("Enter", "open")])
        XCTAssertEqual(buffer.lines, [" q  quit  ?  help"], "the third hint does not fit")
    }

    func testTabBarMarksTheSelectedTab() {
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 40))
        let ranges = TabBar.draw(into: &buffer, rect: Rect(row: 0, column: 0, height: 1, width: 40), titles: ["application/json", "text/xml"], selected: 1)
        XCTAssertEqual(buffer.lines, [" 1 application/json   2 text/xml"])
        XCTAssertEqual(buffer[0, ranges[1].lowerBound].style, Theme.standard.tabActive)
    }

    func testTextViewNumbersLines() {
        var buffer = ScreenBuffer(size: Size(rows: 2, columns: 12))
        TextView.draw(into: &buffer, rect: Rect(row: 0, column: 0, height: 2, width: 12), lines: [[Span("a")], [Span("b")], [Span("c")]], firstLine: 1)
        XCTAssertTrue(buffer.lines[0].hasPrefix("  2  b"))
        XCTAssertTrue(buffer.lines[1].hasPrefix("  3  c"))
    }

    func testModalIsCentredWithATitle() {
        var buffer = ScreenBuffer(size: Size(rows: 5, columns: 20))
        Modal.draw(into: &buffer, screen: buffer.bounds, title: "Hi", lines: [[Span("body")]])
        XCTAssertEqual(buffer.lines[1], "     ╭─ Hi ───╮")
        XCTAssertEqual(buffer.lines[2], "     │ body   │")
    }

    func testSpinnerCycles() {
        XCTAssertEqual(Spinner.frame(0), Spinner.frame(Spinner.frames.count))
        XCTAssertNotEqual(Spinner.frame(0), Spinner.frame(1))
    }

    func testBasicColourFallback() {
        XCTAssertEqual(Color.indexed(196).basic, .indexed(1))
        XCTAssertEqual(Color.indexed(9).basic, .indexed(1))
        XCTAssertEqual(Color.indexed(250).basic, .indexed(7))
        XCTAssertEqual(Color.default.basic, .default)
    }
}
