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
    /// The bytes of a file.
    static func readAll(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "cannot open the file") }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot read the file")
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }

    /// Replaces a file's content so that readers see either the old or the new bytes.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let target = resolvedPath(path)
        let (folder, name) = split(target)
        var status = stat()
        let hasStatus = stat(target, &status) == 0
        var template = Array("\(folder)/.\(name).gwx-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw failure(path, "cannot create a temporary file in \(folder)") }
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
                _ = fchmod(descriptor, status.st_mode & 0o7777)
                _ = fchown(descriptor, status.st_uid, status.st_gid)
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
