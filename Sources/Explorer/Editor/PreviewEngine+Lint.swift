import GatewayModel
import Mapping

extension PreviewEngine {
    /// `gwx lint`'s findings for the response being edited (and the method-wide ones), on the
    /// sample body. A template that fails to render is left out for the template the preview
    /// runs: the preview reports that failure itself.
    static func lint(_ job: PreviewJob) -> [LintFinding] {
        guard let status = job.lintStatusCode, let integration = job.method.integration,
              let response = integration.integrationResponse(statusCode: status) else { return [] }
        let findings = Linter.lint(response: response, method: job.method, sample: LintSample(body: job.sample.body))
            + Linter.lambdaSuccessFindings(integration)
        return findings.filter { !($0.rule == .templateFails && $0.field == .template(contentType: job.accept ?? "")) }
    }
}
