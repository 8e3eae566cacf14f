/// Checking an integration response against the method it belongs to.
extension IntegrationResponse {
    /// Every problem API Gateway would reject (or silently mishandle), field by field.
    public func validate(for method: Method) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let message = Validation.statusCode(statusCode) {
            issues.append(ValidationIssue(field: .statusCode, message: message))
        }
        let methodResponse = method.methodResponse(statusCode: statusCode)
        if Validation.statusCode(statusCode) == nil, methodResponse == nil {
            issues.append(ValidationIssue(field: .statusCode, message:
                "\(method.httpMethod) has no method response \(statusCode): add method response \(statusCode) first (API Gateway: \"Invalid Response status code specified\")."))
        }
        if let pattern = selectionPattern, let message = Validation.selectionPattern(pattern) {
            issues.append(ValidationIssue(field: .selectionPattern, message: message))
        }
        for entry in responseParameters {
            issues += Self.parameterIssues(key: entry.key, value: entry.value, methodResponse: methodResponse)
        }
        for key in responseTemplates.keys {
            if let message = Validation.mediaType(key) {
                issues.append(ValidationIssue(field: .responseTemplate(contentType: key), message: message))
            }
        }
        return issues
    }

    /// Problems with one response parameter: its key, whether the header is declared, its value.
    static func parameterIssues(key: String, value: String, methodResponse: MethodResponse?) -> [ValidationIssue] {
        let field = ValidationIssue.Field.responseParameter(key: key)
        var issues: [ValidationIssue] = []
        if let message = Validation.responseParameterKey(key) {
            issues.append(ValidationIssue(field: field, message: message))
        } else if let methodResponse, methodResponse.responseParameters[key] == nil {
            let name = String(key.dropFirst(MethodResponse.headerPrefix.count))
            issues.append(ValidationIssue(field: field, message:
                "Header \(name) is not declared on method response \(methodResponse.statusCode): declare \(key) there first (API Gateway: \"Invalid mapping expression parameter specified: \(key)\")."))
        }
        if let message = Validation.responseParameterValue(value) {
            issues.append(ValidationIssue(field: field, message: message))
        }
        return issues
    }
}
