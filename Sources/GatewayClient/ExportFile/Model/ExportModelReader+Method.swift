import GatewayModel

// MARK: - Methods, integrations and responses

extension ExportModelReader {
    func method(_ httpMethod: String, operation node: DocNode, pathItem: DocMapping, dialect: ExportDialect) throws -> Method {
        guard let operation = node.mapping else { throw malformed("expected the \(httpMethod) operation to be a mapping", node) }
        var method = Method(httpMethod: httpMethod)
        method.requestParameters = try requestParameters(pathItem["parameters"], operation["parameters"])
        method.methodResponses = try methodResponses(operation, dialect: dialect)
        (method.authorizationType, method.apiKeyRequired) = try authorization(operation)
        if let integrationNode = operation["x-amazon-apigateway-integration"] {
            guard let integration = integrationNode.mapping else {
                throw malformed("expected x-amazon-apigateway-integration to be a mapping", integrationNode)
            }
            method.integration = try self.integration(integration)
        }
        return method
    }

    func integration(_ mapping: DocMapping) throws -> Integration {
        guard let typeNode = mapping["type"], let typeText = try string(typeNode) else {
            throw malformed("x-amazon-apigateway-integration needs a 'type' (aws, aws_proxy, http, http_proxy or mock)", .mapping(mapping))
        }
        guard let kind = Integration.Kind(rawValue: typeText.uppercased()) else {
            throw malformed("unknown integration type '\(typeText)' (expected aws, aws_proxy, http, http_proxy or mock)", typeNode)
        }
        return Integration(
            type: kind,
            uri: try string(mapping["uri"]),
            httpMethod: try string(mapping["httpMethod"]),
            requestTemplates: try stringMap(mapping["requestTemplates"]),
            passthroughBehavior: try string(mapping["passthroughBehavior"]),
            integrationResponses: try integrationResponseModels(in: mapping)
        )
    }

    /// The models of an integration's responses, as `integrationResponses(in:)` reads them
    /// without the nodes a save needs (reading the whole API builds one per method).
    func integrationResponseModels(in integration: DocMapping) throws -> [IntegrationResponse] {
        guard let responsesNode = integration["responses"] else { return [] }
        if responsesNode.scalar?.isNull == true { return [] }
        guard let responses = responsesNode.mapping else {
            throw malformed("expected the integration's 'responses' to be a mapping of selection patterns", responsesNode)
        }
        var models: [IntegrationResponse] = []
        models.reserveCapacity(responses.entries.count)
        for index in responses.entries.indices { models.append(try integrationResponse(responses.entries[index])) }
        return models
    }

    /// One entry of `x-amazon-apigateway-integration.responses`: the key is the selection
    /// pattern, `default` meaning none.
    func integrationResponse(_ entry: DocEntry) throws -> IntegrationResponse {
        guard let body = entry.value.mapping else {
            throw malformed("expected the integration response '\(entry.key.value)' to be a mapping", entry.value)
        }
        guard let statusCode = try string(body["statusCode"]) else {
            throw malformed("the integration response '\(entry.key.value)' needs a 'statusCode'", .scalar(entry.key))
        }
        var contentHandling: ContentHandling?
        if let node = body["contentHandling"], let text = try string(node) {
            guard let value = ContentHandling(rawValue: text) else {
                throw malformed("unknown contentHandling '\(text)' (expected CONVERT_TO_BINARY or CONVERT_TO_TEXT)", node)
            }
            contentHandling = value
        }
        return IntegrationResponse(
            statusCode: statusCode,
            selectionPattern: ExportModelReader.selectionPattern(forKey: entry.key.value),
            responseParameters: try stringMap(body["responseParameters"]),
            responseTemplates: try stringMap(body["responseTemplates"]),
            contentHandling: contentHandling
        )
    }

    /// `default` → no pattern; anything else is the pattern itself.
    static func selectionPattern(forKey key: String) -> String? { key == "default" ? nil : key }

