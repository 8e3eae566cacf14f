/// A model value that could not be read from text (an import ID, a content handling, a
/// mapping expression), with a message the user can act on.
public struct ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was wrong and how to fix it.
    public var message: String
    /// The text that was rejected.
    public var input: String

    /// An error about `input`.
    public init(_ message: String, input: String) {
        self.message = message
        self.input = input
    }

    /// The message.
    public var description: String { message }
}
