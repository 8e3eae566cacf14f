import GatewayModel
import TerminalUI
import Text

/// The lines that describe a method: its integration and method responses.
enum MethodInfo {
    /// Integration type and URI, backend method, passthrough, auth, method responses with headers.
    static func lines(_ method: Method, theme: Theme) -> [[Span]] {
        var fields: [(String, [Span])] = []
        if let integration = method.integration {
            fields.append(("Integration", [Span(integration.type.rawValue, theme.accent)] + (integration.isLambda ? [Span("  Lambda (patterns match error messages)", theme.muted)] : [])))
            fields.append(("URI", [Span(integration.uri ?? "—", integration.uri == nil ? theme.muted : theme.text)]))
            if let backend = integration.httpMethod { fields.append(("Backend", [Span(backend)])) }
            if let passthrough = integration.passthroughBehavior { fields.append(("Passthrough", [Span(passthrough)])) }
        } else {
            fields.append(("Integration", [Span("none set up", theme.muted)]))
        }
        var auth = method.authorizationType ?? "NONE"
        if method.apiKeyRequired { auth += " · API key required" }
        fields.append(("Auth", [Span(auth)]))
        var lines = Explorer.fieldLines(fields, labelWidth: 12, theme: theme)
        lines.append(Explorer.heading("Method responses (\(method.methodResponses.count))", theme))
        if method.methodResponses.isEmpty { lines.append([Span("   none declared", theme.muted)]) }
        for response in method.methodResponses {
            let headers = response.declaredHeaders
            let headerText = headers.isEmpty ? "no headers" : headers.map { name in
                (response.responseParameters[MethodResponse.headerPrefix + name] ?? false) ? name + "*" : name
            }.joined(separator: ", ")
            var line = [Span("   "), Span(DisplayWidth.pad(response.statusCode, to: 5), theme.text.bolded), Span(headerText, headers.isEmpty ? theme.muted : theme.text)]
            if !response.responseModels.isEmpty {
                line.append(Span("  models: " + response.responseModels.entries.map { "\($0.key) → \($0.value)" }.joined(separator: ", "), theme.muted))
            }
            lines.append(line)
        }
        return lines
    }

    /// One line per integration response, for the detail pane.
    static func responseSummary(_ method: Method, theme: Theme) -> [[Span]] {
        let responses = method.integration?.integrationResponses ?? []
        var lines = [Explorer.heading("Integration responses (\(responses.count))", theme)]
        for response in responses {
            lines.append([Span("   "), Span(DisplayWidth.pad(response.statusCode, to: 5), theme.text.bolded),
                          Span(response.isDefault ? "(default)" : response.selectionPattern ?? "", response.isDefault ? theme.muted : theme.syntax.string)])
        }
        return lines
    }
}

/// The lines that describe one integration response: every field, in `width` columns.
enum ResponseInfo {
    static func lines(_ response: IntegrationResponse, methodResponse: MethodResponse?, importID: String, width: Int, theme: Theme) -> [[Span]] {
        let fields: [(String, [Span])] = [
            ("Status code", [Span(response.statusCode, theme.text.bolded)] + (methodResponse == nil ? [Span("  no method response declares it", theme.syntax.keyword)] : [])),
            ("Selection pattern", response.isDefault
                ? [Span("(default: no pattern)", theme.muted)]
                : [Span(response.selectionPattern ?? "", theme.syntax.string)]),
            ("Content handling", [Span(response.contentHandling?.rawValue ?? "— (passthrough)", response.contentHandling == nil ? theme.muted : theme.text)]),
            ("Import ID", [Span(importID, theme.accent)]),
        ]
        var lines: [[Span]] = []
        let labelWidth = 17
        for (label, value) in fields {
            // A value that does not fit beside its label goes under it rather than being cut.
            if 1 + labelWidth + 1 + value.reduce(0, { $0 + $1.width }) > width {
                lines += Explorer.fieldLines([(label, [])], labelWidth: labelWidth, theme: theme)
                lines.append([Span("   ")] + value)
            } else {
                lines += Explorer.fieldLines([(label, value)], labelWidth: labelWidth, theme: theme)
            }
        }
        lines.append(Explorer.heading("Response parameters (\(response.responseParameters.count))", theme))
        if response.responseParameters.isEmpty { lines.append([Span("   none", theme.muted)]) }
        let declared = Set(methodResponse?.responseParameters.keys ?? [])
        let nameWidth = response.responseParameters.keys.map { DisplayWidth.of(ParameterText.name($0)) }.max() ?? 0
        for entry in response.responseParameters {
            let undeclared = methodResponse != nil && !declared.contains(entry.key)
            let note = undeclared ? "  not declared" : ""
            var line = [Span("   ")] + ParameterText.spans(
                name: ParameterText.name(entry.key), value: entry.value, nameWidth: nameWidth, width: width - 3 - note.count,
                nameStyle: theme.syntax.key, valueStyle: theme.syntax.string, arrowStyle: theme.muted, emptyStyle: theme.muted)
            if undeclared { line.append(Span(note, theme.syntax.keyword)) }
            lines.append(line)
        }
        lines.append(Explorer.heading("Response templates (\(response.responseTemplates.count))", theme))
        return lines
    }
}
