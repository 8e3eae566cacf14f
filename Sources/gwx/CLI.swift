import ArgumentParser
import Foundation

/// What every subcommand shares: turning errors into one clear line on stderr and an exit code.
enum CLI {
    /// Runs `body`; any error is printed as its description (never a Swift trap) and exits 1.
    static func guarded(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            printError(String(describing: error))
            throw ExitCode(1)
        }
    }

    /// Writes a message and a newline to stderr.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
