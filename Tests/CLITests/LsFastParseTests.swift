import ArgumentParser
import XCTest
@testable import gwx

/// `gwx ls`'s start-up path (`Ls.fastParse`, then `GWX.parseAsRoot` for anything it declines)
/// parses every command line exactly as ArgumentParser's full tree does: the same command with
/// the same values, or the same error text and exit code.
final class LsFastParseTests: XCTestCase {
    /// The words after `gwx ls`: valid lines, usage errors, validation errors, help, completion
    /// requests, and options that belong to `gwx` itself or to other subcommands.
    private static let commandLines: [[String]] = [
        ["--file", "api.json"],
        ["--file", "api.json", "--output", "json"],
        ["--file=api.json", "--output=text"],
        ["--file", "a.json", "--file", "b.yaml"],
        ["--file", "api.json", "api"],
        ["--file", "api.json", "--max-file-size", "1K"],
        ["--profile", "dev", "--region", "eu-west-1"],
        ["a1b2c3d4e5", "--output", "json", "--endpoint-url", "http://localhost:5000", "--debug"],
        [],
        ["--file"],
        ["--file", "api.json", "--output", "xml"],
        ["--file", "api.json", "--max-file-size", "lots"],
        ["--file", "api.json", "--bogus"],
        ["--file", "api.json", "one", "two"],
        ["--file", "api.json", "--", "-x"],
        ["--fil", "api.json"],
        ["--file", "api.json", "--help"],
        ["-h"],
        ["help"],
        ["--file", "api.json", "--version"],
        ["--file", "api.json", "--readonly"],
        ["--file", "api.json", "--template", "t.vm"],
        ["--file", "api.json", "--generate-completion-script", "bash"],
        ["--generate-completion-script"],
        ["--file", "api.json", "ls"],
        ["--file", "api.json", "render"],
        ["--experimental-dump-help"],
    ]

    func testStartUpPathParsesEveryLineAsTheFullTreeDoes() {
        StartUpParseCheck.assertSameAsFullTree("ls", lines: Self.commandLines, values: Self.values(of:) as (Ls) -> [String])
    }

    func testFastPathTakesTheOrdinaryLines() {
        let accepted = Self.commandLines.filter { Ls.fastParse(["ls"] + $0) != nil }
        // A lone word is the REST API ID under the full tree too (`help`, `ls`, `render`, `-x`
        // after `--`): the first test holds those to the same values.
        XCTAssertEqual(accepted, Array(Self.commandLines.prefix(9))
            + [["--file", "api.json", "--", "-x"], ["help"], ["--file", "api.json", "ls"], ["--file", "api.json", "render"]])
        XCTAssertNil(Ls.fastParse(["--file", "api.json", "ls"]))
        XCTAssertNil(Ls.fastParse(["render", "--file", "api.json"]))
    }

    func testOnlyFileListingsRunSynchronously() throws {
        XCTAssertEqual(try XCTUnwrap(Ls.fastParse(["ls", "--file", "api.json"])).runsSynchronously, true)
        XCTAssertEqual(try XCTUnwrap(Ls.fastParse(["ls", "--profile", "dev"])).runsSynchronously, false)
    }

    /// Every option value of a parsed `ls`, in declaration order.
    private static func values(of ls: Ls) -> [String] {
        [ls.source.file.joined(separator: "\u{1}"), ls.source.profile ?? "<nil>", ls.source.region ?? "<nil>",
         ls.source.endpointURL ?? "<nil>", String(ls.source.debug), ls.source.limits.maxFileSize ?? "<nil>",
         ls.restApiId ?? "<nil>", ls.output.rawValue]
    }
}
