import XCTest
@testable import TerminalUI

/// The text editor widget at the keystroke level: typing, movement over wide characters,
/// selection, clipboard, undo, search, indentation, matching and marks.
final class TextEditorTests: XCTestCase {
    private var clipboard = ""
    private let viewport = Size(rows: 10, columns: 40)

    @discardableResult
    private func press(_ editor: inout TextEditorState, _ keys: Key...) -> [TextEditorOutcome] {
        keys.map { editor.handle($0, viewport: viewport, clipboard: &clipboard) }
    }

    private func type(_ editor: inout TextEditorState, _ text: String) {
        for character in text {
            if character == "\n" { press(&editor, .enter) } else { press(&editor, .character(character)) }
        }
    }

    func testTypingInsertsAtTheCursorAndEnterSplitsLines() {
        var editor = TextEditorState(text: "ac")
        press(&editor, .right)
        type(&editor, "b\nd")
        XCTAssertEqual(editor.text, "ab\ndc")
        XCTAssertEqual(editor.cursor, TextPosition(line: 1, column: 1))
    }

    func testBackspaceAndDeleteJoinLines() {
        var editor = TextEditorState(text: "ab\ncd")
        editor.moveCursor(to: TextPosition(line: 1, column: 0))
        press(&editor, .backspace)
        XCTAssertEqual(editor.text, "abcd")
        press(&editor, .end, .delete, .home, .delete)
        XCTAssertEqual(editor.text, "bcd")
    }

