import Foundation
import XCTest

/// The real gwx binary in a real terminal: a detached tmux session driven with send-keys and
/// read back with capture-pane, as a user at a keyboard would.
final class TmuxSession {
    let name: String
    /// The session's `XDG_STATE_HOME` (drafts live under it).
    let stateHome: String
    /// The session's `TMPDIR`: what gwx writes there (`gwx demo`'s copies) goes with the session.
    private let temporaryHome: String
    private let socket: String

    /// Starts `gwx ARGUMENTS` in a new detached session of the given size.
    init(arguments: [String], columns: Int = 120, rows: Int = 36, environment: [String: String] = [:]) throws {
        name = "gwx-e2e-\(UUID().uuidString.prefix(8))"
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).sock").path
        let command = ([GWXProcess.binary] + arguments).map(TmuxSession.shellQuoted).joined(separator: " ")
        // A state folder of its own, so drafts of one test never reach another or the user's.
        stateHome = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-state").path
        temporaryHome = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-tmp").path
        try FileManager.default.createDirectory(atPath: temporaryHome, withIntermediateDirectories: true)
        // No EC2 instance metadata unless a test points it at a fake: a run with no credentials
        // would otherwise ask 169.254.169.254, an address no test may reach.
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_STATE_HOME": stateHome, "TMPDIR": temporaryHome,
                   "AWS_EC2_METADATA_DISABLED": "true"]
        env.merge(environment) { $1 }
        let exports = env.map { "\($0.key)=\(TmuxSession.shellQuoted($0.value))" }.joined(separator: " ")
        try tmux(["-u", "new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), "env \(exports) \(command); sleep 30"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
        try? FileManager.default.removeItem(atPath: stateHome)
        try? FileManager.default.removeItem(atPath: temporaryHome)
    }

    /// Types keys (tmux key names such as `Enter`, `Escape`, `Down`, or literal text with `literal: true`).
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Pastes text the way a terminal does (tmux `load-buffer` + `paste-buffer -p`): wrapped
    /// in ESC[200~ … ESC[201~ when the program turned bracketed paste on, LF sent as CR.
    func paste(_ text: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-paste-\(UUID().uuidString)")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        try tmux(["load-buffer", "-b", "gwx-paste", file.path])
        try tmux(["paste-buffer", "-p", "-d", "-b", "gwx-paste", "-t", name])
    }

    /// The screen as text, one line per row.
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (escapes ? ["-e"] : []))
    }

    /// Resizes the window.
    func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// Waits until the screen contains `text` (polling up to `timeout` seconds); returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("screen never showed \(text.debugDescription); last screen:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until the screen no longer contains `text`.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("screen still shows \(text.debugDescription); last screen:\n\(last)", file: file, line: line)
        return last
    }

    /// The PID of the program running in the pane.
    func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // posix_spawn and waitpid, not Foundation's Process: the tmux server that `new-session`
        // forks inherits what Process uses to watch its child, and the wait never ends.
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ["tmux", "-S", socket] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, nil, &cArguments, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
