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
        let screen = try session.waitFor("1/1")
        let listRows = screen.split(separator: "\n").filter { $0.contains("file MyDemoAPI.yaml") }
        XCTAssertTrue(listRows.isEmpty, screen)
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
            "HOME": home.path, "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_PROFILE": "",
            "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
            "AWS_SHARED_CREDENTIALS_FILE": home.appendingPathComponent("credentials").path,
        ])
        let screen = try session.waitFor("gwx demo")
        XCTAssertTrue(screen.lowercased().contains("credential"), screen)
        try session.send("q")
    }
}
