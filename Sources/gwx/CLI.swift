import ArgumentParser
import Foundation
import GatewayClient

/// What every subcommand shares: turning errors into one clear line on stderr and an exit code.
enum CLI {
    /// Runs `body`; any error is printed as its description, with every secret in `secrets`
    /// (and every URL password, signature and token header) redacted, and exits 1.
    static func guarded(secrets: Secrets = Secrets(), _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            printError(secrets.redact(String(describing: error)))
            throw ExitCode(1)
        }
    }

    /// Writes a message and a newline to stderr.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
