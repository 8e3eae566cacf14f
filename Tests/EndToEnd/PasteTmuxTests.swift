import Foundation
import XCTest

/// A 100 KB paste into the template editor of the real binary under tmux: it arrives as one
/// bracketed paste, is saved byte for byte, and one undo takes it back.
final class PasteTmuxTests: XCTestCase {
    /// About 100 KB of template: indentation, tabs, brackets and `#if`/`#end` that typing would
    /// re-indent, non-ASCII text, LF line breaks, and no final line break.
    private static func largeTemplate() -> String {
        var lines = ["PASTE-START $input.path('$')"]
        var index = 0
        while lines.reduce(0, { $0 + $1.utf8.count + 1 }) < 100 * 1024 {
            let indent = String(repeating: "  ", count: index % 4)
            lines.append("\(indent)#if($input.path('$.items[\(index)]') != \"\")\t{\"k\(index)\": \"välue 漢字 \(index)\"}")
            lines.append("\(indent)#end")
            index += 1
        }
        lines.append("PASTE-END")
        return lines.joined(separator: "\n")
    }

    func testA100KilobytePasteIsSavedByteForByteAndOneUndoTakesItBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-paste-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("MyDemoAPI.yaml").path
        try FileManager.default.copyItem(atPath: GWXProcess.example("MyDemoAPI.yaml"), toPath: file)
        let template = Self.largeTemplate()
        XCTAssertGreaterThanOrEqual(template.utf8.count, 100 * 1024)

        let session = try TmuxSession(arguments: ["--file", file], environment: ["XDG_STATE_HOME": folder.appendingPathComponent("state").path])
        try session.waitFor("GET")
        try session.send("j", "j", "Enter")
        try session.waitFor("Integration responses (1)")
        try session.send("e")
        try session.waitFor("Editing 200")
        try session.send("Tab", "Tab", "Tab", "Tab", "Enter")
        try session.waitFor("Esc leave editor")
        try session.send("C-a")
        try session.send("Delete")
        try session.waitForAbsence("$inputRoot.body")

        let started = Date()
        try session.paste(template)
        try session.waitFor("PASTE-END", timeout: 60)
        // Reported, not asserted: tests do not time things.
        print(String(format: "paste of %d bytes shown after %.2f s", template.utf8.count, Date().timeIntervalSince(started)))

        try session.send("C-z")
        try session.waitForAbsence("PASTE-END")
        XCTAssertFalse(try session.screen().contains("PASTE-START"), "one undo takes the whole paste back")
        try session.send("C-y")
        try session.waitFor("PASTE-END")
        try session.send("C-s")
        try session.waitFor("Save these changes?", timeout: 30)
        try session.send("y")
        try session.waitFor("Saved /mydemoresource GET 200", timeout: 30)

        XCTAssertEqual(try Self.templateReadByPyYAML(file), template, "the saved template is the pasted bytes")
    }

    /// The XML template of GET /mydemoresource as PyYAML reads the file (not gwx's own parser).
    private static func templateReadByPyYAML(_ file: String) throws -> String {
        let python = ProcessInfo.processInfo.environment["GWX_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? GWXProcess.packageRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("no Python test peer at \(python): run `make test` (it creates .venv from requirements-test.txt)")
            return ""
        }
        let output = file + ".template"
        let script = """
        import sys, yaml
        document = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
        template = document["paths"]["/mydemoresource"]["get"]["x-amazon-apigateway-integration"]["responses"]["default"]["responseTemplates"]["application/xml"]
        open(sys.argv[2], "w", encoding="utf-8", newline="").write(template)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, file, output]
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "PyYAML could not read the saved file")
        return try String(contentsOfFile: output, encoding: .utf8)
    }
}
