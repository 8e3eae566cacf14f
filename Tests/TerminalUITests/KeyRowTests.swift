import XCTest
@testable import TerminalUI

/// The text field's and the editor's keys are tables: a key with no row (and no character to
/// type) is left to the caller, and the help lists rows of the same table.
final class KeyRowTests: XCTestCase {
    static let universe: [Key] = "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        + [.up, .down, .left, .right, .enter, .escape, .backspace, .tab, .backTab, .delete, .pageUp, .pageDown, .home, .end,
           .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .shiftHome, .shiftEnd, .function(1), .function(3)]

    func testTheTextFieldLeavesKeysWithoutARowToTheCaller() {
        for key in Self.universe {
            var input = TextInput("hello world")
            let handled = input.handle(key)
            let hasRow = TextInput.keys.contains { $0.keys.contains(key) }
            XCTAssertEqual(handled, hasRow, "\(key.label)")
            if !hasRow { XCTAssertEqual(input, TextInput("hello world"), "\(key.label) changed the field") }
        }
    }

    func testTheEditorLeavesKeysWithoutARowToTheCaller() {
        for key in Self.universe {
            var editor = TextEditorState(text: "{\n  \"a\": 1\n}", language: .plain)
            var clipboard = "x"
            let outcome = editor.handle(key, viewport: Size(rows: 10, columns: 40), clipboard: &clipboard)
            let hasRow = TextEditorState.keys.contains { $0.keys.contains(key) }
            XCTAssertEqual(outcome == .ignored, !hasRow, "\(key.label): \(outcome)")
        }
        XCTAssertEqual(TextEditorState.bindings.first?.keys, "Shift-arrows", "the help is drawn from the table")
        XCTAssertTrue(TextEditorState.bindings.contains { $0.keys == "Ctrl-Z / Ctrl-Y" && $0.short == "undo/redo" })
    }
}
