import ArgumentParser
import Explorer
import Foundation
import GatewayClient

/// The entry point. `gwx --version` answers before the argument parser is set up (it reflects
/// over every option of the command tree, about a millisecond), and `gwx render` is parsed from
/// its own definitions first (FastParse.swift). A synchronous command (`render`) runs
/// right here on the main thread; Swift concurrency — libdispatch, its worker threads, the main
/// thread parked in `dispatchMain` — starts only for an `AsyncParsableCommand` (the explorer and
/// every command that may talk to AWS). That is `AsyncParsableCommand.main()`'s own logic, split
/// so that the synchronous half pays nothing for the asynchronous one.
@main
enum Main {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] {
            print(GWX.configuration.version)
            return
        }
        let command: any ParsableCommand
        do {
            command = try Self.command(for: arguments)
        } catch {
            GWX.exit(withError: error)
        }
        if let command = command as? any SometimesSynchronous, command.runsSynchronously {
            do {
                try command.runSynchronously()
            } catch {
                GWX.exit(withError: error)
            }
            return
        }
        guard let asyncCommand = command as? any AsyncParsableCommand else {
            var command = command
            do {
                try command.run()
            } catch {
                GWX.exit(withError: error)
            }
            return
        }
        Task.detached {
            var command = asyncCommand
            do {
                try await command.run()
            } catch {
                GWX.exit(withError: error)
            }
            GWX.exit()
        }
        dispatchMain()
    }

    /// The command for `arguments` (the words after `gwx`): `gwx render` from its own
    /// definitions when they parse cleanly, anything else — and every error — from the full tree.
    static func command(for arguments: [String]) throws -> any ParsableCommand {
        if let render = Render.fastParse(arguments) {
            return render
        }
        if let ls = Ls.fastParse(arguments) {
            return ls
        }
        return try GWX.parseAsRoot(arguments)
    }
}

/// An asynchronous command that, for some command lines, has nothing to wait for (`gwx ls
/// --file`): `Main` then runs it on the main thread without starting Swift concurrency.
protocol SometimesSynchronous: ParsableCommand {
    /// Whether this command line runs synchronously.
    var runsSynchronously: Bool { get }
    /// Runs the command (what `run()` does for this command line).
    func runSynchronously() throws
}

/// The `gwx` command: a terminal explorer and editor for API Gateway integration responses.
struct GWX: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gwx",
        abstract: "Explore and edit API Gateway REST API integration responses.",
        discussion: """
        Without a subcommand, gwx opens the explorer: on the AWS account of the current \
        profile and region, or on export files with --file. `gwx demo` opens the bundled \
        example APIs without an AWS account.
        """,
        version: "0.1.0",
        // Each subcommand names itself (commandName): else the argument parser derives the name
        // with String(describing:), whose dynamic casts scan every protocol conformance in the
        // binary at every start.
        subcommands: [Ls.self, Render.self, Simulate.self, TestCommand.self, Lint.self, Export.self, Demo.self]
    )

    @OptionGroup var source: SourceOptions

    @Flag(name: .long, help: "Browse only: no edits, no saves.")
    var readonly = false

    mutating func run() async throws {
        let options = source
        let secrets = Secrets()
        try await CLI.guarded(secrets: secrets) {
            var sources: [any GatewaySource]
            // MFA codes are asked in a modal on the explorer's screen, whenever a call needs one.
            let mfa = MFAPromptBridge()
            do {
                // Files are parsed once the screen is up: a big one shows a spinner, not a frozen terminal.
                sources = try options.makeSources(secrets: secrets, mfaPrompt: mfa.prompt, fileReading: .deferred)
            } catch where !options.usesFiles {
                // No credentials or a bad AWS config: the explorer shows why and how to fix it.
                let reason = secrets.redact(String(describing: error))
                sources = [UnavailableSource(label: "aws", reason: CLIError(reason))]
            }
            try await ExplorerLauncher.open(sources: sources, readonly: readonly, mfa: mfa)
            CLI.keepUntilExit(sources)
        }
    }
}

/// Opening the full-screen explorer from an async command.
enum ExplorerLauncher {
    /// Runs the explorer on the real terminal on a thread of its own (it blocks while it waits
    /// for keys), and returns when the user quits.
    static func open(sources: [any GatewaySource], readonly: Bool, mfa: MFAPromptBridge? = nil) async throws {
        let label = sources.count == 1 ? sources[0].label : "\(sources.count) export files"
        let outcome: Result<Void, CLIError> = await withCheckedContinuation { continuation in
            let thread = Thread {
                do {
                    try Explorer.runInTerminal(sources: sources, label: label, readonly: readonly, mfa: mfa)
                    continuation.resume(returning: .success(()))
                } catch {
                    continuation.resume(returning: .failure(CLIError("error: \(error)")))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        try outcome.get()
    }
}
