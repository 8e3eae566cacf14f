/// A stage of a REST API: a named snapshot (a deployment) that callers reach at `/{stageName}`.
public struct Stage: Hashable, Sendable {
    /// The stage's name (`prod`), the first segment of its invoke URL.
    public var stageName: String
    /// The deployment the stage serves, if any.
    public var deploymentId: String?
    /// The description, if any.
    public var description: String?
    /// When the stage last changed, as ISO 8601 text, if known.
    public var lastUpdatedDate: String?

    public init(stageName: String, deploymentId: String? = nil, description: String? = nil, lastUpdatedDate: String? = nil) {
        self.stageName = stageName
        self.deploymentId = deploymentId
        self.description = description
        self.lastUpdatedDate = lastUpdatedDate
    }

    /// The longest stage name API Gateway accepts.
    public static let maxNameLength = 128

    /// Why a stage name would be refused, or nil when it is acceptable: API Gateway allows
    /// letters, digits, `-` and `_`, at most 128 characters.
    public static func nameProblem(_ name: String) -> String? {
        if name.isEmpty { return "type a stage name" }
        if name.count > maxNameLength { return "a stage name has at most \(maxNameLength) characters" }
        if let bad = name.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_")) }) {
            return "\"\(bad)\" is not allowed: use letters, digits, - and _"
        }
        return nil
    }
}

/// A deployment: an immutable snapshot of a REST API that stages serve.
public struct Deployment: Hashable, Sendable {
    /// The deployment's ID (`abc123`).
    public var id: String
    /// The description, if any.
    public var description: String?
    /// When it was created, as ISO 8601 text, if known.
    public var createdDate: String?

    public init(id: String, description: String? = nil, createdDate: String? = nil) {
        self.id = id
        self.description = description
        self.createdDate = createdDate
    }
}
