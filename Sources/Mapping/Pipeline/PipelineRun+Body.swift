import Foundation
import GatewayModel

/// The body after content handling and the mapping template, with the template's overrides.
struct RenderedBody: Hashable, Sendable {
    var body: Data
    var isBinary: Bool
    /// What the template set in `$context.responseOverride`; `nil` when no template ran.
    var overrides: TemplateRenderOutcome?
}

extension PipelineRun {
    // MARK: - Content handling

    /// Applies the content conversion table; `nil` when base64 decoding fails.
    ///
    /// It runs before the mapping template: the guide says a binary payload converted to
    /// text can be read in the template "through `$input.body`" as the base64 string.
    mutating func convertPayload(_ payload: Payload, handling: ContentHandling?, statusCode: String) -> Payload? {
        let acceptIsBinary = PipelineText.mediaType(request.effectiveAccept, matchesAnyOf: request.binaryMediaTypes)
        let conversion = ContentConversion.decide(handling: handling, payloadIsBinary: payload.isBinary, acceptIsBinary: acceptIsBinary)
        steps.append("Content handling: \(conversion.reason)")
        switch conversion.action {
        case .passThrough:
            return payload
        case .base64Encode:
            return Payload(data: Data(payload.data.base64EncodedString().utf8), isBinary: false)
        case .base64Decode:
            guard let decoded = ContentConversion.decodeBase64(payload.data) else { return nil }
            return Payload(data: decoded, isBinary: true)
        }
    }

    // MARK: - Mapping template

    /// Chooses and renders the template; `nil` when rendering failed (already reported).
    mutating func applyTemplate(of response: IntegrationResponse, to payload: Payload) -> RenderedBody? {
        if payload.isBinary {
            let reason = response.responseTemplates.isEmpty
                ? "no response templates: the binary body passes through"
                : "the payload is binary, so API Gateway sends it without running a mapping template"
            template = TemplateChoice(contentType: nil, reason: reason)
            steps.append("Template: \(reason)")
            return RenderedBody(body: payload.data, isBinary: true, overrides: nil)
        }
        let choice = TemplateSelection.choose(templates: response.responseTemplates, accept: request.effectiveAccept)
        guard let text = choice.template, let contentType = choice.contentType else {
            // An empty template is still the chosen one (it differs from having none): name it.
            template = TemplateChoice(contentType: choice.contentType, reason: choice.reason)
            steps.append("Template: \(choice.reason)")
            return RenderedBody(body: payload.data, isBinary: false, overrides: nil)
        }
        template = TemplateChoice(contentType: contentType, reason: choice.reason)
        steps.append("Template: \(contentType) (\(choice.reason))")
        let field = "responseTemplates[\(contentType)]"
        let job = TemplateRenderJob(template: text, templateName: field, body: payload.text, request: request, context: context,
                                    contextOverrides: SimulationContext.overrides(for: request, httpMethod: method.httpMethod, resourcePath: resourcePath))
        let outcome = engines.renderer.render(job)
        if let failure = outcome.failure {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let sourceLine = failure.sourceLine ?? failure.line.flatMap { $0 >= 1 && $0 <= lines.count ? String(lines[$0 - 1]) : nil }
            let place = SimulationPlace(statusCode: response.statusCode, field: field, line: failure.line, column: failure.column, sourceLine: sourceLine)
            issues.append(SimulationIssue(severity: .error, stage: .template, place: place, message: failure.message))
            steps.append("Template failed: \(failure.message)")
            return nil
        }
        steps.append("Template rendered \(outcome.output.utf8.count) bytes")
        gatewayRules = outcome.gatewayRules
        return RenderedBody(body: Data(outcome.output.utf8), isBinary: false, overrides: outcome)
    }

    // MARK: - $context.responseOverride

    /// Applies `$context.responseOverride.status` and `.header.X`, after everything else:
    /// the guide calls overrides final and applied after the standard mappings.
    mutating func applyOverrides(_ outcome: TemplateRenderOutcome?, statusCode: inout String, headers: inout [SimulatedHeader], responseStatus: String) {
        guard let outcome else { return }
        let place = SimulationPlace(statusCode: responseStatus, field: template?.contentType.map { "responseTemplates[\($0)]" })
        if let override = outcome.overrideStatus {
            let trimmed = PipelineText.trimmed(override)
            if let code = Int(trimmed), (100...599).contains(code) {
                statusCode = String(code)
                steps.append("Status overridden by $context.responseOverride.status: \(code)")
            } else {
                issues.append(SimulationIssue(severity: .warning, stage: .responseOverride, place: place, message: "$context.responseOverride.status is \(PrettyJSON.quoted(override)), not a status code from 100 to 599; API Gateway ignores it"))
                steps.append("Status override \(PrettyJSON.quoted(override)) ignored")
            }
        }
        for entry in outcome.overrideHeaders {
            let header = SimulatedHeader(name: entry.key, value: entry.value, origin: .responseOverride)
            if let index = headers.firstIndex(where: { $0.name.lowercased() == entry.key.lowercased() }) {
                headers[index] = header
                steps.append("Header \(entry.key) overridden by $context.responseOverride.header.\(entry.key): \(PipelineText.oneLine(entry.value))")
            } else {
                headers.append(header)
                steps.append("Header \(entry.key) set by $context.responseOverride.header.\(entry.key): \(PipelineText.oneLine(entry.value))")
            }
        }
    }
}
