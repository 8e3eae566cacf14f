import Foundation
import GatewayModel
import JavaRegex

/// Runs a preview job: which integration response a sample selects, its status and headers,
/// and the body. Pure; runs off the UI thread.
enum PreviewEngine {
    /// Lines of body kept for the screen.
    static let maxBodyLines = 2_000

    /// Simulates one job.
    static func run(_ job: PreviewJob) -> PreviewOutcome {
        let responses = job.method.integration?.integrationResponses ?? []
        let subject = job.errorMode ? job.sample.errorMessage : job.sample.statusCode
        var issues: [PreviewIssue] = []
        var steps: [String] = []
        var chosen: IntegrationResponse?
        for response in responses where !response.isDefault {
            do {
                let regex = try JavaRegex(response.selectionPattern ?? "")
                if regex.matchesWhole(subject) {
                    steps.append("\(response.statusCode) \(response.selectionPattern ?? ""): matches")
                    if chosen == nil { chosen = response }
                }
            } catch {
                issues.append(PreviewIssue(isError: true, message: error.message, field: "selectionPattern"))
            }
        }
        var selected = chosen.map { "\($0.statusCode) (pattern \($0.selectionPattern ?? ""))" } ?? ""
        if chosen == nil, let fallback = responses.first(where: \.isDefault) {
            chosen = fallback
            selected = "\(fallback.statusCode) (default)"
        }
        guard let response = chosen else {
            issues.append(PreviewIssue(isError: true, message: "No selection pattern matches \(subject.isEmpty ? "an empty subject" : subject) and there is no default response: API Gateway answers 500"))
            return PreviewOutcome(statusCode: "500", selected: "none", headers: [PreviewHeader(name: "Content-Type", value: "application/json")],
                                  bodyLines: [#"{"message": "Internal server error"}"#], bodyLineCount: 1, issues: issues, steps: steps)
        }
        var headers: [PreviewHeader] = []
        let backendHeaders = job.sample.headers.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]).trimmingCharacters(in: .whitespaces), String(line[colon...].dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        for entry in response.responseParameters {
            let name = String(entry.key.dropFirst(MethodResponse.headerPrefix.count))
            if entry.value.hasPrefix("'"), entry.value.hasSuffix("'"), entry.value.count >= 2 {
                headers.append(PreviewHeader(name: name, value: String(entry.value.dropFirst().dropLast())))
            } else if entry.value.hasPrefix("integration.response.header.") {
                let wanted = String(entry.value.dropFirst("integration.response.header.".count))
                if let value = backendHeaders.last(where: { $0.0 == wanted })?.1 { headers.append(PreviewHeader(name: name, value: value)) }
            }
        }
        let body = job.sample.body
        var lines: [String] = []
        var count = 0
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if lines.count < maxBodyLines { lines.append(String(line)) }
            count += 1
        }
        return PreviewOutcome(statusCode: response.statusCode, selected: selected, headers: headers, bodyLines: lines, bodyLineCount: count, issues: issues, steps: steps)
    }
}
