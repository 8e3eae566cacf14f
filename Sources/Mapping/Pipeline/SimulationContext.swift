import GatewayModel

/// The `$context` a simulation uses: Mapping's deterministic `GatewayContext` defaults,
/// the method's HTTP method and resource path, then the request's dotted overrides.
enum SimulationContext {
    /// The context tree for a method and request.
    static func tree(for request: SimulationRequest, httpMethod: String, resourcePath: String) -> JSONValue {
        let stage: String
        if case .object(let defaults) = GatewayContext.defaults(), case .string(let name)? = defaults["stage"] {
            stage = name
        } else {
            stage = "test-invoke-stage"
        }
        var overrides: [(key: String, value: String)] = [
            ("httpMethod", httpMethod.uppercased()),
            ("resourcePath", resourcePath),
            ("path", "/\(stage)\(resourcePath)"),
        ]
        overrides += request.context.entries.map { (key: $0.key, value: $0.value) }
        return GatewayContext.applying(overrides, to: GatewayContext.defaults())
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
