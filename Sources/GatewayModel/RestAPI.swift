/// A REST API as listed by the control plane (no resources).
public struct RestAPI: Hashable, Sendable {
    /// The API's ID (`a1b2c3d4e5`); for an export file, the file's ID.
    public var id: String
    /// The API's name (`MyDemoAPI`).
    public var name: String
    /// The description, if any.
    public var description: String?
    /// `EDGE`, `REGIONAL` or `PRIVATE`.
    public var endpointTypes: [String]
    /// When the API was created, as ISO 8601 text, if known.
    public var createdDate: String?
    /// The API's version label, if any.
    public var version: String?

    public init(id: String, name: String, description: String? = nil, endpointTypes: [String] = [], createdDate: String? = nil, version: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.endpointTypes = endpointTypes
        self.createdDate = createdDate
        self.version = version
    }
}

/// A resource: one path of a REST API with its methods.
public struct Resource: Hashable, Sendable {
    /// The resource's ID; for an export file, its path.
    public var id: String
    /// The parent resource's ID; `nil` for the root.
    public var parentId: String?
    /// The full path (`/pets/{petId}`).
    public var path: String
    /// The last path segment (`{petId}`); empty for the root.
    public var pathPart: String
    /// The methods, keyed by HTTP method, in the order the source lists them.
    public var methods: [Method]

    public init(id: String, parentId: String? = nil, path: String, pathPart: String? = nil, methods: [Method] = []) {
        self.id = id
        self.parentId = parentId
        self.path = path
        self.pathPart = pathPart ?? Resource.lastSegment(of: path)
        self.methods = methods
    }

    /// The method for an HTTP method name (case-insensitive).
    public func method(_ httpMethod: String) -> Method? {
        methods.first { $0.httpMethod.caseInsensitiveCompare(httpMethod) }
    }

    /// The last segment of a path (`/a/b` → `b`, `/` → empty).
    public static func lastSegment(of path: String) -> String {
        // On the UTF-8 view: a big API builds one per resource, and `/` is one byte.
        let utf8 = path.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") { end = utf8.index(before: end) }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: "/") { start = utf8.index(before: start) }
        return String(path[start..<end])
    }
}

extension String {
    func caseInsensitiveCompare(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}

/// A whole REST API: its summary and every resource, sorted by path.
public struct APIDefinition: Hashable, Sendable {
    /// The API.
    public var api: RestAPI
    /// Every resource, sorted by path.
    public var resources: [Resource]

    public init(api: RestAPI, resources: [Resource]) {
        self.api = api
        self.resources = resources.sorted { $0.path < $1.path }
    }

    /// The resource with an ID, or, failing that, with a path (with or without its leading `/`).
    public func resource(_ idOrPath: String) -> Resource? {
        if let byID = resources.first(where: { $0.id == idOrPath }) { return byID }
        let path = idOrPath.hasPrefix("/") ? idOrPath : "/" + idOrPath
        return resources.first { $0.path == path }
    }

    /// Every integration response with where it lives, in path, method, status order.
    public var allIntegrationResponses: [LocatedIntegrationResponse] {
        // One array, filled in place: `gwx ls` lists every response of a big API.
        var all: [LocatedIntegrationResponse] = []
        all.reserveCapacity(resources.count)
        for resource in resources {
            for method in resource.methods {
                for response in method.integration?.integrationResponses ?? [] {
                    all.append(LocatedIntegrationResponse(
                        id: IntegrationResponseID(restApiId: api.id, resourceId: resource.id, httpMethod: method.httpMethod, statusCode: response.statusCode),
                        resourcePath: resource.path,
                        response: response
                    ))
                }
            }
        }
        return all
    }
}

/// An integration response together with its import ID and resource path.
public struct LocatedIntegrationResponse: Hashable, Sendable {
    public var id: IntegrationResponseID
    public var resourcePath: String
    public var response: IntegrationResponse

    public init(id: IntegrationResponseID, resourcePath: String, response: IntegrationResponse) {
        self.id = id
        self.resourcePath = resourcePath
        self.response = response
    }
}
