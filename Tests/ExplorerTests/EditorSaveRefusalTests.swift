import Foundation
import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// A save the file system or the file's mode refuses: the draft is kept and the status line,
/// at 100 columns, shows the reason (not only the start of a long path).
final class EditorSaveRefusalTests: XCTestCase {
    private static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/MyDemoAPI.yaml")
    private var directory: URL!
    private var file: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-save-refusal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        file = directory.appendingPathComponent("MyDemoAPI.yaml")
        try Data(contentsOf: Self.example).write(to: file)
    }

    override func tearDown() {
        setImmutable(directory.path, false)
        try? FileManager.default.removeItem(at: directory)
    }

    /// Opens the 200 response's XML template, types into it and asks to save.
    private func editAndSave(_ drafts: String) async throws -> Harness {
        let harness = Harness(sources: [try ExportFileSource(path: file.path)], rows: 30, columns: 100)
        harness.journal = DraftJournal(directory: drafts)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /mydemoresource")
        await harness.press(.enter, .down, .enter, .character("e"))
        await harness.press(.backTab, .enter, .down, .down, .end, .left)
        await harness.type(" lang=\"en\"")
        await harness.press(.escape, .control("s"), .character("y"))
        return harness
    }

    /// The status line (the second row from the bottom) of the screen.
    private func statusLine(_ harness: Harness) -> String {
        let rows = harness.screen.split(separator: "\n", omittingEmptySubsequences: false)
        return String(rows[rows.count - 2 < 0 ? 0 : max(0, rows.count - 2)])
    }

    func testAReadOnlyExportIsNotReplacedAndTheStatusLineSaysHowToProceed() async throws {
        XCTAssertEqual(chmod(file.path, 0o444), 0)
        let before = try Data(contentsOf: file)
        let drafts = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: drafts) }
        let harness = try await editAndSave(drafts)
        XCTAssertEqual(harness.form?.message?.text, "Save failed, your draft is kept: read-only file (mode 0444): chmod u+w it, then save again")
        XCTAssertTrue(statusLine(harness).contains("chmod u+w it, then save again"), harness.screen)
        XCTAssertEqual(try Data(contentsOf: file), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: drafts).filter { $0.hasSuffix(".json") }.count, 1, "the draft is kept")
    }

    func testAFolderThatForbidsTheTemporaryFileShowsTheReasonAtOneHundredColumns() async throws {
        let drafts = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-drafts-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: drafts) }
        guard setImmutable(directory.path, true) else { throw XCTSkip("chattr +i is not supported on this file system") }
        let harness = try await editAndSave(drafts)
        let reason = String(cString: strerror(EPERM))
        XCTAssertEqual(harness.form?.message?.text.hasPrefix("Save failed, your draft is kept: cannot save: \(reason) creating a file in \(directory.path)"), true,
                       harness.form?.message?.text ?? "no message")
        XCTAssertTrue(statusLine(harness).contains("cannot save: \(reason) creating a file in"), harness.screen)
    }
}

/// `chattr +i`/`-i`: true when it worked (an immutable folder forbids new files, even for root).
@discardableResult
private func setImmutable(_ path: String, _ on: Bool) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [on ? "+i" : "-i", path]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}
