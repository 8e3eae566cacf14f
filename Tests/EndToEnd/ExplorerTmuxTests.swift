import Foundation
import XCTest

/// The real binary under tmux: a new user opens the demo and walks to the Terraform example's
/// XML template, filters, opens help, resizes the terminal, and quits.
final class ExplorerTmuxTests: XCTestCase {
    func testANewUserReachesTheXMLTemplateOfTheTerraformExample() throws {
        let session = try TmuxSession(arguments: ["demo"])
        try session.waitFor("MyDemoAPI")
        try session.waitFor("PetStore")
        try session.send("Enter")                      // MyDemoAPI → its resources
        try session.waitFor("/mydemoresource")
        try session.send("j")                          // /mydemoresource
        try session.send("j")                          // GET
        try session.send("Enter")                      // the method
        try session.waitFor("Integration responses (1)")
        try session.send("Enter")                      // integration response 200
        let screen = try session.waitFor("MyDemoAPI › /mydemoresource › GET › 200")
        XCTAssertTrue(screen.contains("application/xml"), screen)
        XCTAssertTrue(screen.contains("<message>"), screen)
        XCTAssertTrue(screen.contains("$inputRoot.body"), screen)
        try session.send("q")
        try session.waitForAbsence("MyDemoAPI")
    }

    func testFilterNarrowsTheListAsYouType() throws {
        let session = try TmuxSession(arguments: ["demo"])
        try session.waitFor("PetStore")
        try session.send("/")
        try session.send("Pet", literal: true)
        let screen = try session.waitFor("/ Pet")
        XCTAssertFalse(screen.contains("file MyDemoAPI.yaml"), screen)
        XCTAssertTrue(screen.contains("file PetStore.json"), screen)
        try session.send("Escape")
        try session.waitFor("MyDemoAPI")
    }

    func testHelpIsDrawnFromTheKeyTable() throws {
        let session = try TmuxSession(arguments: ["demo"])
        try session.waitFor("PetStore")
        try session.send("?")
        let screen = try session.waitFor("filter")
        XCTAssertTrue(screen.lowercased().contains("help"), screen)
        XCTAssertTrue(screen.contains("quit"), screen)
        try session.send("Escape")
    }

    func testATinyTerminalSaysSoAndRecoversWhenItGrows() throws {
        let session = try TmuxSession(arguments: ["demo"])
        try session.waitFor("PetStore")
        try session.resize(columns: 20, rows: 5)
        try session.waitFor("too small")
        try session.resize(columns: 120, rows: 36)
        try session.waitFor("PetStore")
    }

    func testWithoutCredentialsTheScreenSaysHowToFixItAndOffersTheDemo() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let session = try TmuxSession(arguments: [], environment: [
            "HOME": home.path, "AWS_REGION": "eu-west-1", "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_PROFILE": "",
            "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
            "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("credentials").path,
        ])
        let screen = try session.waitFor("gwx demo")
        XCTAssertTrue(screen.lowercased().contains("credential"), screen)
        try session.send("q")
    }
}

/// Edits survive `kill -9`: the real binary is killed mid-edit and restarted, and offers the draft.
final class DraftRecoveryTmuxTests: XCTestCase {
    func testKillNineMidEditThenRestartRestoresTheDraftAndSavingWritesOnlyTheTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-kill9-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("MyDemoAPI.yaml").path
        try FileManager.default.copyItem(atPath: GWXProcess.example("MyDemoAPI.yaml"), toPath: file)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let state = folder.appendingPathComponent("state").path

        let first = try TmuxSession(arguments: ["--file", file], environment: ["XDG_STATE_HOME": state])
        try first.waitFor("GET")
        try first.send("j", "j", "Enter")               // the GET method
        try first.waitFor("Integration responses (1)")
        try first.send("e")                             // edit its 200 response
        try first.waitFor("Editing 200")
        try first.send("Tab", "Tab", "Tab", "Tab", "Enter", "Down", "Down", "Down", "End")
        try first.send(" <!-- edited -->", literal: true)
        try first.waitFor("$inputRoot.body <!-- edited -->")
        // Draft writes are coalesced (at most 150 ms late): kill once the edit is on disk.
        XCTAssertTrue(Self.waitForDraft(containing: "<!-- edited -->", in: state + "/gwx/drafts"), "the edit reaches the draft journal")
        let pid = try XCTUnwrap(Self.gwxPID(under: try first.panePID()))
        XCTAssertEqual(kill(pid, SIGKILL), 0)
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), original, "nothing is saved by a crash")

        let second = try TmuxSession(arguments: ["--file", file], environment: ["XDG_STATE_HOME": state])
        try second.waitFor("Unsaved drafts")
        try second.send("r")
        try second.waitFor("Restored 1 draft")
        try second.send("j", "j", "Enter")
        try second.waitFor("Integration responses (1)")
        try second.send("e")
        try second.waitFor("$inputRoot.body <!-- edited -->")
        try second.send("C-s")
        try second.waitFor("Save these changes?")
        try second.send("y")
        try second.waitFor("Saved /mydemoresource GET 200")

        let saved = try String(contentsOfFile: file, encoding: .utf8)
        XCTAssertEqual(saved, original.replacingOccurrences(of: "    $inputRoot.body\n", with: "    $inputRoot.body <!-- edited -->\n"))
        let listed = try GWXProcess.run(["ls", "--file", file, "--output", "json"])
        XCTAssertTrue(listed.stdout.contains("$inputRoot.body <!-- edited -->"), listed.stdout)
    }

    /// Polls the drafts folder (up to 10 s) until a draft file holds `text`.
    private static func waitForDraft(containing text: String, in folder: String) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names where name.hasSuffix(".json") {
                if let contents = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8), contents.contains(text) { return true }
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// The gwx process under the pane's shell.
    private static func gwxPID(under shell: Int32) -> Int32? {
        guard let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8) else { return nil }
        for child in children.split(separator: " ").compactMap({ Int32($0) }) {
            let command = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
            if command.hasPrefix("gwx") { return child }
            if let grandchild = gwxPID(under: child) { return grandchild }
        }
        return nil
    }
}