    /// The `responses` key for a pattern: `default` when there is none.
    static func responsesKey(for selectionPattern: String?) -> String {
        guard let selectionPattern, !selectionPattern.isEmpty else { return "default" }
        return selectionPattern
    }

    /// Status code → declared headers (`method.response.header.NAME`) and models.
    func methodResponses(_ operation: DocMapping, dialect: ExportDialect) throws -> [MethodResponse] {
        guard let node = operation["responses"], node.scalar?.isNull != true else { return [] }
        guard let responses = node.mapping else { throw malformed("expected the operation's 'responses' to be a mapping", node) }
        let produces = try operation["produces"]?.sequence?.items.compactMap { try string($0) }.first ?? "application/json"
        return try responses.entries.map { entry in
            var response = MethodResponse(statusCode: entry.key.value)
            guard let body = entry.value.mapping else { return response }
            if let headersNode = body["headers"], headersNode.scalar?.isNull != true {
                guard let headers = headersNode.mapping else { throw malformed("expected 'headers' to be a mapping", headersNode) }
                for header in headers.entries {
                    let required = dialect == .openAPI3 ? (try bool(header.value["required"]) ?? false) : false
                    response.responseParameters[MethodResponse.headerPrefix + header.key.value] = required
                }
            }
            switch dialect {
            case .openAPI3:
                for media in body["content"]?.mapping?.entries ?? [] {
                    if let reference = try string(media.value["schema"]?["$ref"]) {
                        response.responseModels[media.key.value] = ExportModelReader.modelName(reference)
                    }
                }
            case .swagger2:
                if let reference = try string(body["schema"]?["$ref"]) {
                    response.responseModels[produces] = ExportModelReader.modelName(reference)
                }
            }
            return response
        }
    }

    /// `#/components/schemas/Pet` → `Pet`.
    static func modelName(_ reference: String) -> String {
        reference.split(separator: "/").last.map(String.init) ?? reference
    }

    /// Path-level then operation-level parameters as `method.request.{path,querystring,header}.NAME`.
    func requestParameters(_ nodes: DocNode?...) throws -> OrderedMap<Bool> {
        var parameters = OrderedMap<Bool>()
        for node in nodes {
            for item in node?.sequence?.items ?? [] {
                guard let parameter = item.mapping, let name = try string(parameter["name"]),
                      let location = try string(parameter["in"]) else { continue }
                let prefix: String
                switch location {
                case "path": prefix = "method.request.path."
                case "query": prefix = "method.request.querystring."
                case "header": prefix = "method.request.header."
                default: continue
                }
                parameters[prefix + name] = try bool(parameter["required"]) ?? false
            }
        }
        return parameters
    }

    /// The authorization type and API-key requirement from the operation's `security`.
    func authorization(_ operation: DocMapping) throws -> (String?, Bool) {
        // Most operations name no security requirement: no need to look up the schemes.
        guard let requirements = operation["security"]?.sequence?.items, !requirements.isEmpty else { return ("NONE", false) }
        let root = try root
        let schemes = root["securityDefinitions"]?.mapping ?? root["components"]?["securitySchemes"]?.mapping
        var type = "NONE"
        var apiKey = false
        for requirement in requirements {
            for entry in requirement.mapping?.entries ?? [] {
                let scheme = schemes?[entry.key.value]?.mapping
                let authType = try string(scheme?["x-amazon-apigateway-authtype"])?.lowercased()
                switch authType {
                case "awssigv4"?: type = "AWS_IAM"
                case "cognito_user_pools"?: type = "COGNITO_USER_POOLS"
                case .some: type = "CUSTOM"
                case nil:
                    if try string(scheme?["type"]) == "apiKey", try string(scheme?["name"])?.lowercased() == "x-api-key" {
                        apiKey = true
                    }
                }
            }
        }
        return (type, apiKey)
    }
}
