import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Keys are data: every key a screen or component answers to has a row in its key table, so
/// the footer and the `?` help (drawn from the tables) cannot leave one out.
final class KeyTableTests: XCTestCase {
    /// Every key a terminal sends: printable ASCII, Ctrl-letters, the named keys.
    static let universe: [Key] = (32...126).map { .character(Character(UnicodeScalar($0)!)) }
        + "abcdefghijklmnopqrstuvwxyz".map { .control($0) }
        + [.up, .down, .left, .right, .enter, .escape, .backspace, .tab, .backTab, .delete, .pageUp, .pageDown, .home, .end,
           .shiftUp, .shiftDown, .shiftLeft, .shiftRight, .shiftHome, .shiftEnd, .function(1)]

    /// Presses every key with no row on a fresh copy of the state: nothing may change.
    private func assertKeysWithoutRowsDoNothing(_ harness: Harness, _ place: String, file: StaticString = #filePath, line: UInt = #line) {
        let before = harness.state
        let frame = Explorer.draw(before).text
        let table = before.top?.keys(before) ?? []
        for key in Self.universe where table.row(for: key) == nil {
            var state = before
            let effects = Explorer.update(&state, .input(.key(key)))
            XCTAssertTrue(effects.isEmpty, "\(key.label) on \(place) has no row but asked for \(effects)", file: file, line: line)
            XCTAssertEqual(Explorer.draw(state).text, frame, "\(key.label) on \(place) has no row but changed the screen", file: file, line: line)
            XCTAssertEqual(state.layers.count, before.layers.count, "\(key.label) on \(place) opened or closed something", file: file, line: line)
        }
    }

