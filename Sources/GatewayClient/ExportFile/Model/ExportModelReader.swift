import GatewayModel

/// OpenAPI 3 or Swagger 2: where the two differ (method response headers, models).
enum ExportDialect: Sendable {
    case openAPI3
    case swagger2
}

/// One integration response found in the file, with the nodes it was read from.
struct LocatedDocResponse {
    /// The `responses` mapping of the integration.
    var responses: DocMapping
    /// The index of the entry in `responses`.
    var index: Int
    /// The model read from it.
    var response: IntegrationResponse
    /// The first YAML alias or merge key on the way from the top of the file to the
    /// `responses` mapping, if any: then the mapping's bytes are not this method's own.
    var containerSharing: DocSharing?

    var entry: DocEntry { responses.entries[index] }

    /// Why the response's text is not this method's own: shared above it, or the entry
    /// itself inherited through a merge key.
    var sharing: DocSharing? {
        if let containerSharing { return containerSharing }
        if let inheritance = entry.inheritance { return .merge(entry, inheritance) }
        return nil
    }
}

/// Reads an API Gateway export document into the model and finds the nodes behind it.
struct ExportModelReader {
    let document: ExportDocument
    let apiID: String

    /// The operation keys of a path item, as exports spell them, with API Gateway's method.
    static let operationKeys: [(key: String, method: String)] = [
        ("get", "GET"), ("put", "PUT"), ("post", "POST"), ("delete", "DELETE"), ("options", "OPTIONS"),
        ("head", "HEAD"), ("patch", "PATCH"), ("x-amazon-apigateway-any-method", "ANY"),
    ]

    /// The path-item key for an HTTP method (`GET` → `get`, `ANY` → the any-method extension).
    static func operationKey(for httpMethod: String) -> String? {
        operationKeys.first { $0.method == httpMethod.uppercased() }?.key
    }

    // MARK: - The whole API

    var root: DocMapping {
        get throws {
            guard let mapping = document.root.mapping else {
                throw malformed("expected an OpenAPI 3 or Swagger 2 document (a mapping at the top)", document.root)
            }
            return mapping
        }
    }

    var dialect: ExportDialect {
        get throws {
            let root = try root
            if root["openapi"] != nil { return .openAPI3 }
            if root["swagger"] != nil { return .swagger2 }
            throw malformed("not an API Gateway export: expected an 'openapi' or 'swagger' key at the top", document.root)
        }
    }

    /// The REST API summary: ID from the file name, name, description and version from `info`.
    func restAPI() throws -> RestAPI {
        let root = try root
        _ = try dialect
        let info = root["info"]?.mapping
        let name = try string(info?["title"]) ?? apiID
        var types: [String] = []
        var configuration = root["x-amazon-apigateway-endpoint-configuration"]
        if configuration == nil {
            // OpenAPI 3 exports put the endpoint configuration on the server object.
            configuration = root["servers"]?.sequence?.items.lazy.compactMap { $0["x-amazon-apigateway-endpoint-configuration"] }.first
        }
        if let typesNode = configuration?["types"] {
            guard let sequence = typesNode.sequence else { throw malformed("expected a list of endpoint types", typesNode) }
            types = try sequence.items.compactMap { try string($0) }
        }
        return RestAPI(id: apiID, name: name, description: try string(info?["description"]), endpointTypes: types,
                       version: try string(info?["version"]))
    }

    /// Every resource: each path in `paths` and the ancestors it implies.
    func apiDefinition() throws -> APIDefinition {
        let api = try restAPI()
        let dialect = try dialect
        // Resources in the order first met, found by path through `positions`.
        var resources: [Resource] = []
        var positions: [String: Int] = [:]
        // A loop, not recursion: a path's ancestors are added parents first.
        func ensure(_ path: String) -> Int {
            if let known = positions[path] { return known }
            // Nearly always the parent is known already: the path is added with one more lookup.
            let parent = ExportModelReader.parentPath(of: path)
            if parent.map({ positions[$0] != nil }) ?? true {
                let position = resources.count
                positions[path] = position
                resources.append(Resource(id: path, parentId: parent, path: path))
                return position
            }
            var missing: [(path: String, parent: String?)] = []
            var next: String? = path
            while let current = next, positions[current] == nil {
                next = ExportModelReader.parentPath(of: current)
                missing.append((current, next))
            }
            for (current, parent) in missing.reversed() {
                positions[current] = resources.count
                resources.append(Resource(id: current, parentId: parent, path: current))
            }
            return positions[path] ?? 0
        }
        _ = ensure("/")
        if let pathsNode = try root["paths"] {
            guard let paths = pathsNode.mapping else { throw malformed("expected 'paths' to be a mapping of paths", pathsNode) }
            positions.reserveCapacity(paths.entries.count * 2)
            resources.reserveCapacity(paths.entries.count + 1)
            // By index: each entry is read where it is, not copied out.
            for index in paths.entries.indices {
                let path = paths.entries[index].key.value
                guard path.hasPrefix("/") else { throw malformed("a path must start with '/'", .scalar(paths.entries[index].key)) }
                if let problem = ExportModelReader.pathLimitProblem(path) { throw malformed(problem, .scalar(paths.entries[index].key)) }
                let position = ensure(path)
                guard let item = paths.entries[index].value.mapping else {
                    if paths.entries[index].value.scalar?.isNull == true { continue }
                    throw malformed("expected the path item of '\(path)' to be a mapping", paths.entries[index].value)
                }
                var methods: [Method] = []
                for operationIndex in item.entries.indices {
                    let key = item.entries[operationIndex].key.value
                    guard let httpMethod = ExportModelReader.operationKeys.first(where: { $0.key == key })?.method else { continue }
                    methods.append(try method(httpMethod, operation: item.entries[operationIndex].value, pathItem: item, dialect: dialect))
                }
                resources[position].methods = methods
            }
        }
        return APIDefinition(api: api, resources: resources)
    }

