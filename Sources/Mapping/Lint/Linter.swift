import GatewayModel

/// Finds API Gateway's traps in a method's integration responses: directives API Gateway does
/// not run, JSON templates that do not render JSON, loops past 1,000 items, selection patterns
/// that cannot match what they are for, and header mappings the method response does not
/// declare. Pure: templates are rendered with the engine configuration `gwx render` uses.
public enum Linter {
    /// Every finding for one method, response by response (in the order the source lists
    /// them), then the method-wide ones.
    public static func lint(method: Method, sample: LintSample = .emptyBody) -> [LintFinding] {
        guard let integration = method.integration else { return [] }
        var findings: [LintFinding] = []
        for response in integration.integrationResponses {
            findings += lint(response: response, method: method, sample: sample)
        }
        findings += lambdaSuccessFindings(integration)
        return findings
    }

    /// The findings for one integration response of `method` (the editor lints the draft).
    public static func lint(response: IntegrationResponse, method: Method, sample: LintSample = .emptyBody) -> [LintFinding] {
        var findings: [LintFinding] = []
        if let integration = method.integration {
            findings += patternFindings(response, integration: integration)
        }
        findings += parameterFindings(response, method: method)
        for entry in response.responseTemplates {
            findings += lint(template: entry.value, contentType: entry.key, sample: sample).map { finding in
                var located = finding
                located.statusCode = response.statusCode
                return located
            }
        }
        return findings
    }

    // MARK: - Response parameters

    /// `method.response.header.X` mappings whose header the method response does not declare.
    /// API Gateway refuses such a mapping when it is put ("Invalid mapping expression
    /// specified"), so an export that has one fails to import.
    static func parameterFindings(_ response: IntegrationResponse, method: Method) -> [LintFinding] {
        let methodResponse = method.methodResponse(statusCode: response.statusCode)
        return response.responseParameters.keys.compactMap { key -> LintFinding? in
            guard key.hasPrefix(MethodResponse.headerPrefix) else { return nil }
            let header = String(key.dropFirst(MethodResponse.headerPrefix.count))
            if let methodResponse, methodResponse.responseParameters[key] != nil { return nil }
            let message = methodResponse == nil
                ? "the header \(header) is mapped, but \(method.httpMethod) has no method response \(response.statusCode) to declare it"
                : "the header \(header) is mapped, but method response \(response.statusCode) does not declare it"
            return LintFinding(rule: .undeclaredHeader, severity: .error, message: message + "; API Gateway refuses the mapping (Invalid mapping expression specified)",
                               hint: "declare \(key) on method response \(response.statusCode), or remove the mapping",
                               statusCode: response.statusCode, field: .responseParameter(key: key))
        }
    }
}
