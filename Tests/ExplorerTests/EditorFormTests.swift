import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// The integration-response form through `update`: fields, validation, save and its refusal.
final class EditorFormTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-editor-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// A harness on the pets API with the form open on GET /pets 200 (or a new response).
    private func openForm(_ source: EditorTestSource, status: String? = "200", rows: Int = 30, columns: Int = 100) async -> Harness {
        let harness = Harness(sources: [source], rows: rows, columns: columns)
        harness.journal = DraftJournal(directory: directory.path)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        if let status {
            let index = harness.state.visibleResponses.firstIndex { harness.state.currentMethod?.integration?.integrationResponses[$0].statusCode == status } ?? 0
            for _ in 0..<index { await harness.press(.down) }
            await harness.press(.character("e"))
        } else {
            await harness.press(.character("n"))
        }
        return harness
    }

    func testEOpensTheFormWithTheResponsesFields() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        let form = try? XCTUnwrap(harness.form)
        XCTAssertEqual(form?.status.text, "200")
        XCTAssertEqual(form?.parameters.first?.key, "method.response.header.X-Request-Id")
        XCTAssertEqual(form?.templates.map(\.contentType), ["application/json", "application/xml"])
        XCTAssertEqual(form?.isDirty, false)
    }

    func testReadonlySessionRefusesToEdit() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], readonly: true)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"))
        XCTAssertNil(harness.form)
        XCTAssertTrue(harness.state.banner?.text.contains("Read-only") ?? false)
    }

    func testAnInvalidPatternShowsJavasErrorAndBlocksTheSave() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]), status: "500")
        await harness.press(.tab, .end)
        await harness.type("(")
        XCTAssertEqual(harness.form?.issues.pattern?.hasPrefix("Unclosed group"), true, harness.form?.issues.pattern ?? "no error")
        await harness.press(.control("s"))
        XCTAssertNil(harness.question)
        XCTAssertEqual(harness.form?.message?.isError, true)
        XCTAssertTrue(harness.form?.message?.text.hasPrefix("Cannot save: Selection pattern: Unclosed group") ?? false, harness.form?.message?.text ?? "")
        await harness.press(.backspace)
        XCTAssertNil(harness.form?.issues.pattern)
    }

    func testStatusCodeIsCheckedForRangeAndDuplicates() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        await harness.press(.backspace, .backspace, .backspace)
        await harness.type("99")
        XCTAssertNotNil(harness.form?.issues.status)
        await harness.press(.backspace, .backspace)
        await harness.type("404")
        XCTAssertTrue(harness.form?.issues.status?.contains("already has an integration response 404") ?? false)
        await harness.press(.backspace, .backspace, .backspace)
        await harness.type("201")
        XCTAssertNil(harness.form?.issues.status)
        XCTAssertEqual(harness.form?.issues.statusNote, "no method response 201 yet: saving creates it")
    }

    func testParametersAreAddedFromDeclaredHeadersAndValidated() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        await harness.press(.tab, .tab, .tab)
        XCTAssertEqual(harness.form?.focus, .parameters)
        await harness.press(.character("a"))
        // Content-Type is declared by method response 200 and not mapped yet: offered first.
        XCTAssertEqual(harness.form?.parameters.last?.key, "method.response.header.Content-Type")
        await harness.type("application/json")
        XCTAssertNotNil(harness.form?.issues.parameters[1], "a bare word is not a mapping expression")
        await harness.press(.control("u"))
        await harness.type("'application/json'")
        await harness.press(.enter)
        XCTAssertNil(harness.form?.parameterEdit)
        XCTAssertNil(harness.form?.issues.parameters[1])
        XCTAssertEqual(harness.form?.current.responseParameters["method.response.header.Content-Type"], "'application/json'")
        await harness.press(.character("d"))
        XCTAssertEqual(harness.form?.parameters.count, 1)
    }

    func testAParameterTableLongerThanItsRowsScrollsToTheRowBeingEdited() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]), rows: 40, columns: 120)
        await harness.press(.tab, .tab, .tab)
        await harness.press(.character("a"), .control("u"))  // the declared Content-Type first
        await harness.type("'text/plain'")
        await harness.press(.enter)
        for number in 1...10 {
            await harness.press(.character("a"))
            guard let edit = harness.form?.parameterEdit else { return XCTFail("a did not add a row") }
            if !edit.editingValue {
                await harness.type("X-Extra-\(number)")
                await harness.press(.enter)
            }
            await harness.type("'v\(number)'")
            await harness.press(.enter)
        }
        XCTAssertEqual(harness.form?.parameters.count, 12)
        XCTAssertNil(harness.form?.issues.parameters.values.first { _ in true }, "every row is valid")
        XCTAssertTrue(harness.screen.contains("method.response.header.X-Extra-10"), "the last row, being added, is in view:\n\(harness.screen)")
        XCTAssertFalse(harness.screen.contains("X-Request-Id"), "the first row scrolled away")
        XCTAssertTrue(harness.screen.contains("↑8 ↓0 more"), harness.screen)
        for _ in 0..<11 { await harness.press(.up) }
        XCTAssertEqual(harness.form?.parameterCursor, 0)
        XCTAssertTrue(harness.screen.contains("X-Request-Id"), "moving up brings the first row back:\n\(harness.screen)")
        XCTAssertTrue(harness.screen.contains("↑0 ↓7 more"), harness.screen)
    }

    func testContentHandlingCyclesThroughTheThreeChoices() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        await harness.press(.tab, .tab)
        await harness.press(.right)
        XCTAssertEqual(harness.form?.contentHandling, .convertToText)
        await harness.press(.right)
        XCTAssertEqual(harness.form?.contentHandling, .convertToBinary)
        await harness.press(.right)
        XCTAssertNil(harness.form?.contentHandling)
    }

    func testTemplatesCanBeAddedAndRemoved() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        await harness.press(.backTab)
        XCTAssertEqual(harness.form?.focus, .templates)
        await harness.press(.character("a"))
        await harness.press(.control("u"))
        await harness.type("text/plain")
        await harness.press(.enter)
        XCTAssertEqual(harness.form?.templates.map(\.contentType), ["application/json", "application/xml", "text/plain"])
        XCTAssertEqual(harness.editingTemplate, true)
        await harness.type("hello $input.body")
        await harness.press(.escape, .character("d"), .character("y"))
        XCTAssertEqual(harness.form?.templates.count, 2)
    }

    func testSaveShowsTheDiffThenWritesAndUpdatesTheScreens() async {
        let source = EditorTestSource(definitions: [Fixtures.pets])
        let harness = await openForm(source)
        await harness.press(.tab)
        await harness.type("2\\d{2}")
        await harness.press(.control("s"))
        guard case let .confirmSave(plan, _)? = harness.question else { return XCTFail("no save question") }
        XCTAssertTrue(plan.lines.contains("-selectionPattern: (default)"), plan.lines.joined(separator: "\n"))
        XCTAssertTrue(plan.lines.contains("+selectionPattern: 2\\d{2}"))
        XCTAssertNil(plan.patchOperations, "an export file has no PATCH operations")
        await harness.press(.character("y"))
        XCTAssertNil(harness.form)
        let writes = await source.writes
        XCTAssertEqual(writes, ["save 200"])
        XCTAssertEqual(harness.state.currentMethod?.integration?.integrationResponse(statusCode: "200")?.selectionPattern, "2\\d{2}")
        XCTAssertTrue(harness.state.drafts.isEmpty)
        XCTAssertTrue(harness.state.banner?.text.hasPrefix("Saved /pets GET 200") ?? false)
    }

    func testAWSSaveListsPatchOperationsAndRemindsToDeploy() async {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets])
        let harness = await openForm(source)
        harness.state.awsSources = [0]
        await harness.press(.tab, .tab, .right, .control("s"))
        guard case let .confirmSave(plan, _)? = harness.question else { return XCTFail("no save question") }
        XCTAssertEqual(plan.patchOperations, ["replace /contentHandling CONVERT_TO_TEXT"])
        await harness.press(.enter)
        XCTAssertTrue(harness.state.banner?.text.contains("create-deployment --rest-api-id p3t5api001") ?? false)
    }

    func testANewStatusCreatesTheMethodResponseFirst() async {
        let source = EditorTestSource(definitions: [Fixtures.pets])
        let harness = await openForm(source, status: nil)
        XCTAssertEqual(harness.form?.status.text, "", "every method response of GET /pets already has an integration response")
        await harness.type("418")
        await harness.press(.tab)
        await harness.type("teapot")
        await harness.press(.control("s"), .character("y"))
        let writes = await source.writes
        XCTAssertEqual(writes, ["putMethodResponse 418 ", "save 418"])
        XCTAssertEqual(harness.state.currentMethod?.methodResponse(statusCode: "418")?.statusCode, "418")
    }

    func testAFailedSaveKeepsTheDraftAndShowsTheSourcesMessage() async {
        let source = EditorTestSource(definitions: [Fixtures.pets])
        await source.setFailNextSave("BadRequestException: Invalid mapping expression")
        let harness = await openForm(source)
        await harness.press(.tab)
        await harness.type("x")
        await harness.press(.control("s"), .character("y"))
        XCTAssertNotNil(harness.form)
        XCTAssertEqual(harness.form?.message?.text, "Save failed, your draft is kept: BadRequestException: Invalid mapping expression (request ID req-42)")
        XCTAssertEqual(harness.state.drafts.count, 1)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        XCTAssertEqual(files.filter { $0.hasSuffix(".json") }.count, 1, "the draft is still on disk: \(files)")
    }

    func testExternalEditorReplacesTheTemplateAndUndoBringsItBack() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        harness.externalEditor = { $0.uppercased() + "\n" }
        await harness.press(.backTab, .character("e"))
        let edited = harness.form?.templates[0].editor.text
        XCTAssertEqual(edited, Fixtures.petsTemplate.uppercased())
        await harness.press(.enter, .control("z"))
        XCTAssertEqual(harness.form?.templates[0].editor.text, Fixtures.petsTemplate)
    }

    func testPreviewRunsAreCoalescedWhileOneIsRunning() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        harness.holdPreviews = true
        await harness.press(.tab)
        await harness.type("abc")
        XCTAssertEqual(harness.heldPreviews.count, 1, "one run at a time; later edits only mark it stale")
        XCTAssertEqual(harness.form?.preview.stale, true)
        await harness.releasePreviews()
        XCTAssertEqual(harness.form?.preview.stale, false)
        XCTAssertNil(harness.form?.preview.running)
        XCTAssertNotNil(harness.form?.preview.outcome)
    }

    func testQuittingWithDraftsAsksFirst() async {
        let harness = await openForm(EditorTestSource(definitions: [Fixtures.pets]))
        await harness.press(.tab)
        await harness.type("x")
        await harness.press(.escape, .escape)
        XCTAssertNil(harness.form)
        await harness.press(.character("q"))
        XCTAssertFalse(harness.quit)
        XCTAssertTrue(harness.state.top is QuitModal)
        XCTAssertTrue(harness.screen.contains("1 draft not saved to the source."))
        await harness.press(.character("q"))
        XCTAssertTrue(harness.quit)
    }
}