    /// `/a/b` → `/a`, `/a` → `/`, `/` → nil.
    static func parentPath(of path: String) -> String? {
        guard path != "/" else { return nil }
        // ASCII (nearly every path): bytes are characters, and a big API asks once per resource.
        if !path.utf8.contains(where: { $0 >= 0x80 }) {
            let utf8 = path.utf8
            var end = utf8.endIndex
            if utf8.last == UInt8(ascii: "/") { end = utf8.index(before: end) }
            guard let slash = utf8[..<end].lastIndex(of: UInt8(ascii: "/")), slash > utf8.startIndex else { return "/" }
            return String(path[..<slash])
        }
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let slash = trimmed.lastIndex(of: "/") else { return "/" }
        let parent = String(trimmed[..<slash])
        return parent.isEmpty ? "/" : parent
    }

    // MARK: - Finding nodes

    /// The path for a resource ID (a path, with or without the leading `/`).
    static func path(forResourceID id: String) -> String {
        id.hasPrefix("/") ? id : "/" + id
    }

    /// The operation mapping of a method, or a not-found error.
    func operation(resourceID: String, httpMethod: String) throws -> (pathItem: DocMapping, operation: DocMapping) {
        let path = ExportModelReader.path(forResourceID: resourceID)
        guard let item = try root["paths"]?[path]?.mapping else {
            throw ExportFileError.notFound(message: "no path '\(path)' in the API '\(apiID)'", file: document.source.file)
        }
        guard let key = ExportModelReader.operationKey(for: httpMethod), let operation = item[key]?.mapping else {
            throw ExportFileError.notFound(message: "no \(httpMethod.uppercased()) method on '\(path)'", file: document.source.file)
        }
        return (item, operation)
    }

    /// The integration mapping of a method.
    func integration(resourceID: String, httpMethod: String) throws -> DocMapping {
        let (_, operation) = try self.operation(resourceID: resourceID, httpMethod: httpMethod)
        guard let integration = operation["x-amazon-apigateway-integration"]?.mapping else {
            throw ExportFileError.notFound(message: "\(httpMethod.uppercased()) \(ExportModelReader.path(forResourceID: resourceID)) has no x-amazon-apigateway-integration", file: document.source.file)
        }
        return integration
    }

    /// The first YAML alias or merge key on the way from the top of the file to a method's
    /// integration (the integration itself included), if any.
    func integrationSharing(resourceID: String, httpMethod: String) -> DocSharing? {
        guard let key = ExportModelReader.operationKey(for: httpMethod) else { return nil }
        let keys = ["paths", ExportModelReader.path(forResourceID: resourceID), key, "x-amazon-apigateway-integration"]
        return DocSharing.along(keys, from: document.root)
    }

    /// Every integration response of a method, in the order a YAML reader sees them, with
    /// their nodes. `sharing` is how the integration was reached, when through an alias or merge.
    func integrationResponses(in integration: DocMapping, reachedThrough sharing: DocSharing? = nil) throws -> [LocatedDocResponse] {
        guard let responsesIndex = integration.index(of: "responses") else { return [] }
        let responsesNode = integration.entries[responsesIndex].value
        if responsesNode.scalar?.isNull == true { return [] }
        guard let responses = responsesNode.mapping else {
            throw malformed("expected the integration's 'responses' to be a mapping of selection patterns", responsesNode)
        }
        let containerSharing = sharing ?? DocSharing.of(integration.entries[responsesIndex])
        return try responses.entries.indices.map { index in
            LocatedDocResponse(responses: responses, index: index, response: try integrationResponse(responses.entries[index]),
                               containerSharing: containerSharing)
        }
    }

    // MARK: - Errors and scalars

    func malformed(_ message: String, _ node: DocNode) -> ExportFileError {
        .malformed(message: message, place: document.source.place(at: node.span.start.offset))
    }

    /// The text of a scalar; nil for a missing or null value; an error for a collection.
    func string(_ node: DocNode?) throws -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else { throw malformed("expected a text value here", node) }
        if scalar.isNull { return nil }
        return scalar.value
    }

    /// A mapping of text values, in file order.
    func stringMap(_ node: DocNode?) throws -> OrderedMap<String> {
        guard let node, node.scalar?.isNull != true else { return [:] }
        guard let mapping = node.mapping else { throw malformed("expected a mapping of text values", node) }
        var entries: [OrderedMap<String>.Entry] = []
        entries.reserveCapacity(mapping.entries.count)
        for index in mapping.entries.indices {
            entries.append(OrderedMap.Entry(key: mapping.entries[index].key.value, value: try string(mapping.entries[index].value) ?? ""))
        }
        // A parsed mapping's keys differ (duplicates are refused, merges resolved).
        return OrderedMap(distinctEntries: entries)
    }

    /// A boolean (`true`/`false`, and YAML 1.1's `yes`/`no`).
    func bool(_ node: DocNode?) throws -> Bool? {
        guard let node else { return nil }
        guard let scalar = node.scalar else { throw malformed("expected true or false", node) }
        switch scalar.resolved {
        case let .bool(value): return value
        case .null: return nil
        default: throw malformed("expected true or false", node)
        }
    }
}
