import Foundation
import GatewayClient
import TerminalUI

/// `GWX_BENCH_EXIT_AFTER_FIRST_FRAME=1`: leave the loop right after the first frame is shown
/// (the benchmark of start to first frame, `scripts/bench.sh`).
private let exitAfterFirstFrame = ProcessInfo.processInfo.environment["GWX_BENCH_EXIT_AFTER_FIRST_FRAME"] == "1"
/// `loaded`: after the first frame drawn with nothing left loading (the tree of a file on screen).
private let exitAfterLoadedFrame = ProcessInfo.processInfo.environment["GWX_BENCH_EXIT_AFTER_FIRST_FRAME"] == "loaded"

extension Explorer {
    /// Runs the explorer on a terminal until the user quits: lists the APIs of every source
    /// (an export file is one source with one API; an AWS account is one source with many),
    /// then browses them. `label` is the header's source label (`aws default eu-west-1`,
    /// `file api.yaml`); `readonly` marks the session as browse-only. Loads run as tasks off
    /// this thread, so the UI never blocks; call it from a thread that may block (e.g. main).
    /// `mfa` opens a modal for the MFA codes its prompt is asked for.
    public static func run(sources: [any GatewaySource], label: String, readonly: Bool, terminal: any Terminal, mfa: MFAPromptBridge? = nil) {
        run(sources: sources, label: label, readonly: readonly, terminal: terminal, settleBeforeInput: false, mfa: mfa)
    }

    /// Runs the explorer on the real terminal (ncursesw), giving the terminal back on exit,
    /// on error and on SIGINT/SIGTERM. Throws when there is no usable terminal.
    public static func runInTerminal(sources: [any GatewaySource], label: String, readonly: Bool, mfa: MFAPromptBridge? = nil) throws {
        let terminal = CursesTerminal()
        try terminal.start()
        defer { terminal.stop() }
        run(sources: sources, label: label, readonly: readonly, terminal: terminal, mfa: mfa)
    }

    /// The loop. With `settleBeforeInput`, running loads finish before the next input is read
    /// (tests use it to make a scripted run deterministic).
    static func run(sources: [any GatewaySource], label: String, readonly: Bool, terminal: any Terminal, settleBeforeInput: Bool,
                    journal: DraftJournal? = DraftJournal.defaultDirectory().map { DraftJournal(directory: $0) },
                    clock: @escaping () -> Double = { Date().timeIntervalSince1970 }, mfa: MFAPromptBridge? = nil) {
        var state = ExplorerState(size: terminal.size, label: label, readonly: readonly, sourceLabels: sources.map(\.label), sourceIdentities: sources.map(\.identity))
        state.awsSources = Set(sources.indices.filter { sources[$0] is AWSSource })
        state.deploySources = Set(sources.indices.filter { sources[$0].supportsDeployments })
        state.testSources = Set(sources.indices.filter { sources[$0].supportsTestInvoke })
        state.listingMessages = sources.map(\.listingMessage)
        let mailbox = Mailbox()
        let runner = EffectRunner(sources: sources, mailbox: mailbox, journal: journal, clock: clock)
        defer { runner.cancelAll() }
        // Codes asked while the screen is open come in as events; on the way out, unanswered
        // questions fail (before the loads are cancelled, so none waits forever).
        mfa?.attach(mailbox)
        defer { mfa?.close() }
        func apply(_ effects: [Effect]) {
            for effect in effects {
                switch effect {
                case let .copy(text): terminal.copyToClipboard(text)
                case .quit:
                    state.quitting = true
                    runner.flushDrafts()
                case let .externalEdit(text, fileExtension):
                    runner.flushDrafts()
                    terminal.suspend()
                    let result = ExternalEditor.edit(text, fileExtension: fileExtension)
                    terminal.resume()
                    mailbox.post(.externalEditFinished(result))
                default: runner.start(effect)
                }
            }
        }
        apply(start(&state))
        terminal.present(draw(state))
        // scripts/bench.sh times process start to first frame with this; nothing else sets it.
        if exitAfterFirstFrame { return }
        var lastTick = ContinuousClock.now
        while !state.quitting {
            var events = mailbox.take(waiting: 0)
            // An open MFA question waits for keys, not for the load under it.
            if events.isEmpty, settleBeforeInput, runner.inFlight > 0, state.layer(MFACodeModal.self) == nil {
                events = mailbox.take(waiting: 5)
            }
            if events.isEmpty {
                // While something loads, look at the mailbox every frame's time: a finished load
                // does not wake the terminal's read. Held draft writes are due within one window:
                // wait no longer than that.
                var timeout = runner.inFlight > 0 ? 16 : 500
                if let due = runner.draftsDueIn { timeout = min(timeout, Int((due * 1000).rounded(.up))) }
                if let input = terminal.readEvent(timeoutMilliseconds: timeout) {
                    events = [.input(input)]
                } else {
                    // Input paused: held drafts go to disk now.
                    runner.flushDrafts()
                    if state.isBusy, lastTick.duration(to: .now) >= .milliseconds(60) {
                        // The spinner turns at its own pace, however often the loop wakes.
                        lastTick = .now
                        events = [.tick]
                    }
                }
            }
            for event in events {
                runner.finished(event)
                apply(update(&state, event))
            }
            runner.writeDraftsIfDue()
            if !events.isEmpty {
                terminal.present(draw(state))
                if exitAfterLoadedFrame, runner.inFlight == 0, !state.isBusy { return }
            }
        }
    }
}
