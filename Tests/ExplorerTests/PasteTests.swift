import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Pastes through `update`: one edit, one undo step, one draft write, no auto-indent, and no
/// key binding triggered by a pasted byte.
final class PasteTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-paste-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The form open on GET /pets 200, keys in its first template.
    private func editingTemplate() async -> Harness {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        harness.journal = DraftJournal(directory: directory.path)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter, .character("e"), .backTab, .enter)
        XCTAssertEqual(harness.editingTemplate, true)
        return harness
    }

    private static let pasted = "#foreach($pet in $input.path('$'))\n{\n\"id\": $pet.id,\n\t\"tags\": [\n]\n}\n#end\n"

    func testAPasteIsOneEditOneDraftWriteAndOneUndoStepWithNothingIndented() async throws {
        let harness = await editingTemplate()
        let original = try XCTUnwrap(harness.form?.currentEditor?.text)
        harness.effectLog = []
        await harness.send(.input(.paste(Self.pasted)))
        XCTAssertEqual(harness.form?.currentEditor?.text, Self.pasted + original, "exactly as pasted: no indent added, no bracket dedented")
        let writes = harness.effectLog.filter { if case .writeDraft = $0 { return true } else { return false } }
        XCTAssertEqual(writes.count, 1, "one draft write for the whole paste")
        let onDisk = DraftJournal(directory: directory.path).readAll().drafts.first?.current.responseTemplates.first?.last
        XCTAssertEqual(onDisk, Self.pasted + original)
        await harness.press(.control("z"))
        XCTAssertEqual(harness.form?.currentEditor?.text, original, "one undo takes the whole paste back")
    }

    func testTheSameTextTypedKeyByKeyWouldBeIndented() async throws {
        let harness = await editingTemplate()
        let original = try XCTUnwrap(harness.form?.currentEditor?.text)
        for key in InputEvent.keys(typing: "{\n\"id\": 1\n}") { await harness.press(key) }
        XCTAssertNotEqual(harness.form?.currentEditor?.text, "{\n\"id\": 1\n}" + original, "typed Enter auto-indents")
    }

    func testABurstOfTextIntoTheTemplateEditorIsExactAndOneUndoStep() async throws {
        let harness = await editingTemplate()
        let original = try XCTUnwrap(harness.form?.currentEditor?.text)
        await harness.send(.input(.burst("{\n\"id\": 1\n}\n")))
        XCTAssertEqual(harness.form?.currentEditor?.text, "{\n\"id\": 1\n}\n" + original)
        await harness.press(.control("z"))
        XCTAssertEqual(harness.form?.currentEditor?.text, original)
    }

    func testABurstWithTabsIntoTheTemplateEditorKeepsEachTab() async throws {
        let harness = await editingTemplate()
        let original = try XCTUnwrap(harness.form?.currentEditor?.text)
        await harness.send(.input(.burst("{\n\t\"id\":\t1\n}\n")))
        XCTAssertEqual(harness.form?.currentEditor?.text, "{\n\t\"id\":\t1\n}\n" + original, "a tab in pasted text is a tab, not an indent")
        XCTAssertEqual(harness.editingTemplate, true, "and not the key that leaves the editor")
    }

    func testPastedBytesTriggerNoKeyBindings() async throws {
        let harness = await editingTemplate()
        await harness.press(.escape)
        XCTAssertEqual(harness.form?.focus, .templates)
        XCTAssertEqual(harness.editingTemplate, false)
        // On the Templates field s saves, X discards, d removes a template, q… nothing may happen.
        await harness.send(.input(.paste("sXdyq\u{13}")))
        let form = try XCTUnwrap(harness.form)
        XCTAssertNil(harness.question)
        XCTAssertEqual(form.templates.count, 2)
        XCTAssertFalse(form.isDirty)
        XCTAssertFalse(harness.quit)
        XCTAssertEqual(form.message?.text.hasPrefix("Nothing to paste into here"), true)
        await harness.press(.escape)
        XCTAssertNil(harness.form)
        await harness.send(.input(.paste("q")))
        XCTAssertFalse(harness.state.quitting, "q pasted on a list does not quit")
    }

    func testABurstOutsideAnEditorIsTheKeysItSpells() async {
        let typed = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        let burst = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: 30, columns: 100)
        await typed.start()
        await burst.start()
        await typed.press(.character("j"), .character("j"), .enter, .character("j"))
        await burst.send(.input(.burst("jj\nj")))
        XCTAssertGreaterThan(typed.state.screens.count, 1)
        XCTAssertEqual(burst.state.breadcrumb, typed.state.breadcrumb)
        XCTAssertEqual(burst.state.screen.list, typed.state.screen.list)
        XCTAssertEqual(burst.screen, typed.screen)
    }

    func testAPasteIntoOneLineFieldsIsOneLine() async throws {
        let harness = await editingTemplate()
        await harness.press(.escape, .backTab, .backTab, .backTab)
        XCTAssertEqual(harness.form?.focus, .pattern)
        await harness.press(.control("u"))
        await harness.send(.input(.paste("4\\d{2}\n")))
        XCTAssertEqual(harness.form?.pattern.text, "4\\d{2}")
        XCTAssertEqual(harness.form?.focus, .pattern, "the pasted newline is not an Enter")
        await harness.press(.escape, .escape)
        await harness.press(.character("/"))
        await harness.send(.input(.paste("pets\r\n")))
        XCTAssertEqual(harness.state.screen.filter, "pets")
    }
}