    func testVerticalMovesKeepTheDisplayColumnAcrossWideCharacters() {
        // "名前" is four columns wide: column 4 on the next line is after "ab12".
        var editor = TextEditorState(text: "名前x\nab12y")
        press(&editor, .right, .right, .down)
        XCTAssertEqual(editor.cursor, TextPosition(line: 1, column: 4))
        XCTAssertEqual(editor.displayColumn(of: TextPosition(line: 0, column: 2)), 4)
        press(&editor, .up)
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 2))
    }

    func testEmojiIsOneCharacterForTheCursor() {
        var editor = TextEditorState(text: "👍🏽ok")
        press(&editor, .right, .backspace)
        XCTAssertEqual(editor.text, "ok")
    }

    func testShiftArrowsSelectAndTypingReplacesTheSelection() {
        var editor = TextEditorState(text: "hello world")
        press(&editor, .shiftRight, .shiftRight, .shiftRight, .shiftRight, .shiftRight)
        XCTAssertEqual(editor.selectedText, "hello")
        type(&editor, "bye")
        XCTAssertEqual(editor.text, "bye world")
        XCTAssertNil(editor.selection)
    }

    func testCopyCutAndPasteUseTheInternalClipboardAndReportOSC52Text() {
        var editor = TextEditorState(text: "one\ntwo")
        press(&editor, .shiftEnd)
        let outcomes = press(&editor, .control("c"))
        XCTAssertEqual(outcomes, [.copy("one")])
        press(&editor, .pageDown, .control("v"))
        XCTAssertEqual(editor.text, "one\ntwoone")
        editor.moveCursor(to: TextPosition(line: 0, column: 0))
        XCTAssertEqual(press(&editor, .control("x")), [.copy("one\n")])
        XCTAssertEqual(editor.text, "twoone")
    }

    func testUndoMergesTypingAndRedoRestores() {
        var editor = TextEditorState(text: "")
        type(&editor, "abc")
        press(&editor, .enter)
        type(&editor, "d")
        press(&editor, .control("z"))
        XCTAssertEqual(editor.text, "abc\n")
        press(&editor, .control("z"))
        XCTAssertEqual(editor.text, "abc")
        press(&editor, .control("z"))
        XCTAssertEqual(editor.text, "")
        press(&editor, .control("y"), .control("y"), .control("y"))
        XCTAssertEqual(editor.text, "abc\nd")
    }

    func testSearchFindsAsYouTypeAndWraps() {
        var editor = TextEditorState(text: "foo bar\nbaz bar")
        press(&editor, .control("f"))
        type(&editor, "bar")
        XCTAssertEqual(editor.selection, TextPosition(line: 0, column: 4)..<TextPosition(line: 0, column: 7))
        press(&editor, .enter)
        XCTAssertEqual(editor.selection?.lowerBound, TextPosition(line: 1, column: 4))
        press(&editor, .enter)
        XCTAssertEqual(editor.selection?.lowerBound, TextPosition(line: 0, column: 4), "wraps to the top")
        press(&editor, .escape)
        XCTAssertNil(editor.search)
        press(&editor, .character("x"))
        XCTAssertEqual(editor.text, "foo x\nbaz bar")
    }

    func testEnterAutoIndentsAfterABraceAndADirective() {
        var editor = TextEditorState(text: "")
        type(&editor, "{\n\"a\": 1,\n#if($x)\ny\n#end\n}")
        XCTAssertEqual(editor.text, "{\n  \"a\": 1,\n  #if($x)\n    y\n  #end\n}")
    }

    func testTabIndentsSelectedLinesAndShiftTabDedents() {
        var editor = TextEditorState(text: "a\nb\nc")
        press(&editor, .shiftDown, .shiftDown, .tab)
        XCTAssertEqual(editor.text, "  a\n  b\nc")
        press(&editor, .backTab)
        XCTAssertEqual(editor.text, "a\nb\nc")
    }

    func testMatchingFindsBracketsAndIfEnd() {
        var editor = TextEditorState(text: "#if($a)\n  #foreach($x in $l)\n  (x)\n  #end\n#else\n#end")
        XCTAssertEqual(editor.matchingPosition(for: TextPosition(line: 0, column: 0)), TextPosition(line: 5, column: 0))
        XCTAssertEqual(editor.matchingPosition(for: TextPosition(line: 3, column: 2)), TextPosition(line: 1, column: 2))
        XCTAssertEqual(editor.matchingPosition(for: TextPosition(line: 4, column: 0)), TextPosition(line: 0, column: 0))
        XCTAssertEqual(editor.matchingPosition(for: TextPosition(line: 2, column: 4)), TextPosition(line: 2, column: 2))
        editor.moveCursor(to: TextPosition(line: 0, column: 3))
        press(&editor, .control("k"))
        XCTAssertEqual(editor.cursor, TextPosition(line: 0, column: 6))
    }

    func testJumpToErrorGoesToTheNextMarkAndShowsItsMessage() {
        var editor = TextEditorState(text: "a\nb\nc")
        editor.marks = [TextMark(position: TextPosition(line: 2, column: 0), message: "boom")]
        press(&editor, .control("g"))
        XCTAssertEqual(editor.cursor, TextPosition(line: 2, column: 0))
        XCTAssertEqual(editor.message, "boom")
    }

    func testEndDirectiveTypedOnItsOwnLineLinesUpWithItsIf() {
        var editor = TextEditorState(text: "")
        type(&editor, "#if($a)\nx\n#end")
        XCTAssertEqual(editor.text, "#if($a)\n  x\n#end")
    }

    func testViewShowsNumbersCursorAndWideCharacters() {
        var editor = TextEditorState(text: "{\"名前\": 1}\nsecond", language: .json)
        press(&editor, .down)
        var buffer = ScreenBuffer(size: Size(rows: 3, columns: 20))
        TextEditorView.draw(into: &buffer, rect: buffer.bounds, state: editor, focused: true)
        XCTAssertEqual(buffer.lines, ["  1  {\"名前\": 1}", "  2  second", ""])
        XCTAssertTrue(buffer[1, 5].style.reverse, "the cursor cell is reversed")
    }

    func testViewScrollsHorizontallyToTheCursor() {
        var editor = TextEditorState(text: String(repeating: "x", count: 30) + "END")
        press(&editor, .end)
        var buffer = ScreenBuffer(size: Size(rows: 1, columns: 20))
        _ = editor.handle(.end, viewport: TextEditorView.viewport(for: buffer.bounds, state: editor), clipboard: &clipboard)
        TextEditorView.draw(into: &buffer, rect: buffer.bounds, state: editor, focused: true)
        XCTAssertTrue(buffer.lines[0].hasSuffix("END"), buffer.lines[0])
    }
}
