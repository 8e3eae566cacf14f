import Foundation
import GatewayClient

/// Where drafts live on disk: one JSON file per integration response, written atomically and
/// durably (temp file, fsync, rename). The app coalesces writes (`DraftWriteCoalescer`), so a
/// crash, `kill -9` or a lost SSH session loses at most the last 150 ms of typing.
///
/// The preview's sample backend response (which may be a megabyte of body) lives in a file of
/// its own beside the draft, rewritten only when the sample changes, so a keystroke in a
/// template writes only the small draft.
public struct DraftJournal: Sendable {
    /// The directory of the draft files.
    public let directory: String
    /// What this process last wrote as each draft's sample (by hash).
    private let writtenSamples = WrittenSamples()

    /// The largest draft or sample file read back.
    let limit: FileSizeLimit

    public init(directory: String, limit: FileSizeLimit = .lenient(ProcessInfo.processInfo.environment)) {
        self.directory = directory
        self.limit = limit
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

    /// The sample file beside a draft file (`….json` → `….sample`).
    private static func samplePath(forDraftFile file: String) -> String {
        String(file.dropLast(".json".count)) + ".sample"
    }

    /// Writes a draft, replacing the old one atomically; its sample only when it changed.
    func write(_ draft: Draft) throws(Failure) {
        let target = path(for: draft.key)
        var small = draft
        small.sample = nil
        try writeFile(small, to: target)
        let samplePath = Self.samplePath(forDraftFile: target)
        if let sample = draft.sample {
            guard writtenSamples.changed(target, to: sample.hashValue) else { return }
            try writeFile(sample, to: samplePath)
        } else if writtenSamples.changed(target, to: 0) {
            unlink(samplePath)
        }
    }

    /// Encodes a value and puts it at `target` atomically and durably: a temp file written
    /// and fsynced, renamed over the target, then the directory fsynced.
    private func writeFile(_ value: some Encodable, to target: String) throws(Failure) {
        let data: Data
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            data = try encoder.encode(value)
        } catch {
            throw Failure(path: target, message: error.localizedDescription)
        }
        let temporary = target + ".tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Failure(path: temporary, message: "cannot create the file: \(String(cString: strerror(errno)))")
        }
        let written = writeAll(data, to: descriptor)
        let synced = written && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        close(descriptor)
        guard synced, rename(temporary, target) == 0 else {
            let message = synced ? String(cString: strerror(errno)) : reason
            unlink(temporary)
            throw Failure(path: target, message: message)
        }
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Deletes a draft (nothing happens when there is none).
    func delete(_ key: DraftKey) {
        let file = path(for: key)
        unlink(file)
        unlink(Self.samplePath(forDraftFile: file))
        writtenSamples.forget(file)
    }

    /// Every readable draft, oldest first; unreadable files are reported, not deleted.
    func readAll() -> (drafts: [Draft], failures: [Failure]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var drafts: [Draft] = []
        var failures: [Failure] = []
        for name in names.sorted() where name.hasSuffix(".json") {
            let file = directory + "/" + name
            do {
                let data = Data(try GuardedFile.read(file, what: "draft", limit: limit))
                var draft = try JSONDecoder().decode(Draft.self, from: data)
                if draft.sample == nil,
                   let sampleData = try? GuardedFile.readIfPresent(Self.samplePath(forDraftFile: file), what: "draft sample", limit: limit) {
                    // A sample that cannot be read is dropped; the edit itself is what matters.
                    draft.sample = try? JSONDecoder().decode(SampleBackend.self, from: Data(sampleData))
                }
                drafts.append(draft)
            } catch let error as FileReadError {
                failures.append(Failure(path: file, message: "\(error.message); left in place"))
            } catch {
                failures.append(Failure(path: file, message: "not a gwx draft (\(error.localizedDescription)); left in place"))
            }
        }
        return (drafts.sorted { $0.writtenAt < $1.writtenAt }, failures)
    }
}

/// The hash of the sample this process last wrote for each draft file.
private final class WrittenSamples: @unchecked Sendable {
    private let lock = NSLock()
    private var hashes: [String: Int] = [:]

    /// Records `hash` for `file`; true when it differs from what was recorded before.
    func changed(_ file: String, to hash: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard hashes[file] != hash else { return false }
        hashes[file] = hash
        return true
    }

    /// Forgets a file (its draft was deleted).
    func forget(_ file: String) {
        lock.lock()
        defer { lock.unlock() }
        hashes[file] = nil
    }
}

/// Writes all of `data` to a file descriptor (a free function: inside `DraftJournal`, `write` is the draft writer).
private func writeAll(_ data: Data, to descriptor: Int32) -> Bool {
    data.withUnsafeBytes { buffer -> Bool in
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, buffer.baseAddress?.advanced(by: offset), buffer.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
