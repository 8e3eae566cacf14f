import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How running an input (or a batch of them) in a child process ended.
enum Outcome: Equatable {
    case passed
    /// The child died of a signal (a Swift trap is SIGILL or SIGTRAP; a stack overflow SIGSEGV).
    case crashed(signal: Int32)
    /// The child exited with a status other than 0.
    case exited(status: Int32)
    /// No progress for the hang limit: the child was killed.
    case hung

    var label: String {
        switch self {
        case .passed: return "passed"
        case let .crashed(signal): return "crash (signal \(signal) \(String(cString: strsignal(signal))))"
        case let .exited(status): return "exit status \(status)"
        case .hung: return "hang"
        }
    }

    var kind: String {
        switch self {
        case .passed: return "passed"
        case .crashed: return "crash"
        case .exited: return "exit"
        case .hung: return "hang"
        }
    }
}

/// Runs inputs in forked children, so a trap, a crash or a hang ends the child and not the
/// fuzzer: one child per batch, which reports the index of each input before running it; the
/// parent watches with a per-input hang limit.
struct Supervisor {
    /// Seconds one input may run before it counts as a hang.
    let hangSeconds: Double
    /// The child's address-space limit, so an input that allocates without bound traps in
    /// the child instead of exhausting a shared machine.
    let memoryLimitBytes: UInt64 = 4 << 30
    let scratchDirectory: String

    /// Runs `inputs` with `run` in one child; on failure, the index of the input that failed.
    func runBatch(_ inputs: [[UInt8]], quiet: Bool = false, _ run: ([UInt8]) -> Void) -> (outcome: Outcome, index: Int) {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return (.exited(status: -1), 0) }
        fflush(nil)
        let child = fork()
        if child == 0 {
            close(fds[0])
            childSetUp(quiet: quiet)
            for (index, input) in inputs.enumerated() {
                var marker = Int32(index)
                _ = write(fds[1], &marker, 4)
                run(input)
            }
            _exit(0)
        }
        close(fds[1])
        defer { close(fds[0]) }
        guard child > 0 else { return (.exited(status: -1), 0) }
        var current = 0
        var buffer = [Int32](repeating: 0, count: 1_024)
        while true {
            var poller = pollfd(fd: fds[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(hangSeconds * 1_000))
            if ready == 0 {
                kill(child, SIGKILL)
                reap(child)
                return (.hung, current)
            }
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            let count = buffer.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
            if count <= 0 { break }
            current = Int(buffer[count / 4 - 1])
        }
        return (reap(child), current)
    }

    /// Runs one input in a child, its trap messages silenced (minimizing runs many).
    func runOne(_ input: [UInt8], _ run: ([UInt8]) -> Void) -> Outcome {
        runBatch([input], quiet: true, run).outcome
    }

    /// Waits for a child and says how it ended.
    @discardableResult
    private func reap(_ child: pid_t) -> Outcome {
        var status: Int32 = 0
        while waitpid(child, &status, 0) == -1, errno == EINTR {}
        let signal = status & 0x7F
        if signal != 0 { return .crashed(signal: signal) }
        let code = (status >> 8) & 0xFF
        return code == 0 ? .passed : .exited(status: code)
    }

    /// In the child: no core files, a memory limit, no output (and no trap message when
    /// `quiet`), its own scratch folder.
    private func childSetUp(quiet: Bool) {
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        var memory = rlimit(rlim_cur: rlim_t(memoryLimitBytes), rlim_max: rlim_t(memoryLimitBytes))
        setrlimit(Int32(RLIMIT_AS.rawValue), &memory)
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, STDOUT_FILENO)
            if quiet { dup2(null, STDERR_FILENO) }
        }
        FuzzTarget.scratchDirectory = scratchDirectory
    }

    /// The smallest input found (by removing pieces, then single bytes) that still fails the
    /// same way, within `attempts` tries.
    func minimize(_ input: [UInt8], failing expected: Outcome, attempts: Int, _ run: ([UInt8]) -> Void) -> [UInt8] {
        var best = input
        var tries = 0
        var chunk = max(1, best.count / 2)
        while chunk >= 1, tries < attempts {
            var start = 0
            var removedAny = false
            while start < best.count, tries < attempts {
                var candidate = best
                candidate.removeSubrange(start..<min(best.count, start + chunk))
                tries += 1
                if runOne(candidate, run).kind == expected.kind {
                    best = candidate
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if !removedAny || chunk == 1 {
                if chunk == 1 { break }
                chunk /= 2
            }
        }
        return best
    }
}
