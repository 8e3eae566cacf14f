import Foundation
import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// The whole edit-and-save flow against a real export file: only the template changes.
final class EditorExportFileTests: XCTestCase {
    private static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/MyDemoAPI.yaml")

    func testEditingTheXMLTemplateChangesOnlyThatTextInTheFile() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("MyDemoAPI.yaml")
        let before = try String(contentsOf: Self.example, encoding: .utf8)
        try before.write(to: file, atomically: true, encoding: .utf8)

        let harness = Harness(sources: [try ExportFileSource(path: file.path)], rows: 30, columns: 100)
        harness.journal = DraftJournal(directory: directory.appendingPathComponent("drafts").path)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /mydemoresource")
        await harness.press(.enter, .down, .enter, .character("e"))
        XCTAssertEqual(harness.form?.templates.first?.contentType, "application/xml")
        // Line 3 is `<message>`: add an attribute before its `>`.
        await harness.press(.backTab, .enter, .down, .down, .end, .left)
        await harness.type(" lang=\"en\"")
        await harness.press(.escape, .control("s"), .character("y"))
        XCTAssertNil(harness.form, harness.form?.message?.text ?? "")

        let after = try String(contentsOf: file, encoding: .utf8)
        XCTAssertEqual(after, before.replacingOccurrences(of: "<message>", with: "<message lang=\"en\">"))
        let reread = try ExportFileSource.load(path: file.path)
        let template = reread.resource("/mydemoresource")?.method("GET")?.integration?.integrationResponse(statusCode: "200")?.responseTemplates["application/xml"]
        XCTAssertTrue(template?.contains("<message lang=\"en\">") ?? false)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("drafts").path), [], "the draft is gone after the save")
    }
}
