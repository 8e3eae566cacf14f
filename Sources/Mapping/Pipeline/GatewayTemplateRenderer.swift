/// Renders response templates with Mapping's `TemplateRenderer` (Velocity with API Gateway's
/// `$input`, `$util`, `$context`, `$stageVariables` and `$context.responseOverride`).
struct GatewayTemplateRenderer: ResponseTemplateRendering {
    func render(_ job: TemplateRenderJob) -> TemplateRenderOutcome {
        let request = RenderRequest(
            body: job.body,
            bodyName: "integration response body",
            pathParameters: job.request.pathParameters,
            queryStringParameters: job.request.queryParameters,
            headers: job.request.headers,
            contextOverrides: job.contextOverrides,
            stageVariables: job.request.stageVariables
        )
        do {
            let result = try TemplateRenderer.render(template: job.template, templateName: job.templateName, request: request)
            return TemplateRenderOutcome(output: result.output, overrideStatus: result.statusOverride, overrideHeaders: result.headerOverrides,
                                         gatewayRules: result.gatewayRules)
        } catch {
            let templateError = error.templateError
            var message = templateError.message
            if let bodyError = error.bodyError {
                message += " (the integration response body is not JSON: line \(bodyError.line), column \(bodyError.column): \(bodyError.message))"
            }
            let failure = TemplateFailure(message: message, line: templateError.location.line, column: templateError.location.column,
                                          sourceLine: templateError.sourceLine.isEmpty ? nil : templateError.sourceLine)
            return TemplateRenderOutcome(output: "", failure: failure)
        }
    }
}
