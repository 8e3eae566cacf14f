import GatewayModel

/// The AWS control plane as a `GatewaySource`: every request signed, paged at 500,
/// missing method details fetched concurrently, writes guarded against concurrent edits.
public final class AWSSource: GatewaySource {
    public let label: String
    /// The signed client every call goes through.
    public let client: AWSClient
    /// How many method-detail requests may be in flight at once during a load.
    public let maxConcurrentDetailRequests: Int
    /// Every secret the client has seen (credentials, the endpoint's user info).
    public var secrets: Secrets { client.secrets }
    /// The page size asked for (the service's maximum; its default is 25).
    static let pageSize = "500"

    /// The MFA device whose code the credentials need, if any (the explorer asks before its screen opens).
    public let mfa: MFASpec?

    public init(client: AWSClient, label: String, maxConcurrentDetailRequests: Int = 8, mfa: MFASpec? = nil) {
        self.client = client
        self.label = label
        self.maxConcurrentDetailRequests = max(1, maxConcurrentDetailRequests)
        self.mfa = mfa
    }

    /// Fetches the credentials now (asking for an MFA code if they need one).
    public func prepareCredentials() async throws {
        _ = try await client.credentialsProvider.credentials()
    }

    /// Aborts every request in flight (for the UI's cancel key).
    public func cancel() {
        client.cancelAll()
    }

    // MARK: - Reads

    public func listRestAPIs() async throws -> [RestAPI] {
        var apis: [RestAPI] = []
        try await forEachPage(["restapis"]) { item in
            if let api = AWSShapes.restAPI(item) { apis.append(api) }
        }
        return apis
    }

    public func loadAPI(id: String) async throws -> APIDefinition {
        async let summary = client.callJSON("GET", ["restapis", id])
        var resources: [Resource] = []
        var missing: [(resource: Int, method: Int)] = []
        try await forEachPage(["restapis", id, "resources"], extraQuery: [("embed", "methods")]) { item in
            guard var resource = AWSShapes.resource(item) else { return }
            let raw = item["resourceMethods"]?.members ?? []
            for (index, member) in raw.enumerated() where AWSShapes.isMethodDetailMissing(member.value) {
                missing.append((resources.count, index))
            }
            resource.methods = raw.map { AWSShapes.method($0.value, httpMethod: $0.key) }
            resources.append(resource)
        }
        let details = try await fetchMethods(apiId: id, wanted: missing.map { (resources[$0.resource].id, resources[$0.resource].methods[$0.method].httpMethod) })
        for (slot, method) in zip(missing, details) {
            resources[slot.resource].methods[slot.method] = method
        }
        guard let summaryJSON = try await summary, let api = AWSShapes.restAPI(summaryJSON) else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "GetRestApi returned no API", request: "GET /restapis/\(id)")
        }
        return APIDefinition(api: api, resources: resources)
    }

    public func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse {
        let json = try await client.callJSON("GET", AWSSource.integrationResponsePath(id))
        return AWSShapes.integrationResponse(json ?? AWSJSON.emptyObject, statusCode: id.statusCode)
    }

    // MARK: - Paging and details

    /// Calls a list operation page by page (`limit=500`, following `position`), handing each `item` over.
    func forEachPage(_ segments: [String], extraQuery: [(String, String)] = [], _ body: (AWSJSON) throws -> Void) async throws {
        var position: String?
        var seen = Set<String>()
        repeat {
            var query = extraQuery + [("limit", AWSSource.pageSize)]
            if let position { query.append(("position", position)) }
            let page = try await client.callJSON("GET", segments, query: query) ?? AWSJSON.emptyObject
            for item in (page["item"] ?? page["items"])?.elements ?? [] { try body(item) }
            position = page["position"]?.stringValue
            if let token = position {
                // A service that hands the same token back would otherwise loop forever.
                guard seen.insert(token).inserted else { break }
            }
        } while position != nil
    }

    /// Fetches whole methods (`GetMethod`), at most `maxConcurrentDetailRequests` at a time,
    /// returned in the order asked.
    func fetchMethods(apiId: String, wanted: [(resourceId: String, httpMethod: String)]) async throws -> [GatewayModel.Method] {
        guard !wanted.isEmpty else { return [] }
        var results = [GatewayModel.Method?](repeating: nil, count: wanted.count)
        try await withThrowingTaskGroup(of: (Int, GatewayModel.Method).self) { group in
            var next = 0
            func start() {
                let index = next
                let (resourceId, httpMethod) = wanted[index]
                group.addTask { [client] in
                    let json = try await client.callJSON("GET", ["restapis", apiId, "resources", resourceId, "methods", httpMethod])
                    return (index, AWSShapes.method(json ?? AWSJSON.emptyObject, httpMethod: httpMethod))
                }
                next += 1
            }
            while next < min(maxConcurrentDetailRequests, wanted.count) { start() }
            while let (index, method) = try await group.next() {
                results[index] = method
                if next < wanted.count { start() }
            }
        }
        return results.enumerated().map { $0.element ?? GatewayModel.Method(httpMethod: wanted[$0.offset].httpMethod) }
    }

    // MARK: - Paths

    static func methodPath(_ method: MethodID) -> [String] {
        ["restapis", method.restApiId, "resources", method.resourceId, "methods", method.httpMethod]
    }

    static func integrationResponsePath(_ id: IntegrationResponseID) -> [String] {
        methodPath(MethodID(restApiId: id.restApiId, resourceId: id.resourceId, httpMethod: id.httpMethod))
            + ["integration", "responses", id.statusCode]
    }
}
