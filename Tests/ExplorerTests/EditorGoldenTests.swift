import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// The form, the template editor, the preview and the save diff on a virtual terminal,
/// compared with golden text grids.
final class EditorGoldenTests: XCTestCase {
    private func openForm(rows: Int, columns: Int, status: String = "200") async -> Harness {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: rows, columns: columns)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        let index = harness.state.visibleResponses.firstIndex { harness.state.currentMethod?.integration?.integrationResponses[$0].statusCode == status } ?? 0
        for _ in 0..<index { await harness.press(.down) }
        await harness.press(.character("e"))
        return harness
    }

    func testFormNarrow() async {
        let harness = await openForm(rows: 26, columns: 100)
        harness.assertScreen("editor-form-narrow")
    }

    func testFormWideWithPreview() async {
        let harness = await openForm(rows: 32, columns: 150)
        harness.assertScreen("editor-form-wide")
    }

    func testPatternErrorShowsUnderTheField() async {
        let harness = await openForm(rows: 20, columns: 100, status: "500")
        await harness.press(.tab, .end)
        await harness.type("[")
        harness.assertScreen("editor-pattern-error")
    }

    func testTemplateEditorWithSelectionAndCJK() async {
        let harness = await openForm(rows: 26, columns: 100)
        await harness.press(.backTab, .enter, .down, .down, .down, .end, .shiftLeft, .shiftLeft, .shiftLeft)
        harness.assertScreen("editor-template-selection")
    }

    func testNarrowPreviewToggle() async {
        let harness = await openForm(rows: 26, columns: 100)
        await harness.press(.control("p"))
        harness.assertScreen("editor-preview-narrow")
    }

    func testSaveDiff() async {
        let harness = await openForm(rows: 30, columns: 100)
        await harness.press(.backTab, .enter, .down, .end, .enter)
        await harness.type("\"new\": true,")
        await harness.press(.escape, .control("s"))
        harness.assertScreen("editor-save-diff")
    }
}
