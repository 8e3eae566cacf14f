import Foundation

/// Where drafts live on disk: one JSON file per integration response, written atomically
/// (temp file, then rename) on every edit, so a crash, `kill -9` or a lost SSH session
/// loses nothing that was typed.
public struct DraftJournal: Sendable {
    /// The directory of the draft files.
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `$XDG_STATE_HOME/gwx/drafts`, else `~/.local/state/gwx/drafts`; `nil` without a home.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/gwx/drafts" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/gwx/drafts"
    }

    /// Why a draft could not be written or read.
    struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    private func path(for key: DraftKey) -> String { directory + "/" + key.fileName }

    /// Writes a draft, replacing the old one atomically.
    func write(_ draft: Draft) throws(Failure) {
        let target = path(for: draft.key)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let data = try encoder.encode(draft)
            let temporary = target + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw Failure(path: temporary, message: "cannot create the file (is the directory writable?)")
            }
            guard rename(temporary, target) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw Failure(path: target, message: reason)
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: target, message: error.localizedDescription)
        }
    }

    /// Deletes a draft (nothing happens when there is none).
    func delete(_ key: DraftKey) {
        unlink(path(for: key))
    }

    /// Every readable draft, oldest first; unreadable files are reported, not deleted.
    func readAll() -> (drafts: [Draft], failures: [Failure]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var drafts: [Draft] = []
        var failures: [Failure] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let file = directory + "/" + name
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                drafts.append(try JSONDecoder().decode(Draft.self, from: data))
            } catch {
                failures.append(Failure(path: file, message: "not a gwx draft (\(error.localizedDescription)); left in place"))
            }
        }
        return (drafts.sorted { $0.writtenAt < $1.writtenAt }, failures)
    }
}
