import ArgumentParser
import XCTest
@testable import gwx

/// Holds a subcommand's start-up path (`Main.command(for:)`) to ArgumentParser's full tree
/// (`GWX.parseAsRoot`) over command lines: the same command with the same values, or the same
/// error text and exit code.
enum StartUpParseCheck {
    static func assertSameAsFullTree<Command: ParsableCommand>(
        _ subcommand: String, lines: [[String]], values: (Command) -> [String],
        file: StaticString = #filePath, line: UInt = #line
    ) {
        for words in lines {
            let arguments = [subcommand] + words
            let started = Result { try Main.command(for: arguments) }
            let full = Result { try GWX.parseAsRoot(arguments) }
            let name = "gwx \(subcommand) \(words)"
            switch (started, full) {
            case let (.success(command), .success(expected)):
                XCTAssertTrue(type(of: command) == type(of: expected), "\(name): \(type(of: command)), full tree \(type(of: expected))", file: file, line: line)
                if let command = command as? Command, let expected = expected as? Command {
                    XCTAssertEqual(values(command), values(expected), name, file: file, line: line)
                }
            case let (.failure(error), .failure(expected)):
                XCTAssertEqual(GWX.message(for: error), GWX.message(for: expected), name, file: file, line: line)
                XCTAssertEqual(GWX.exitCode(for: error), GWX.exitCode(for: expected), name, file: file, line: line)
            default:
                XCTFail("\(name): start-up path \(started), full tree \(full)", file: file, line: line)
            }
        }
    }
}
