import GatewayModel

/// What is wrong with the form, field by field (errors block a save; notes do not).
struct FormIssues: Hashable, Sendable {
    var status: String?
    var statusNote: String?
    var pattern: String?
    /// The 0-based character offset of a pattern error, for a caret.
    var patternIndex: Int?
    var parameters: [Int: String] = [:]
    var parameterNotes: [Int: String] = [:]
    var templates: [Int: String] = [:]

    /// Every error, with its field name, in form order.
    var errors: [(field: String, message: String)] {
        var result: [(String, String)] = []
        if let status { result.append(("Status code", status)) }
        if let pattern { result.append(("Selection pattern", pattern)) }
        for (row, message) in parameters.sorted(by: { $0.key < $1.key }) { result.append(("Response parameter \(row + 1)", message)) }
        for (tab, message) in templates.sorted(by: { $0.key < $1.key }) { result.append(("Template \(tab + 1)", message)) }
        return result
    }
}

extension ResponseForm {
    /// Checks every field against API Gateway's rules.
    var issues: FormIssues {
        var issues = FormIssues()
        let response = current
        let status = response.statusCode
        let otherStatuses = (context.methodValue.integration?.integrationResponses ?? []).map(\.statusCode).filter { $0 != context.original?.statusCode }
        if let problem = Validation.statusCode(status) {
            issues.status = problem
        } else if otherStatuses.contains(status) {
            issues.status = "\(context.method.httpMethod) already has an integration response \(status); edit that one or pick another code"
        } else if context.methodResponse(status) == nil {
            issues.statusNote = "no method response \(status) yet: saving creates it"
        }
        if response.selectionPattern != nil, let error = patternCheck.error {
            issues.pattern = error
            issues.patternIndex = patternCheck.errorIndex
        }
        let declared = Set(context.methodResponse(status)?.responseParameters.keys ?? [])
        var seen: Set<String> = []
        for (index, row) in parameters.enumerated() {
            if let problem = Validation.responseParameterKey(row.key) {
                issues.parameters[index] = problem
            } else if seen.contains(row.key) {
                issues.parameters[index] = "\(row.key) is mapped twice"
            } else if let problem = Validation.responseParameterValue(row.value) {
                issues.parameters[index] = problem
            } else if !declared.contains(row.key), Validation.statusCode(status) == nil {
                issues.parameterNotes[index] = "not declared by method response \(status): saving declares it"
            }
            seen.insert(row.key)
        }
        var types: Set<String> = []
        for (index, tab) in templates.enumerated() {
            if let problem = Validation.mediaType(tab.contentType) {
                issues.templates[index] = problem
            } else if types.contains(tab.contentType.lowercased()) {
                issues.templates[index] = "\(tab.contentType) has two templates"
            }
            types.insert(tab.contentType.lowercased())
        }
        return issues
    }
}
