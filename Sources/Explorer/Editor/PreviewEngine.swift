import Foundation
import GatewayModel
import Mapping

/// Runs a preview job through API Gateway's response pipeline (`ResponsePipeline`): which
/// integration response the sample selects, the status, the mapped headers and the rendered
/// body. Pure; runs off the UI thread.
enum PreviewEngine {
    /// Lines of body kept for the screen.
    static let maxBodyLines = 2_000
    /// Characters of a body line kept for the screen.
    static let maxLineLength = 1_000

    /// Simulates one job.
    static func run(_ job: PreviewJob) -> PreviewOutcome {
        let headers = job.sample.headers.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]).trimmingCharacters(in: .whitespaces), String(line[colon...].dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        let backend = job.errorMode
            ? BackendResponse(errorMessage: job.sample.errorMessage.isEmpty ? nil : job.sample.errorMessage, headers: headers, body: job.sample.body)
            : BackendResponse(statusCode: job.sample.statusCode, headers: headers, body: job.sample.body)
        let result = ResponsePipeline.simulate(method: job.method, resourcePath: job.resourcePath, backend: backend, request: SimulationRequest(accept: job.accept))
        let selected = result.selected.map { $0.isDefault ? "\($0.statusCode) (default)" : "\($0.statusCode) (pattern \($0.selectionPattern ?? ""))" } ?? "no integration response"
        var lines: [String] = []
        var count = 0
        if result.bodyIsBinary {
            lines = ["(binary body, \(result.body.count) bytes)"]
            count = 1
        } else {
            for line in result.bodyText.split(separator: "\n", omittingEmptySubsequences: false) {
                // A huge line is cut: the screen shows its start only.
                if lines.count < maxBodyLines { lines.append(String(line.prefix(maxLineLength))) }
                count += 1
            }
        }
        let issues = result.issues.map { issue in
            PreviewIssue(isError: issue.severity == .error, message: issue.message, statusCode: issue.place.statusCode, field: issue.place.field, line: issue.place.line, column: issue.place.column)
        }
        var gatewayRule: String?
        if let first = result.gatewayRules.first {
            // The template on screen is the one rendered, so line:column is enough of a place.
            let more = result.gatewayRules.count > 1 ? " (+\(result.gatewayRules.count - 1) more)" : ""
            gatewayRule = "\(first.line):\(first.column) \(first.message)\(more)"
        }
        var outcome = PreviewOutcome(statusCode: result.statusCode, selected: selected, headers: result.headers.map { PreviewHeader(name: $0.name, value: $0.value) },
                                     bodyLines: lines, bodyLineCount: count, issues: issues, steps: result.steps)
        outcome.gatewayRule = gatewayRule
        outcome.lint = lint(job)
        return outcome
    }
}
