#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading an export file and writing it back atomically (temp file, fsync, rename, fsync
/// of the folder), keeping the file's permissions.
enum ExportFileIO {
    /// The bytes of an export file, read through `GuardedFile` (regular files only, at most `limit`).
    static func readAll(_ path: String, limit: FileSizeLimit) throws -> [UInt8] {
        do {
            return try GuardedFile.read(path, what: "export file", limit: limit)
        } catch {
            throw ExportFileError.io(path: path, message: error.message)
        }
    }

    /// The size of a file that exists (what `stat` says; reading it checks the rest).
    static func size(_ path: String) throws -> Int {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw ExportFileError.io(path: path, message: FileReadError(path: path, what: "export file", errno: errno).message)
        }
        return Int(status.st_size)
    }

    /// Whether two readings of a file hold the same bytes (`memcmp`: `==` on arrays compares
    /// element by element, and a reload compares the whole file).
    static func same(_ first: [UInt8], _ second: [UInt8]) -> Bool {
        guard first.count == second.count else { return false }
        return first.withUnsafeBytes { a in
            second.withUnsafeBytes { b in
                guard let x = a.baseAddress, let y = b.baseAddress else { return true }
                return memcmp(x, y, a.count) == 0
            }
        }
    }

    /// Replaces a file's content so that readers see either the old or the new bytes, keeping
    /// its mode, owner and group. A file whose mode has no write bit, or that the user cannot
    /// write, is refused (the rename would otherwise go around the permission its owner set).
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let target = resolvedPath(path)
        let (folder, name) = split(target)
        var status = stat()
        let hasStatus = stat(target, &status) == 0
        if hasStatus { try refuseUnwritable(path, target: target, status: status) }
        var template = Array("\(folder)/.\(name).gwx-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else {
            // The reason comes first: a banner may have room for one line only.
            let reason = String(cString: strerror(errno))
            throw ExportFileError.io(path: path, message: "cannot save: \(reason) creating a file in \(folder) (a save writes a temporary file beside the file, then renames it)")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            var written = 0
            while written < bytes.count {
                let count = bytes.withUnsafeBytes { buffer in buffer.baseAddress.map { write(descriptor, $0 + written, bytes.count - written) } ?? -1 }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "cannot write the temporary file")
                }
                written += count
            }
            if hasStatus {
                // Owner first: chown clears set-user-ID and set-group-ID bits, chmod puts them back.
                guard fchown(descriptor, status.st_uid, status.st_gid) == 0 else {
                    let reason = String(cString: strerror(errno))
                    throw ExportFileError.io(path: path, message: "cannot save: \(reason) keeping the file's owner and group (uid \(status.st_uid), gid \(status.st_gid)); save as its owner or as root")
                }
                guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else { throw failure(path, "cannot keep the file's mode") }
            } else {
                _ = fchmod(descriptor, 0o644)
            }
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush the temporary file to disk") }
        }
        guard rename(temporary, target) == 0 else { throw failure(path, "cannot replace the file") }
        succeeded = true
        let folderDescriptor = open(folder, O_RDONLY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            _ = fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Refuses a save over a file with no write bit at all (its owner's choice; vim refuses it
    /// even for root) or one this user may not write.
    static func refuseUnwritable(_ path: String, target: String, status: stat) throws {
        let mode = String(status.st_mode & 0o7777, radix: 8)
        if status.st_mode & 0o222 == 0 {
            throw ExportFileError.io(path: path, message: "read-only file (mode 0\(mode)): chmod u+w it, then save again")
        }
        if access(target, W_OK) != 0 {
            let reason = String(cString: strerror(errno))
            throw ExportFileError.io(path: path, message: "\(reason): you may not write the file (mode 0\(mode)); ask its owner")
        }
    }

    /// The path with symbolic links resolved, so a link keeps pointing at the file.
    static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `a/b/c.yaml` → (`a/b`, `c.yaml`); a bare name lives in `.`.
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    static func failure(_ path: String, _ what: String) -> ExportFileError {
        let reason = String(cString: strerror(errno))
        return .io(path: path, message: "\(what): \(reason)")
    }
}
