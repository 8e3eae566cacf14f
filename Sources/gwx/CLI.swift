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
        } catch {
            throw exitError(for: error, secrets: secrets)
        }
    }

    /// `guarded` for a command that runs without Swift concurrency (`gwx render`: its start-up
    /// should not pay for the concurrency runtime's threads).
    static func guarded(secrets: Secrets = Secrets(), _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw exitError(for: error, secrets: secrets)
        }
    }

    /// ArgumentParser's own exits pass through; any other error is printed (redacted) and exits 1.
    private static func exitError(for error: any Error, secrets: Secrets) -> any Error {
        if error is ExitCode || error is CleanExit { return error }
        printError(secrets.redact(String(describing: error)))
        return ExitCode(1)
    }

    /// Keeps a value until the process ends instead of freeing it: a command that read a big API
    /// would spend longer freeing its tree (hundreds of thousands of nodes) than printing its
    /// answer, and the system takes the memory back at exit anyway.
    static func keepUntilExit<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Kept(value))
    }

    private final class Kept<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Writes bytes to stdout after whatever `print` has buffered, as they are.
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = write(STDOUT_FILENO, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Writes a message and a newline to stderr.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
    }
}