/// The live preview through the real response pipeline.
final class EditorPreviewTests: XCTestCase {
    func testTemplateErrorsBecomeEditorMarksAndCtrlGJumpsToThem() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"), .backTab, .enter, .pageDown, .end, .enter)
        await harness.type("#if($pet.price")
        let marks = harness.form?.templates[0].editor.marks ?? []
        XCTAssertFalse(marks.isEmpty, String(describing: harness.form?.preview.outcome?.issues))
        harness.state.modify(FormScreen.self) { $0.form.templates[0].editor.moveCursor(to: TextPosition(line: 0, column: 0)) }
        await harness.press(.control("g"))
        XCTAssertEqual(harness.form?.templates[0].editor.cursor.line, marks.first?.position.line)
        XCTAssertEqual(harness.form?.preview.outcome?.statusCode, "500")
    }

    func testThePreviewRendersTheEditedTemplateForTheSample() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"))
        let outcome = harness.form?.preview.outcome
        XCTAssertEqual(outcome?.statusCode, "200")
        XCTAssertEqual(outcome?.selected, "200 (default)")
        XCTAssertTrue(outcome?.bodyLines.contains { $0.contains("\"名前\": \"Rex\"") } ?? false, outcome?.bodyLines.joined(separator: "\n") ?? "no outcome")
    }
}