/// Draft writes are coalesced: at most one per window, and whatever waits on a pause, quit,
/// save or suspend; a deleted draft never comes back.
final class DraftWriteCoalescerTests: XCTestCase {
    /// A store that records what was written.
    private final class RecordingStore: DraftStore, @unchecked Sendable {
        var written: [Draft] = []
        var deleted: [DraftKey] = []
        func write(_ draft: Draft) throws(DraftJournal.Failure) { written.append(draft) }
        func delete(_ key: DraftKey) { deleted.append(key) }
    }

    /// A clock the test moves.
    private final class FakeClock: @unchecked Sendable {
        var now = 1_000.0
    }

    private func draft(_ pattern: String, status: String = "404") -> Draft {
        var response = IntegrationResponse(statusCode: status)
        response.selectionPattern = pattern
        return Draft(key: DraftKey(source: "file test.yaml", importID: "p3t5api001/pets/GET/\(status)"), apiId: "p3t5api001", resourceId: "pets", resourcePath: "/pets",
                     httpMethod: "GET", original: nil, current: ResponseRecord(response), sample: nil, writtenAt: 0)
    }

    func testTheFirstEditIsWrittenAtOnceAndARunOfEditsOncePerWindow() {
        let store = RecordingStore(), clock = FakeClock()
        let drafts = DraftWriteCoalescer(store: store) { clock.now }
        XCTAssertEqual(drafts.submit(draft("a")), [])
        XCTAssertEqual(store.written.map(\.current.selectionPattern), ["a"], "after a pause an edit is on disk at once")
        for (index, pattern) in ["ab", "abc", "abcd"].enumerated() {
            clock.now += 0.04
            _ = drafts.submit(draft(pattern))
            XCTAssertEqual(store.written.count, 1, "edit \(index + 2) waits for the window")
        }
        XCTAssertEqual(drafts.secondsUntilDue ?? -1, DraftWriteCoalescer.window - 0.12, accuracy: 1e-9)
        XCTAssertEqual(drafts.writeIfDue(), [])
        XCTAssertEqual(store.written.count, 1)
        clock.now += 0.031
        _ = drafts.writeIfDue()
        XCTAssertEqual(store.written.map(\.current.selectionPattern), ["a", "abcd"], "one write, of the latest draft")
        XCTAssertEqual(store.written.last?.writtenAt, clock.now)
        XCTAssertNil(drafts.secondsUntilDue)
    }

    func testFlushWritesWhatWaitsAtOnce() {
        let store = RecordingStore(), clock = FakeClock()
        let drafts = DraftWriteCoalescer(store: store) { clock.now }
        _ = drafts.submit(draft("a"))
        _ = drafts.submit(draft("b", status: "500"))
        _ = drafts.submit(draft("ab"))
        XCTAssertTrue(drafts.hasPending)
        _ = drafts.flush()
        XCTAssertEqual(store.written.map(\.current.selectionPattern), ["a", "b", "ab"], "the first at once, the others in the order they were held")
        XCTAssertFalse(drafts.hasPending)
    }

    func testADeletedDraftIsNotWrittenAgainByALaterFlush() {
        let store = RecordingStore(), clock = FakeClock()
        let drafts = DraftWriteCoalescer(store: store) { clock.now }
        _ = drafts.submit(draft("a"))
        _ = drafts.submit(draft("ab"))
        drafts.delete(draft("ab").key)
        clock.now += 1
        _ = drafts.flush()
        XCTAssertEqual(store.written.count, 1)
        XCTAssertEqual(store.deleted, [draft("a").key])
    }

    func testTheRunLoopWritesTheLastEditBeforeItEnds() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-coalesce-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let clock = FakeClock()
        let terminal = VirtualTerminal(rows: 30, columns: 100)
        // The clock stands still: every edit after the first waits, and only the end of the run writes it.
        terminal.enqueue(keys: [.character(":")])
        terminal.enqueue(InputEvent.typing("res /pets"))
        terminal.enqueue(keys: [.enter, .down, .enter, .character("e"), .backTab, .enter, .character("a"), .character("b")])
        terminal.enqueue([.paste("pasted\n")])
        Explorer.run(sources: [EditorTestSource(definitions: [Fixtures.pets])], label: "file test.yaml", readonly: false, terminal: terminal,
                     settleBeforeInput: true, journal: DraftJournal(directory: directory.path)) { clock.now }
        let draft = try XCTUnwrap(DraftJournal(directory: directory.path).readAll().drafts.first)
        XCTAssertEqual(draft.current.responseTemplates.first?.last?.hasPrefix("abpasted\n"), true, draft.current.responseTemplates.first?.last ?? "none")
    }
}
