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
    /// Whether the template can reach `$context` (it names it, or builds names with
    /// `#evaluate`); when not, renders skip building it.
    private let readsContext: Bool

    /// Parses a template; a syntax error is a `RenderError` with the template's place.
    public init(source: String, name: String) throws(RenderError) {
        readsContext = source.contains("context") || source.contains("evaluate")
        do {
            template = try Template(source: source, name: name)
        } catch {
            throw RenderError(templateError: error)
        }
    }

    /// Renders the template with API Gateway's variables for `request`.
    public func render(request: RenderRequest) throws(RenderError) -> RenderResult {
        let variables = GatewayVariables(request: request, withContext: readsContext)
        let report: RenderReport
        do {
            report = try template.renderReport(variables: variables.values)
        } catch {
            throw RenderError(templateError: error, bodyError: variables.input.bodyError, bodyName: request.bodyName)
        }
        let overrides = variables.responseOverrides()
        var result = RenderResult(utf8: report.utf8, statusOverride: overrides.status, headerOverrides: overrides.headers)
        result.truncatedLoops = report.truncatedLoops
        return result
    }
}
