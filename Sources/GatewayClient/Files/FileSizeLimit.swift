/// The largest file gwx reads (an export, a template, a body, a config file, stdin).
///
/// 64 MB by default, far above what API Gateway accepts (a 6 MB import, a 10 MB payload), so
/// only a mistake (`/dev/zero`, a log file) reaches it; `--max-file-size` or
/// `GWX_MAX_FILE_SIZE` raise it.
public struct FileSizeLimit: Hashable, Sendable, CustomStringConvertible {
    /// The most bytes a file may hold.
    public var bytes: Int

    /// The name of the environment variable that sets the limit.
    public static let environmentVariable = "GWX_MAX_FILE_SIZE"
    /// 64 MB.
    public static let standard = FileSizeLimit(bytes: 64 << 20)

    /// A limit of `bytes` (at least 1).
    public init(bytes: Int) {
        self.bytes = max(1, bytes)
    }

    /// `1048576`, `512K`, `200M`, `2G` (powers of 1024; a trailing `B` is allowed); nil for anything else.
    public init?(parsing text: String) {
        var digits = Substring(text.trimmingSpaces().uppercased())
        if digits.hasSuffix("B") { digits = digits.dropLast() }
        var shift = 0
        switch digits.last {
        case "K": shift = 10
        case "M": shift = 20
        case "G": shift = 30
        default: break
        }
        if shift > 0 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let number = Int(digits), number > 0,
              number <= (Int.max >> 1) >> shift else { return nil }
        self.init(bytes: number << shift)
    }

    /// The limit a `--max-file-size` value (when given), else `GWX_MAX_FILE_SIZE`, else the standard one sets.
    /// Throws a usage message naming the setting that does not parse.
    public static func resolve(flag: String?, environment: [String: String]) throws(FileSizeLimitError) -> FileSizeLimit {
        if let flag {
            guard let limit = FileSizeLimit(parsing: flag) else { throw FileSizeLimitError(setting: "--max-file-size", value: flag) }
            return limit
        }
        return try fromEnvironment(environment)
    }

    /// The limit `GWX_MAX_FILE_SIZE` sets, else the standard one.
    public static func fromEnvironment(_ environment: [String: String]) throws(FileSizeLimitError) -> FileSizeLimit {
        guard let value = environment[environmentVariable], !value.trimmingSpaces().isEmpty else { return .standard }
        guard let limit = FileSizeLimit(parsing: value) else { throw FileSizeLimitError(setting: environmentVariable, value: value) }
        return limit
    }

    /// The limit `GWX_MAX_FILE_SIZE` sets, else the standard one (also when it does not parse:
    /// the command line reports that before anything is read).
    public static func lenient(_ environment: [String: String]) -> FileSizeLimit {
        (try? fromEnvironment(environment)) ?? .standard
    }

    /// `64 MB`, `512 KB`, `100 bytes`.
    public var description: String { FileSizeLimit.readable(bytes) }

    /// A byte count as people read it, in powers of 1024.
    public static func readable(_ count: Int) -> String {
        if count >= 1 << 30, count % (1 << 30) == 0 { return "\(count >> 30) GB" }
        if count >= 1 << 20 { return count % (1 << 20) == 0 ? "\(count >> 20) MB" : "\(count / ((1 << 20) / 10) / 10).\(count / ((1 << 20) / 10) % 10) MB" }
        if count >= 1 << 10, count % (1 << 10) == 0 { return "\(count >> 10) KB" }
        return "\(count) bytes"
    }
}

/// A `--max-file-size` or `GWX_MAX_FILE_SIZE` value that is not a size.
public struct FileSizeLimitError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `--max-file-size` or `GWX_MAX_FILE_SIZE`.
    public var setting: String
    /// What was given.
    public var value: String

    public var description: String {
        "error: \(setting) \(value): expected a size in bytes such as 200M, 1G or 1048576"
    }
}
