import Foundation

/// Asks the user for the current code of an MFA device; throws when no one can be asked.
public typealias MFAPrompt = @Sendable (MFASpec) async throws -> String

/// The command line's MFA prompt: botocore's `Enter MFA code for SERIAL: ` on the controlling
/// terminal (`/dev/tty`, as `getpass` does, echo off), never read from a pipe; without a
/// terminal it fails with a message saying so.
public enum TerminalMFAPrompt {
    /// Asks on `/dev/tty` (or `path`), off the cooperative pool.
    public static func ask(_ mfa: MFASpec, path: String = "/dev/tty") async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try askBlocking(mfa, path: path) })
            }
        }
    }

    static func askBlocking(_ mfa: MFASpec, path: String) throws -> String {
        let descriptor = open(path, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0, isatty(descriptor) == 1 else {
            if descriptor >= 0 { close(descriptor) }
            throw ConfigError("profile \"\(mfa.profileName)\" needs a code from MFA device \(mfa.serial), and there is no terminal to ask on (gwx never reads it from a pipe); run gwx in a terminal, or use credentials that need no MFA")
        }
        defer { close(descriptor) }
        var saved = termios()
        let hasModes = tcgetattr(descriptor, &saved) == 0
        if hasModes {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(descriptor, TCSAFLUSH, &quiet)
        }
        defer { if hasModes { tcsetattr(descriptor, TCSAFLUSH, &saved) } }
        writeAll(descriptor, "Enter MFA code for \(mfa.serial): ")
        var line: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0 && errno == EINTR { continue }
            if count <= 0 || byte == 0x0A || byte == 0x0D { break }
            if line.count < 64 { line.append(byte) }
        }
        writeAll(descriptor, "\n")
        let code = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard !code.isEmpty else { throw ConfigError("no MFA code was entered for \(mfa.serial)") }
        return code
    }

    private static func writeAll(_ descriptor: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
}
