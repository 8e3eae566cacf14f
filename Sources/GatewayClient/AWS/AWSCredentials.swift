import Foundation

/// An access key pair, with a session token for temporary credentials.
public struct AWSCredentials: Sendable, Equatable {
    /// The access key ID (`AKIA…`/`ASIA…`); not a secret.
    public var accessKeyId: String
    /// The secret access key: never printed.
    public var secretAccessKey: String
    /// The session token of temporary credentials: never printed.
    public var sessionToken: String?
    /// When temporary credentials stop working, if known.
    public var expiration: Date?
    /// Where these credentials came from (`environment`, `profile dev in ~/.aws/credentials`, …).
    public var source: String

    public init(accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil, expiration: Date? = nil, source: String = "") {
        self.accessKeyId = accessKeyId
        self.secretAccessKey = secretAccessKey
        self.sessionToken = sessionToken
        self.expiration = expiration
        self.source = source
    }

    /// The secret strings these credentials hold, for redaction.
    public var secrets: [String] {
        [secretAccessKey, sessionToken].compactMap { $0 }.filter { !$0.isEmpty }
    }
}

extension AWSCredentials: CustomStringConvertible, CustomDebugStringConvertible {
    /// Shows the key ID and source only, so credentials can be logged or dumped safely.
    public var description: String {
        "AWSCredentials(accessKeyId: \(accessKeyId), secretAccessKey: <redacted>, sessionToken: \(sessionToken == nil ? "none" : "<redacted>"), source: \(source))"
    }

    public var debugDescription: String { description }
}
