import Foundation
import GatewayClient

/// MFA codes for the explorer: asked on the terminal before the full screen opens (the prompt
/// cannot share the screen with curses), the session then kept for its lifetime; should it
/// expire while the screen is open, loads fail with a message saying to start gwx again.
final class ExplorerMFAPrompt: @unchecked Sendable {
    private let lock = NSLock()
    private var screenOpen = false

    /// The prompt handed to the AWS source.
    var ask: MFAPrompt {
        { [self] mfa in
            guard !lock.withLock({ screenOpen }) else {
                throw CLIError("the MFA session of profile \"\(mfa.profileName)\" has expired; quit gwx (q) and start it again to enter a new code for \(mfa.serial)")
            }
            return try await TerminalMFAPrompt.ask(mfa)
        }
    }

    /// Fetches the credentials of every AWS source that needs an MFA code, on the terminal;
    /// a source whose code fails becomes an unavailable source showing why. Then marks the
    /// screen open.
    func askBeforeTheScreenOpens(_ sources: [any GatewaySource], secrets: Secrets) async -> [any GatewaySource] {
        var ready: [any GatewaySource] = []
        for source in sources {
            guard let aws = source as? AWSSource, aws.mfa != nil else {
                ready.append(source)
                continue
            }
            do {
                try await aws.prepareCredentials()
                ready.append(aws)
            } catch {
                ready.append(UnavailableSource(label: aws.label, reason: CLIError(secrets.redact(String(describing: error)))))
            }
        }
        lock.withLock { screenOpen = true }
        return ready
    }
}
