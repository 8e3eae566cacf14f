@testable import TerminalUI
import XCTest

/// A paste is one edit: exact text, one undo step, no auto-indent, no key bindings.
final class PasteEditingTests: XCTestCase {
    private let viewport = Size(rows: 10, columns: 60)

    func testAPasteIsInsertedExactlyWithoutAutoIndentAndUndoesInOneStep() {
        var editor = TextEditorState(text: "#if($a)\n  x", language: .template(mediaType: "application/json"))
        editor.moveCursor(to: TextPosition(line: 1, column: 3))
        var clipboard = ""
        _ = editor.handle(.character("y"), viewport: viewport, clipboard: &clipboard)
        let pasted = "{\n\"a\": [\n1,\n\t2\n]\n}\n#end"
        XCTAssertEqual(editor.paste(pasted, viewport: viewport), .edited)
        XCTAssertEqual(editor.text, "#if($a)\n  xy" + pasted)
        XCTAssertEqual(editor.cursor, TextPosition(line: 7, column: 4))
        XCTAssertTrue(editor.undo())
        XCTAssertEqual(editor.text, "#if($a)\n  xy", "one undo takes back the paste and nothing typed before it")
        XCTAssertTrue(editor.undo())
        XCTAssertEqual(editor.text, "#if($a)\n  x")
    }

    func testTypingTheSameTextAutoIndentsWhichIsWhyAPasteMustNotBeTyped() {
        var editor = TextEditorState(text: "", language: .template(mediaType: "application/json"))
        var clipboard = ""
        for key in InputEvent.keys(typing: "{\n\"a\": 1\n}") { _ = editor.handle(key, viewport: viewport, clipboard: &clipboard) }
        XCTAssertNotEqual(editor.text, "{\n\"a\": 1\n}")
    }

    func testAPasteReplacesTheSelectionAndNormalizesCarriageReturns() {
        var editor = TextEditorState(text: "keep REPLACE keep")
        editor.moveCursor(to: TextPosition(line: 0, column: 5))
        var clipboard = ""
        for _ in 0..<7 { _ = editor.handle(.shiftRight, viewport: viewport, clipboard: &clipboard) }
        _ = editor.paste("a\r\nb\rc", viewport: viewport)
        XCTAssertEqual(editor.text, "keep a\nb\nc keep")
        XCTAssertTrue(editor.undo())
        XCTAssertEqual(editor.text, "keep REPLACE keep")
    }

    func testAPasteWhileSearchingGoesIntoTheSearchPrompt() {
        var editor = TextEditorState(text: "abc")
        var clipboard = ""
        _ = editor.handle(.control("f"), viewport: viewport, clipboard: &clipboard)
        XCTAssertEqual(editor.paste("needle\n", viewport: viewport), .moved)
        XCTAssertEqual(editor.search?.text, "needle")
        XCTAssertEqual(editor.text, "abc")
    }

    func testAOneLineFieldTakesAPasteAsOneLine() {
        var input = TextInput("ab")
        input.paste("x\ty\r\nz\n")
        XCTAssertEqual(input.text, "abx y z")
        XCTAssertEqual(input.cursor, 7)
        var pattern = TextInput()
        pattern.paste(".*4\\d{2}.*\u{1B}\n")
        XCTAssertEqual(pattern.text, ".*4\\d{2}.*", "control characters are left out")
    }
}
