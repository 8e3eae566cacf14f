import GatewayModel
import JavaRegex

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

    var hasErrors: Bool { !errors.isEmpty }
}

extension ResponseForm {
    /// Checks every field against API Gateway's rules.
    var issues: FormIssues {
        var issues = FormIssues()
        let response = current
        let status = response.statusCode
        let otherStatuses = (context.methodValue.integration?.integrationResponses ?? []).map(\.statusCode).filter { $0 != context.original?.statusCode }
        if !Self.isStatusCode(status) {
            issues.status = status.isEmpty ? "required: a status code from 100 to 599" : "\"\(status)\" is not a status code: three digits from 100 to 599"
        } else if otherStatuses.contains(status) {
            issues.status = "\(context.method.httpMethod) already has an integration response \(status); edit that one or pick another code"
        } else if context.methodResponse(status) == nil {
            issues.statusNote = "no method response \(status) yet: saving creates it"
        }
        if let text = response.selectionPattern {
            do {
                _ = try JavaRegex(text)
            } catch {
                issues.pattern = error.message
                issues.patternIndex = error.index >= 0 ? error.index : nil
            }
        }
        let declared = Set(context.methodResponse(status)?.responseParameters.keys ?? [])
        var seen: Set<String> = []
        for (index, row) in parameters.enumerated() {
            if let problem = Self.parameterKeyProblem(row.key) {
                issues.parameters[index] = problem
            } else if seen.contains(row.key) {
                issues.parameters[index] = "\(row.key) is mapped twice"
            } else if let problem = Self.parameterValueProblem(row.value) {
                issues.parameters[index] = problem
            } else if !declared.contains(row.key), Self.isStatusCode(status) {
                issues.parameterNotes[index] = "not declared by method response \(status): saving declares it"
            }
            seen.insert(row.key)
        }
        var types: Set<String> = []
        for (index, tab) in templates.enumerated() {
            if !Self.isMediaType(tab.contentType) {
                issues.templates[index] = "\"\(tab.contentType)\" is not a content type like application/json"
            } else if types.contains(tab.contentType.lowercased()) {
                issues.templates[index] = "\(tab.contentType) has two templates"
            }
            types.insert(tab.contentType.lowercased())
        }
        return issues
    }

    /// Three digits from 100 to 599, as API Gateway's `[1-5]\d\d` status codes.
    static func isStatusCode(_ text: String) -> Bool {
        guard text.count == 3, let value = Int(text) else { return false }
        return (100...599).contains(value) && text.allSatisfy(\.isASCII)
    }

    /// `type/subtype`, each an HTTP token.
    static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(isTokenCharacter) }
    }

    /// A character allowed in an HTTP header name or media type token.
    static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "!#$%&'*+-.^_`|~".contains(character))
    }

    /// Why a response parameter key is refused, if it is.
    static func parameterKeyProblem(_ key: String) -> String? {
        guard key.hasPrefix(MethodResponse.headerPrefix) else {
            return "a key is method.response.header.NAME"
        }
        let name = key.dropFirst(MethodResponse.headerPrefix.count)
        guard !name.isEmpty else { return "the header name after method.response.header. is missing" }
        guard name.allSatisfy(isTokenCharacter) else { return "\"\(name)\" is not a valid header name" }
        return nil
    }

    /// Why a mapping expression is refused, if it is (API Gateway's accepted sources).
    static func parameterValueProblem(_ value: String) -> String? {
        if value.isEmpty { return "a value is required: 'static', integration.response.header.NAME, integration.response.body[.path], context.NAME or stageVariables.NAME" }
        if value.hasPrefix("'") {
            return value.count >= 2 && value.hasSuffix("'") ? nil : "a static value is written in single quotes: 'value'"
        }
        if value == "integration.response.body" { return nil }
        let prefixes = ["integration.response.header.", "integration.response.multivalueheader.", "integration.response.body.", "context.", "stageVariables."]
        for prefix in prefixes where value.hasPrefix(prefix) {
            return value.count > prefix.count ? nil : "a name is missing after \(prefix)"
        }
        return "Invalid mapping expression \(value): use 'static', integration.response.header.NAME, integration.response.body[.path], context.NAME or stageVariables.NAME"
    }
}
