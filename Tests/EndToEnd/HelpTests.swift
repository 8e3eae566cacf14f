import XCTest

/// `--help` and `--version` of the real binary.
final class HelpTests: XCTestCase {
    func testVersionPrintsAVersion() throws {
        let result = try GWXProcess.run(["--version"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, result.stdout)
    }

    func testEverySubcommandHasHelp() throws {
        let top = try GWXProcess.run(["--help"])
        XCTAssertEqual(top.status, 0)
        let subcommands = ["ls", "render", "simulate", "test", "lint", "export", "demo"]
        for name in subcommands {
            XCTAssertTrue(top.stdout.contains(name), "top-level help lists \(name)")
            let help = try GWXProcess.run([name, "--help"])
            XCTAssertEqual(help.status, 0, name)
            XCTAssertTrue(help.stdout.contains("USAGE: gwx \(name)"), help.stdout)
        }
    }
}
