#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way gwx reads a file the user named (exports, templates, bodies, samples, drafts,
/// `~/.aws` files, stdin): regular files only, never blocking on a FIFO, never more than the
/// size limit, and every failure named by its real cause with the path.
public enum GuardedFile {
    /// A regular file's bytes. A directory, FIFO, socket or device is refused without reading;
    /// the check is made again on the opened descriptor, so a file swapped in between is caught.
    public static func read(_ path: String, what: String, limit: FileSizeLimit) throws(FileReadError) -> [UInt8] {
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileReadError(path: path, what: what, errno: errno) }
        if let kind = FileKind(mode: status.st_mode), kind != .regular {
            throw FileReadError(path: path, what: what, reason: kind.refusal)
        }
        // O_NONBLOCK: if a FIFO replaced the file since stat, open returns at once instead of
        // waiting for a writer; fstat below then refuses it.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileReadError(path: path, what: what, errno: errno) }
        defer { close(descriptor) }
        guard fstat(descriptor, &status) == 0 else { throw FileReadError(path: path, what: what, errno: errno) }
        if let kind = FileKind(mode: status.st_mode), kind != .regular {
            throw FileReadError(path: path, what: what, reason: kind.refusal)
        }
        let size = Int(status.st_size)
        if size > limit.bytes {
            throw FileReadError(path: path, what: what, reason: tooLarge("it is \(FileSizeLimit.readable(size))", limit: limit))
        }
        return try readBounded(descriptor, expectedSize: size, path: path, what: what, limit: limit)
    }

    /// Like `read`, but nil when the file does not exist (an optional config file).
    public static func readIfPresent(_ path: String, what: String, limit: FileSizeLimit) throws(FileReadError) -> [UInt8]? {
        var status = stat()
        if stat(path, &status) != 0, errno == ENOENT { return nil }
        return try read(path, what: what, limit: limit)
    }

    /// Standard input's bytes (a pipe, a terminal or a redirected file), at most `limit`.
    public static func readStandardInput(what: String, limit: FileSizeLimit) throws(FileReadError) -> [UInt8] {
        try readBounded(STDIN_FILENO, expectedSize: 0, path: "<stdin>", what: what, limit: limit)
    }

    /// What is at `path` (symbolic links followed); throws the real cause when nothing can be found.
    public static func kind(of path: String, what: String) throws(FileReadError) -> FileKind {
        var status = stat()
        guard stat(path, &status) == 0 else { throw FileReadError(path: path, what: what, errno: errno) }
        return FileKind(mode: status.st_mode) ?? .other
    }

    /// Reads a descriptor to its end, failing once more than `limit` bytes arrive. The size a
    /// file reports is only a hint (files under /proc report 0, a file may grow while read).
    public static func readBounded(_ descriptor: Int32, expectedSize: Int, path: String, what: String,
                                   limit: FileSizeLimit) throws(FileReadError) -> [UInt8] {
        // The size the file reports (and one byte more, to see the end) is read straight into
        // the array; only a file that grew, or reports no size, goes on in chunks.
        var failure: Int32 = 0
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(max(expectedSize, 0), limit.bytes) + 1) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = readDescriptor(descriptor, base + count, buffer.count - count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 {
                    atEnd = true
                    return
                }
                count += got
            }
        }
        if failure != 0 { throw FileReadError(path: path, what: what, errno: failure) }
        if bytes.count > limit.bytes {
            throw FileReadError(path: path, what: what, reason: tooLarge("it holds more than \(limit)", limit: limit))
        }
        if atEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let room = min(chunk.count, limit.bytes + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { readDescriptor(descriptor, $0.baseAddress, room) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, what: what, errno: errno)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit.bytes {
                throw FileReadError(path: path, what: what, reason: tooLarge("it holds more than \(limit)", limit: limit))
            }
        }
        return bytes
    }

    private static func tooLarge(_ size: String, limit: FileSizeLimit) -> String {
        "\(size), over gwx's \(limit) limit for a file; raise it with --max-file-size or \(FileSizeLimit.environmentVariable) (for example 200M)"
    }
}

/// `read(2)`, under a name `GuardedFile.read` does not shadow.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// What a path names, as `stat` sees it.
public enum FileKind: Hashable, Sendable {
    case regular, directory, fifo, socket, characterDevice, blockDevice, other

    /// The kind of a `st_mode`; nil never happens on POSIX systems but keeps the switch honest.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        default: self = .other
        }
    }

    /// Why gwx will not read a file of this kind.
    var refusal: String {
        switch self {
        case .regular: return "it is a regular file"
        case .directory: return "it is a directory, not a file"
        case .fifo: return "it is a FIFO (named pipe), not a regular file"
        case .socket: return "it is a socket, not a regular file"
        case .characterDevice: return "it is a character device, not a regular file"
        case .blockDevice: return "it is a block device, not a regular file"
        case .other: return "it is not a regular file"
        }
    }
}

/// A file gwx could not read: what it was for, the path, and the real cause.
public struct FileReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path as given (`<stdin>` for standard input).
    public var path: String
    /// What the file was for (`export file`, `template`, `body`, …).
    public var what: String
    /// The cause, in words (`too many levels of symbolic links`, `it is a FIFO …`).
    public var reason: String

    public init(path: String, what: String, reason: String) {
        self.path = path
        self.what = what
        self.reason = reason
    }

    /// The failure of a system call, by its `errno`.
    init(path: String, what: String, errno code: Int32) {
        let text = String(cString: strerror(code))
        let reason = text.prefix(1).lowercased() + text.dropFirst()
        self.init(path: path, what: what, reason: reason)
    }

    /// `cannot read the template: it is a FIFO …`.
    public var message: String { "cannot read the \(what): \(reason)" }

    /// `PATH: error: cannot read the WHAT: REASON`.
    public var description: String { "\(path): error: \(message)" }
}
