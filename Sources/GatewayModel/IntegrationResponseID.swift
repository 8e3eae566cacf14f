/// The address of an integration response: Terraform's import ID
/// `REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE`.
///
/// In an export file, resources are addressed by path, so the resource part may itself
/// contain `/` (`pets//pets/{petId}/GET/200`): the first part is the API, the last two are
/// the method and status, and everything between is the resource.
public struct IntegrationResponseID: Hashable, Sendable, CustomStringConvertible {
    public var restApiId: String
    public var resourceId: String
    public var httpMethod: String
    public var statusCode: String

    public init(restApiId: String, resourceId: String, httpMethod: String, statusCode: String) {
        self.restApiId = restApiId
        self.resourceId = resourceId
        self.httpMethod = httpMethod
        self.statusCode = statusCode
    }

    /// The import ID text.
    public var description: String { "\(restApiId)/\(resourceId)/\(httpMethod)/\(statusCode)" }
}

/// The address of a method: `REST-API-ID/RESOURCE-ID/HTTP-METHOD`.
public struct MethodID: Hashable, Sendable, CustomStringConvertible {
    public var restApiId: String
    public var resourceId: String
    public var httpMethod: String

    public init(restApiId: String, resourceId: String, httpMethod: String) {
        self.restApiId = restApiId
        self.resourceId = resourceId
        self.httpMethod = httpMethod
    }

    public var description: String { "\(restApiId)/\(resourceId)/\(httpMethod)" }
}
