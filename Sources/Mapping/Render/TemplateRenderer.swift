import Velocity

/// Renders API Gateway mapping templates: the one entry point of `gwx render` and the simulator.
public enum TemplateRenderer {
    /// Parses and renders `template` for `request`; errors print as `NAME:LINE:COLUMN: error: …`
    /// with the line and a caret (and the body's place when the body is not JSON).
    public static func render(template: String, templateName: String, request: RenderRequest) throws(RenderError) -> RenderResult {
        try CompiledTemplate(source: template, name: templateName).render(request: request)
    }
}

/// A mapping template parsed once and rendered for many requests (the live preview re-renders
/// on every edit of the sample body).
public struct CompiledTemplate: Sendable {
    /// The parsed template.
    public let template: Template
    /// Whether the template can reach `$context` (it names it; API Gateway has no `#evaluate` to
    /// build names with); when not, renders skip building it.
    private let readsContext: Bool

    /// Parses a template with API Gateway's engine configuration; a syntax error is a
    /// `RenderError` with the template's place.
    public init(source: String, name: String) throws(RenderError) {
        readsContext = source.contains("context")
        do {
            template = try Template(source: source, name: name, configuration: GatewayEngine.configuration)
        } catch {
            throw RenderError(templateError: error)
        }
    }

    /// Renders the template with API Gateway's variables for `request`.
    public func render(request: RenderRequest) throws(RenderError) -> RenderResult {
        let variables = GatewayVariables(request: request, withContext: readsContext)
        let output: [UInt8]
        let report: RenderReport
        do {
            (output, report) = try template.renderReporting(variables: variables.values)
        } catch {
            throw RenderError(templateError: error, bodyError: variables.input.bodyError, bodyName: request.bodyName)
        }
        let overrides = variables.responseOverrides()
        var result = RenderResult(utf8: output, statusOverride: overrides.status, headerOverrides: overrides.headers,
                                  gatewayRules: GatewayRuleNotes(report: report))
        result.truncatedLoops = report.truncatedLoops
        return result
    }
}
