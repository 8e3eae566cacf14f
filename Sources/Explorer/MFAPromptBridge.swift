import Foundation
import GatewayClient

/// MFA codes asked in the explorer: the AWS source's prompt posts a request to the explorer's
/// loop, which opens `MFACodeModal`, and waits until the user submits or cancels it. Made
/// before the sources (they take `prompt`), handed to `Explorer.runInTerminal`.
public final class MFAPromptBridge: @unchecked Sendable {
    private let lock = NSLock()
    private var mailbox: Mailbox?
    /// Asked before the loop started; posted when it does.
    private var waiting: [MFACodeRequest] = []
    /// Every request not yet answered (failed when the explorer closes).
    private var unanswered: [MFACodeRequest] = []
    private var closed = false

    public init() {}

    /// The prompt handed to the AWS source.
    public var prompt: MFAPrompt {
        { [self] mfa in try await ask(mfa) }
    }

    /// How many requests wait for an answer.
    var unansweredCount: Int { lock.withLock { unanswered.filter { !$0.isAnswered }.count } }

    func ask(_ mfa: MFASpec) async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            let request = MFACodeRequest(mfa, continuation)
            let refused = lock.withLock { () -> Bool in
                guard !closed else { return true }
                unanswered.removeAll { $0.isAnswered }
                unanswered.append(request)
                if let mailbox { mailbox.post(.mfaCodeRequested(request)) } else { waiting.append(request) }
                return false
            }
            if refused { request.cancel() }
        }
    }

    /// The loop started: requests go to its mailbox from now on.
    func attach(_ mailbox: Mailbox) {
        lock.withLock {
            self.mailbox = mailbox
            for request in waiting { mailbox.post(.mfaCodeRequested(request)) }
            waiting.removeAll()
        }
    }

    /// The loop ended: every open request fails, and later ones fail at once.
    func close() {
        let open = lock.withLock { () -> [MFACodeRequest] in
            closed = true
            mailbox = nil
            defer { unanswered.removeAll(); waiting.removeAll() }
            return unanswered
        }
        for request in open { request.cancel() }
    }
}

/// One question for an MFA code, answered once (later answers are ignored).
final class MFACodeRequest: @unchecked Sendable {
    /// The device and profile asking.
    let mfa: MFASpec
    private let lock = NSLock()
    private var continuation: CheckedContinuation<String, any Error>?

    init(_ mfa: MFASpec, _ continuation: CheckedContinuation<String, any Error>) {
        self.mfa = mfa
        self.continuation = continuation
    }

    var isAnswered: Bool { lock.withLock { continuation == nil } }

    /// Gives the code to the load that asked.
    func answer(_ code: String) { take()?.resume(returning: code) }

    /// No code: the load that asked fails with a message saying so.
    func cancel() {
        take()?.resume(throwing: ConfigError("MFA code not given for \(mfa.serial) (profile \"\(mfa.profileName)\")"))
    }

    private func take() -> CheckedContinuation<String, any Error>? {
        lock.withLock {
            defer { continuation = nil }
            return continuation
        }
    }
}
