import GatewayModel

/// The `$context` a simulation uses: Mapping's deterministic `GatewayContext` defaults,
/// the method's HTTP method and resource path, then the request's dotted overrides.
enum SimulationContext {
    /// The context tree for a method and request.
    static func tree(for request: SimulationRequest, httpMethod: String, resourcePath: String) -> JSONValue {
        let overrides = self.overrides(for: request, httpMethod: httpMethod, resourcePath: resourcePath)
        return GatewayContext.applying(overrides.entries.map { (key: $0.key, value: $0.value) }, to: GatewayContext.defaults())
    }

    /// The dotted overrides over `GatewayContext`'s defaults: the method's, then the request's.
    static func overrides(for request: SimulationRequest, httpMethod: String, resourcePath: String) -> OrderedMap<String> {
        let stage: String
        if case .object(let defaults) = GatewayContext.defaults(), case .string(let name)? = defaults["stage"] {
            stage = name
        } else {
            stage = "test-invoke-stage"
        }
        var overrides: OrderedMap<String> = [
            "httpMethod": httpMethod.uppercased(),
            "resourcePath": resourcePath,
            "path": "/\(stage)\(resourcePath)",
        ]
        for entry in request.context { overrides[entry.key] = entry.value }
        return overrides
    }

    /// The value at a dotted name (`identity.sourceIp`) as a header would carry it.
    static func value(_ name: String, in tree: JSONValue) -> BodyLookup {
        var node = tree
        for part in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard case .object(let object) = node, let next = object[String(part)] else {
                return .noMatch(message: "$context.\(name) is not a context variable")
            }
            node = next
        }
        return JSONBodyReader.headerText(of: node)
    }
}
