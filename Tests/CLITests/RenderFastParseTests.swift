import ArgumentParser
import XCTest
@testable import gwx

/// `gwx render`'s start-up path (`Render.fastParse`, then `GWX.parseAsRoot` for anything it
/// declines) parses every command line exactly as ArgumentParser's full tree does: the same
/// command with the same values, or the same error text and exit code.
final class RenderFastParseTests: XCTestCase {
    /// The words after `gwx render`: valid lines, usage errors, validation errors, help,
    /// completion requests, and options that belong to `gwx` itself or to other subcommands.
    private static let commandLines: [[String]] = [
        ["--template", "t.vm"],
        ["--template", "t.vm", "--body", "b.json"],
        ["--template=t.vm", "--body=-"],
        ["--body", "b.json", "--template", "t.vm"],
        ["--template", "t.vm", "--path", "a=1", "--path", "b=2", "--query", "q=x", "--request-header", "H=v",
         "--context", "identity.sourceIp=1.2.3.4", "--stage-variable", "env=prod", "--stage-variable", "x="],
        ["--template", "t.vm", "--max-file-size", "1K"],
        ["--max-file-size=2M", "--template", "-"],
        ["--template", "t.vm", "--template", "u.vm"],
        ["--template", ""],
        ["--template", "-", "--body", "-"],
        ["--template", "t.vm", "--max-file-size", "lots"],
        [],
        ["--template"],
        ["--template", "t.vm", "--path"],
        ["--template", "--body"],
        ["--temp", "t.vm"],
        ["-t", "t.vm"],
        ["--template", "t.vm", "--bogus"],
        ["--template", "t.vm", "extra"],
        ["--template", "t.vm", "-"],
        ["--template", "t.vm", "--", "x"],
        ["--template", "t.vm", "--help"],
        ["-h"],
        ["help"],
        ["--template", "t.vm", "--version"],
        ["--template", "t.vm", "--file", "api.json"],
        ["--template", "t.vm", "--profile", "dev", "--region", "eu-west-1"],
        ["--template", "t.vm", "--readonly"],
        ["--template", "t.vm", "--debug"],
        ["--template", "t.vm", "--generate-completion-script", "bash"],
        ["--generate-completion-script"],
        ["--template", "t.vm", "render"],
        ["--template", "t.vm", "ls"],
        ["--experimental-dump-help"],
    ]

    func testStartUpPathParsesEveryLineAsTheFullTreeDoes() {
        StartUpParseCheck.assertSameAsFullTree("render", lines: Self.commandLines, values: Self.values(of:) as (Render) -> [String])
    }

    func testFastPathTakesTheOrdinaryLinesAndDeclinesTheRootsOptions() {
        let accepted = Self.commandLines.filter { Render.fastParse(["render"] + $0) != nil }
        XCTAssertEqual(accepted, Array(Self.commandLines.prefix(9)))
        // The full tree takes `gwx`'s own options after `render` too; the fast path leaves them to it.
        let declined = Self.commandLines.filter {
            Render.fastParse(["render"] + $0) == nil && (try? GWX.parseAsRoot(["render"] + $0)) is Render
        }
        XCTAssertEqual(declined.map { $0[2] }, ["--file", "--profile", "--readonly", "--debug"])
    }

    func testLeavesEverythingButRenderToTheFullTree() {
        XCTAssertNil(Render.fastParse([]))
        XCTAssertNil(Render.fastParse(["--max-file-size", "1K", "render", "--template", "t.vm"]))
        XCTAssertNil(Render.fastParse(["simulate", "--template", "t.vm"]))
        XCTAssertNil(Render.fastParse(["Render", "--template", "t.vm"]))
    }

    /// Every option value of a parsed `render`, in declaration order.
    private static func values(of render: Render) -> [String] {
        [render.template, render.body ?? "<nil>", render.limits.maxFileSize ?? "<nil>"]
            + [render.pathParameters, render.queryParameters, render.requestHeaders, render.context, render.stageVariables]
                .map { $0.joined(separator: "\u{1}") }
    }
}
