/// Reading import IDs the way Terraform users write them.
extension IntegrationResponseID {
    /// Parses `REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE`; the resource part may contain
    /// `/` (an export file's path): the first part is the API, the last two the method and
    /// status, everything between the resource.
    public init(parsing text: String) throws(ModelError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let expected = "REST-API-ID/RESOURCE-ID/HTTP-METHOD/STATUS-CODE"
        guard parts.count >= 4 else { throw IDFormat.error(text, expected: expected) }
        let resource = parts[1..<(parts.count - 2)].joined(separator: "/")
        let api = parts[0], method = parts[parts.count - 2], status = parts[parts.count - 1]
        guard !api.isEmpty, !resource.isEmpty, !method.isEmpty, !status.isEmpty else {
            throw IDFormat.error(text, expected: expected)
        }
        self.init(restApiId: api, resourceId: resource, httpMethod: method, statusCode: status)
    }

    /// The method this integration response belongs to.
    public var methodID: MethodID {
        MethodID(restApiId: restApiId, resourceId: resourceId, httpMethod: httpMethod)
    }
}

extension MethodID {
    /// Parses `REST-API-ID/RESOURCE-ID/HTTP-METHOD`; the resource part may contain `/`.
    public init(parsing text: String) throws(ModelError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let expected = "REST-API-ID/RESOURCE-ID/HTTP-METHOD"
        guard parts.count >= 3 else { throw IDFormat.error(text, expected: expected) }
        let resource = parts[1..<(parts.count - 1)].joined(separator: "/")
        let api = parts[0], method = parts[parts.count - 1]
        guard !api.isEmpty, !resource.isEmpty, !method.isEmpty else { throw IDFormat.error(text, expected: expected) }
        self.init(restApiId: api, resourceId: resource, httpMethod: method)
    }
}

/// The error Terraform's import gives for a malformed ID.
enum IDFormat {
    static func error(_ text: String, expected: String) -> ModelError {
        ModelError("unexpected format of ID (\"\(text)\"), expected \(expected)", input: text)
    }
}
