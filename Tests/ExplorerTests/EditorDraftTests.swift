import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Drafts: journaled on every edit, offered back after a crash, marked in the lists.
final class EditorDraftTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-drafts-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    private var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() }

    private func harness(rows: Int = 30, columns: Int = 100) -> Harness {
        let harness = Harness(sources: [EditorTestSource(definitions: [Fixtures.pets])], rows: rows, columns: columns)
        harness.journal = DraftJournal(directory: directory.path)
        return harness
    }

    private func openPetsGET(_ harness: Harness) async {
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
    }

    private func sampleDraft(pattern: String) -> Draft {
        let original = Fixtures.pets.resource("pets")?.method("GET")?.integration?.integrationResponse(statusCode: "404")
        var current = original ?? IntegrationResponse(statusCode: "404")
        current.selectionPattern = pattern
        return Draft(key: DraftKey(source: "file test.yaml", importID: "p3t5api001/pets/GET/404"), apiId: "p3t5api001", resourceId: "pets", resourcePath: "/pets",
                     httpMethod: "GET", original: original.map(ResponseRecord.init), current: ResponseRecord(current), sample: SampleBackend(), writtenAt: 1)
    }

    func testJournalWritesOneFileAtomicallyAndReadsItBack() throws {
        let journal = DraftJournal(directory: directory.path)
        try journal.write(sampleDraft(pattern: "a"))
        try journal.write(sampleDraft(pattern: "b"))
        XCTAssertEqual(files.count, 2, "a draft and its sample per integration response, no temporary file left: \(files)")
        let (drafts, failures) = journal.readAll()
        XCTAssertEqual(failures, [])
        XCTAssertEqual(drafts.first?.current.selectionPattern, "b")
        journal.delete(sampleDraft(pattern: "b").key)
        XCTAssertEqual(files, [])
    }

    func testALargeSampleIsWrittenOnceAndReadBackWithItsDraft() throws {
        let journal = DraftJournal(directory: directory.path)
        var draft = sampleDraft(pattern: "a")
        draft.sample?.body = String(repeating: "x", count: 1_000_000)
        try journal.write(draft)
        let sampleFile = try XCTUnwrap(files.first { $0.hasSuffix(".sample") })
        let sampleURL = directory.appendingPathComponent(sampleFile)
        let firstWrite = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: sampleURL.path)[.modificationDate] as? Date)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)], ofItemAtPath: sampleURL.path)
        draft.current.selectionPattern = "ab"
        try journal.write(draft)
        let afterKeystroke = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: sampleURL.path)[.modificationDate] as? Date)
        XCTAssertEqual(afterKeystroke, Date(timeIntervalSince1970: 0), "an edit of the template does not rewrite the unchanged sample")
        XCTAssertNotEqual(firstWrite, afterKeystroke)
        let draftFile = try XCTUnwrap(files.first { $0.hasSuffix(".json") })
        let draftSize = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(draftFile).path)[.size] as? Int)
        XCTAssertLessThan(draftSize, 100_000, "the draft file holds the edit, not the sample body")
        let restored = try XCTUnwrap(journal.readAll().drafts.first)
        XCTAssertEqual(restored.current.selectionPattern, "ab")
        XCTAssertEqual(restored.sample?.body.count, 1_000_000)
        draft.sample?.body = "{}"
        try journal.write(draft)
        XCTAssertEqual(DraftJournal(directory: directory.path).readAll().drafts.first?.sample?.body, "{}", "a changed sample is written again")
    }

    func testAnUnreadableFileIsReportedAndLeftInPlace() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("{not json".utf8).write(to: directory.appendingPathComponent("broken.json"))
        let (drafts, failures) = DraftJournal(directory: directory.path).readAll()
        XCTAssertEqual(drafts, [])
        XCTAssertEqual(failures.count, 1)
        XCTAssertEqual(files, ["broken.json"])
    }

    func testDefaultDirectoryFollowsXDGStateHome() {
        XCTAssertEqual(DraftJournal.defaultDirectory(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]), "/s/gwx/drafts")
        XCTAssertEqual(DraftJournal.defaultDirectory(environment: ["HOME": "/h"]), "/h/.local/state/gwx/drafts")
        XCTAssertNil(DraftJournal.defaultDirectory(environment: [:]))
    }

    func testEveryKeystrokeIsOnDiskBeforeTheNextKey() async throws {
        let harness = harness()
        await harness.start()
        await openPetsGET(harness)
        await harness.press(.character("e"), .backTab, .enter)
        await harness.type("X")
        let first = try XCTUnwrap(DraftJournal(directory: directory.path).readAll().drafts.first)
        XCTAssertEqual(first.current.responseTemplates.first?[1], "X" + Fixtures.petsTemplate)
        await harness.type("Y")
        let second = try XCTUnwrap(DraftJournal(directory: directory.path).readAll().drafts.first)
        XCTAssertEqual(second.current.responseTemplates.first?[1], "XY" + Fixtures.petsTemplate)
        // Undoing back to what the source has removes the draft.
        await harness.press(.control("z"))
        XCTAssertEqual(files, [])
        XCTAssertTrue(harness.state.drafts.isEmpty)
    }

    func testDraftsLeftByACrashAreOfferedAndRestored() async throws {
        try DraftJournal(directory: directory.path).write(sampleDraft(pattern: "restored.*"))
        let harness = harness()
        await harness.start()
        XCTAssertNotNil(harness.state.layer(RecoveryModal.self))
        XCTAssertTrue(harness.screen.contains("gwx was stopped with unsaved edits. Restore them?"), harness.screen)
        XCTAssertTrue(harness.screen.contains("● /pets GET 404"))
        await harness.press(.character("r"))
        XCTAssertEqual(harness.state.drafts.count, 1)
        await openPetsGET(harness)
        XCTAssertTrue(harness.screen.contains("●404"), harness.screen)
        await harness.press(.down, .character("e"))
        XCTAssertEqual(harness.form?.pattern.text, "restored.*")
        XCTAssertEqual(harness.form?.message?.text, "Restored your unsaved draft (X discards it)")
    }

    func testDiscardingOfferedDraftsDeletesTheirFiles() async throws {
        try DraftJournal(directory: directory.path).write(sampleDraft(pattern: "gone"))
        let harness = harness()
        await harness.start()
        await harness.press(.character("d"))
        XCTAssertNil(harness.state.layer(RecoveryModal.self))
        XCTAssertEqual(files, [])
    }

    func testDraftsOfOtherSourcesAreNotOffered() async throws {
        var draft = sampleDraft(pattern: "x")
        draft.key.source = "aws prod us-east-1"
        try DraftJournal(directory: directory.path).write(draft)
        let harness = harness()
        await harness.start()
        XCTAssertNil(harness.state.layer(RecoveryModal.self))
    }
}
