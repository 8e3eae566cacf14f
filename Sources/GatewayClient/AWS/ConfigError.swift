/// Configuration that gwx could not use: missing credentials or region, a broken
/// `~/.aws` file, a failing `credential_process`. Carries the file and line when one is at fault.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong and how to fix it.
    public var message: String
    /// The file at fault, if any.
    public var file: String?
    /// The 1-based line in `file`, if known.
    public var line: Int?

    public init(_ message: String, file: String? = nil, line: Int? = nil) {
        self.message = message
        self.file = file
        self.line = line
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): error: \(message)"
        case let (file?, nil): return "\(file): error: \(message)"
        default: return "error: \(message)"
        }
    }
}