    private func started() async -> Harness {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.demo, Fixtures.pets], stages: DeployTests.stages)
        let harness = Harness(sources: [source], rows: 30, columns: 100)
        await harness.start()
        return harness
    }

    func testBrowseScreensAnswerOnlyToTheirRows() async {
        await assertBrowseScreensAnswerOnlyToTheirRows(columns: 100)
        // Wide: the detail pane beside the list, the response's fields beside its templates.
        await assertBrowseScreensAnswerOnlyToTheirRows(columns: 130)
    }

    private func assertBrowseScreensAnswerOnlyToTheirRows(columns: Int) async {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.demo, Fixtures.pets], stages: DeployTests.stages)
        let harness = Harness(sources: [source], rows: 30, columns: columns)
        await harness.start()
        XCTAssertTrue(harness.state.top is APIsScreen, "a browse screen is the top component when no modal is open")
        assertKeysWithoutRowsDoNothing(harness, "REST APIs")
        await harness.press(.enter)
        assertKeysWithoutRowsDoNothing(harness, "resources")
        await harness.press(.down, .enter, .enter)
        XCTAssertTrue(harness.state.screen is MethodScreen)
        assertKeysWithoutRowsDoNothing(harness, "method")
        await harness.press(.enter)
        XCTAssertTrue(harness.state.screen is ResponseScreen)
        assertKeysWithoutRowsDoNothing(harness, "response")
    }

    func testModalsAnswerOnlyToTheirRows() async {
        let harness = await started()
        await harness.press(.character("?"))
        XCTAssertTrue(harness.state.top is HelpModal)
        assertKeysWithoutRowsDoNothing(harness, "help")
        await harness.press(.escape, .character(":"))
        XCTAssertTrue(harness.state.top is CommandPrompt)
        assertKeysWithoutRowsDoNothing(harness, "command line")
        await harness.type("api PetStore")
        await harness.press(.enter, .character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        XCTAssertTrue(harness.state.screen is MethodScreen)
        await harness.press(.character("d"))
        XCTAssertNotNil(harness.deploy)
        for place in ["stage chooser", "new stage name", "deploy question"] {
            if place == "deploy question" { await harness.type("beta") ; await harness.press(.enter) }
            assertKeysWithoutRowsDoNothing(harness, place)
            if place == "stage chooser" { await harness.press(.character("n")) }
        }
        await harness.press(.escape, .escape, .escape, .character("/"))
        XCTAssertTrue(harness.state.top is FilterLine)
        assertKeysWithoutRowsDoNothing(harness, "filter line")
        await harness.press(.escape)
        harness.state.push(QuitModal())
        assertKeysWithoutRowsDoNothing(harness, "quit question")
        harness.state.push(RecoveryModal(drafts: []))
        assertKeysWithoutRowsDoNothing(harness, "drafts question")
    }

    func testTheFormAnswersOnlyToTheRowsOfItsFocusedField() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"))
        XCTAssertNotNil(harness.form)
        var seen: Set<FormField> = []
        for _ in 0..<8 {
            guard let field = harness.form?.focus, seen.insert(field).inserted else { break }
            assertKeysWithoutRowsDoNothing(harness, "form field \(field)")
            await harness.press(.tab)
        }
        XCTAssertTrue(seen.isSuperset(of: [.contentHandling, .parameters, .templates]), "\(seen)")
        for _ in 0..<8 where harness.form?.focus != .templates { await harness.press(.tab) }
        await harness.press(.character("d"))
        XCTAssertEqual(harness.question, .confirmRemoveTemplate)
        await harness.press(.character("n"))
        XCTAssertEqual(harness.question, nil, "any key but y answers no")
        XCTAssertEqual(harness.form?.templates.count, 2)
    }

    func testEachQuestionOfTheFormIsAComponentOverItThatAnswersToItsRows() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"), .backTab)
        XCTAssertEqual(harness.form?.focus, .templates)
        let templates = harness.form?.templates.count ?? 0
        // a: a new content type, typed into the question; Esc cancels it.
        await harness.press(.character("a"))
        guard let adding = harness.question, case .addContentType = adding else { return XCTFail("a asks for a content type") }
        XCTAssertTrue(harness.state.top is FormQuestion)
        XCTAssertTrue(harness.state.layers.dropLast().last is FormScreen, "the question opens over the form")
        XCTAssertEqual(harness.state.top?.keys(harness.state), FormQuestion.rows(for: adding))
        XCTAssertTrue(harness.screen.contains(FormKeymap.hint(FormQuestion.rows(for: adding), separator: "   ")), harness.screen)
        assertKeysWithoutRowsDoNothing(harness, "new content type")
        await harness.press(.escape)
        XCTAssertNil(harness.question)
        XCTAssertTrue(harness.state.top is FormScreen)
        XCTAssertEqual(harness.form?.templates.count, templates)
        // X: discard the draft? Any key but y keeps it.
        await harness.press(.character("X"))
        XCTAssertEqual(harness.question, .confirmDiscard)
        XCTAssertEqual(harness.state.top?.keys(harness.state), FormQuestion.rows(for: .confirmDiscard))
        XCTAssertTrue(harness.screen.contains("Discard changes"), harness.screen)
        await harness.press(.character("n"))
        XCTAssertNil(harness.question)
        XCTAssertNotNil(harness.form)
        // d: remove this template? y removes it, and the question is gone.
        await harness.press(.character("d"))
        XCTAssertEqual(harness.question, .confirmRemoveTemplate)
        XCTAssertEqual(harness.state.top?.keys(harness.state), FormQuestion.rows(for: .confirmRemoveTemplate))
        await harness.press(.character("y"))
        XCTAssertNil(harness.question)
        XCTAssertTrue(harness.state.top is FormScreen)
        XCTAssertEqual(harness.form?.templates.count, templates - 1)
    }

    func testTheTemplateEditorIsAComponentOverTheFormThatAnswersToItsRows() async {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"), .backTab)
        XCTAssertEqual(harness.form?.focus, .templates)
        XCTAssertTrue(harness.state.top is FormScreen)
        await harness.press(.enter)
        XCTAssertTrue(harness.state.top is TemplateEditorScreen, "Enter on the Templates field opens the editor over the form")
        XCTAssertTrue(harness.state.layers.dropLast().last is FormScreen)
        let table = harness.state.top?.keys(harness.state) ?? []
        XCTAssertEqual(table, TemplateEditorScreen.rows)
        let own: [Key: Action] = [.escape: .cancel, .control("s"): .save, .control("p"): .togglePreview, .control("e"): .externalEdit]
        for key in Self.universe {
            XCTAssertEqual(table.action(for: key), own[key] ?? .type, "\(key.label) in the template editor")
        }
        // Every key the editor widget answers to reaches it, unless a row of the table takes it.
        for row in TextEditorState.keys {
            for key in row.keys {
                XCTAssertEqual(table.action(for: key), own[key] ?? .type, "\(key.label): \(row.label)")
            }
        }
        // The footer: its rows with a short label, then the editor's own.
        let editorHints = TextEditorState.bindings.compactMap { binding in binding.short.map { KeyHint(binding.keys, $0) } }
        XCTAssertEqual(TemplateEditorScreen.footer.first, KeyHint("Esc", "leave editor"))
        for hint in TemplateEditorScreen.footer {
            XCTAssertTrue(table.contains { $0.label == hint.keys && $0.short == hint.label } || editorHints.contains(hint), hint.keys)
        }
        XCTAssertTrue(harness.screen.contains("Esc leave editor"), harness.screen)
        let page = TemplateEditorScreen(tab: 0).helpLines(harness.state, theme: .standard).map { $0.map(\.text).joined() }
        XCTAssertEqual(page.count, table.filter { !$0.isFallback }.count + TextEditorState.bindings.count)
        XCTAssertTrue(page.contains { $0.contains("leave the editor") })
        assertKeysWithoutRowsDoNothing(harness, "template editor")
        // A key typed goes into the form's template at once: dirty, journaled.
        let before = harness.form?.currentEditor?.text ?? ""
        await harness.press(.character("x"))
        XCTAssertEqual(harness.form?.currentEditor?.text, "x" + before)
        XCTAssertEqual(harness.form?.isDirty, true)
        XCTAssertNotNil(harness.form.map { harness.state.drafts[$0.context.draftKey] } ?? nil)
        // Ctrl-S asks the form's question over the editor; its keys answer it, then the editor has the keys again.
        await harness.press(.control("s"))
        guard case .confirmSave? = harness.question else { return XCTFail("the save's diff is shown") }
        XCTAssertEqual(harness.state.top?.keys(harness.state), FormQuestion.rows(for: harness.question!))
        XCTAssertTrue(harness.screen.contains("Save these changes?"), harness.screen)
        await harness.press(.escape)
        XCTAssertNil(harness.question)
        XCTAssertTrue(harness.state.top is TemplateEditorScreen)
        // Esc closes it: the form has the keys again, on the same field.
        await harness.press(.escape)
        XCTAssertTrue(harness.state.top is FormScreen)
        XCTAssertEqual(harness.form?.focus, .templates)
        // Saving from the editor closes the form and the editor with it.
        await harness.press(.enter, .control("s"), .character("y"))
        XCTAssertNil(harness.form)
        XCTAssertFalse(harness.editingTemplate)
    }

    func testEveryFooterHintIsARowOfTheTable() async {
        let harness = await started()
        let state = harness.state
        let api = APIKey(source: 0, apiId: "x")
        let screens: [any BrowseScreen] = [APIsScreen(), ResourcesScreen(api: api), MethodScreen(place: Place(api: api)), ResponseScreen(place: Place(api: api))]
        for screen in screens {
            let table = screen.keys(state)
            for hint in table.hints(state) {
                XCTAssertTrue(table.contains { $0.label == hint.keys && $0.short == hint.label }, "\(hint.keys) on \(screen.helpTitle)")
            }
        }
        XCTAssertEqual(APIsScreen().keys(state).action(for: .character("j")), .down)
        XCTAssertEqual(ResponseScreen(place: Place()).keys(state).action(for: .character("3")), .selectTab(2))
        XCTAssertNil(APIsScreen().keys(state).action(for: .character("3")))
        XCTAssertEqual(ResourcesScreen(api: api).keys(state).action(for: .character("h")), .fold, "the tree folds with h before h goes back")
    }

    func testTheTestPanelAnswersOnlyToItsRowsInEveryPhase() async {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets], stages: [], testInvokeAnswer: TestInvokePanelTests.answer)
        let harness = Harness(sources: [source], rows: 30, columns: 100)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .down, .enter)
        XCTAssertEqual(harness.state.screen.keys(harness.state).action(for: .character("t")), .testInvoke)
        XCTAssertEqual(ResponseScreen(place: Place()).keys(harness.state).action(for: .character("t")), .testInvoke)
        await harness.press(.character("t"))
        XCTAssertTrue(harness.state.top is TestInvokePanel)
        assertKeysWithoutRowsDoNothing(harness, "test path question")
        // Every field of the request form: Ctrl-R runs, Tab moves; Enter runs only from the
        // path (a line break in the editors), Ctrl-C quits only there (it copies in an editor).
        for field in TestRequestForm.Field.allCases {
            guard case let .asking(form)? = harness.state.layer(TestInvokePanel.self)?.phase else { return XCTFail("the form is open") }
            XCTAssertEqual(form.focus, field)
            let table = harness.state.top?.keys(harness.state) ?? []
            XCTAssertEqual(table.action(for: .control("r")), .confirm, "\(field)")
            XCTAssertEqual(table.action(for: .tab), .nextField, "\(field)")
            XCTAssertEqual(table.action(for: .backTab), .previousField, "\(field)")
            XCTAssertEqual(table.action(for: .escape), .close, "\(field)")
            XCTAssertEqual(table.action(for: .enter), field == .path ? .confirm : .type, "\(field)")
            XCTAssertEqual(table.action(for: .control("c")), field == .path ? .forceQuit : .type, "\(field)")
            for hint in table.hints(harness.state) {
                XCTAssertTrue(table.contains { $0.label == hint.keys && $0.short == hint.label }, "\(hint.keys) in \(field)")
            }
            assertKeysWithoutRowsDoNothing(harness, "test request form, \(field)")
            if field == .body {
                // F1 lists the form's keys, the editors' among them ('?' is text here).
                await harness.press(.function(1))
                XCTAssertTrue(harness.state.top is HelpModal)
                XCTAssertTrue(harness.screen.contains("the template editor's keys"), harness.screen)
                await harness.press(.escape)
            }
            await harness.press(.tab)
        }
        harness.holdLoads = true
        await harness.press(.enter)
        assertKeysWithoutRowsDoNothing(harness, "test running")
        await harness.releaseHeld()
        XCTAssertNotNil(harness.state.layer(TestInvokePanel.self)?.comparison)
        assertKeysWithoutRowsDoNothing(harness, "test result")
        let table = harness.state.top?.keys(harness.state) ?? []
        XCTAssertEqual(table.action(for: .character("u")), .useAsSample)
        for (key, action) in [(Key.character("j"), Action.down), (.down, .down), (.character("k"), .up), (.up, .up), (.pageDown, .pageDown),
                              (.pageUp, .pageUp), (.character("g"), .top), (.character("G"), .bottom), (.character("r"), .confirm), (.escape, .close)] {
            XCTAssertEqual(table.action(for: key), action, key.label)
        }
        XCTAssertNotNil(table.row(for: .character("?")), "? lists the panel's keys")
        await harness.press(.character("?"))
        XCTAssertTrue(harness.state.top is HelpModal)
        XCTAssertTrue(harness.screen.contains("the end (the request sent)"), harness.screen)
        await harness.press(.escape)
        XCTAssertTrue(harness.state.top is TestInvokePanel)
        XCTAssertTrue(table.hintLine(harness.state, .standard).map(\.text).joined().contains("u use as sample"))
    }
}
