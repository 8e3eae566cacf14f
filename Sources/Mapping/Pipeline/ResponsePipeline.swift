import Foundation
import GatewayModel

/// API Gateway's response pipeline for one method, offline: given a backend response, what
/// the client receives and why.
public enum ResponsePipeline {
    /// Runs selection, response parameters, content handling, the mapping template and
    /// `$context.responseOverride` for `method`; pure and deterministic.
    public static func simulate(method: Method, resourcePath: String, backend: BackendResponse, request: SimulationRequest = SimulationRequest()) -> SimulationResult {
        simulate(method: method, resourcePath: resourcePath, backend: backend, request: request, engines: .standard)
    }

    /// `simulate` with chosen engines (tests and integration seams).
    static func simulate(method: Method, resourcePath: String, backend: BackendResponse, request: SimulationRequest, engines: PipelineEngines) -> SimulationResult {
        var run = PipelineRun(method: method, resourcePath: resourcePath, backend: backend, request: request, engines: engines)
        return run.execute()
    }

    /// The body API Gateway sends with a 500 configuration error.
    public static let internalServerErrorBody = #"{"message": "Internal server error"}"#
}

/// One simulation in progress: the inputs, and the steps and issues gathered so far.
struct PipelineRun {
    let method: Method
    let resourcePath: String
    let backend: BackendResponse
    let request: SimulationRequest
    let engines: PipelineEngines
    let context: JSONValue

    var steps: [String] = []
    var issues: [SimulationIssue] = []
    var candidates: [SelectionCandidate] = []
    var selected: SelectedResponse?
    var parameters: [ParameterEvaluation] = []
    var template: TemplateChoice?
    /// Where API Gateway's rules, not stock Velocity's, decided the rendered body.
    var gatewayRules = GatewayRuleNotes()

    init(method: Method, resourcePath: String, backend: BackendResponse, request: SimulationRequest, engines: PipelineEngines) {
        self.method = method
        self.resourcePath = resourcePath
        self.backend = backend
        self.request = request
        self.engines = engines
        self.context = SimulationContext.tree(for: request, httpMethod: method.httpMethod, resourcePath: resourcePath)
    }

    // MARK: - The flow

    mutating func execute() -> SimulationResult {
        guard let integration = method.integration else {
            return configurationFailure("\(method.httpMethod) \(resourcePath) has no integration, so API Gateway cannot call a backend", stage: .configuration, place: SimulationPlace())
        }
        steps.append("Integration: \(integration.type.rawValue)" + (integration.isLambda ? " (non-proxy Lambda: selection patterns match the function error's errorMessage)" : ""))
        if integration.type == .awsProxy || integration.type == .httpProxy {
            return proxyPassThrough()
        }

        // MARK: Selection
        let (subject, integrationBody, isLambdaError) = selectionSubject(isLambda: integration.isLambda)
        let selection = ResponseSelection.select(integration.integrationResponses, subject: subject, matcher: engines.matcher)
        record(selection, subjectLabel: integration.isLambda ? "Lambda error message" : "backend status code")
        guard let chosen = selection.selected, let response = selection.selectedResponse else {
            let what = integration.isLambda ? (subject.isEmpty ? "a successful Lambda invocation (empty error message)" : "the Lambda error message \(PrettyJSON.quoted(subject))") : "status code \(subject)"
            let message = integration.integrationResponses.isEmpty
                ? "the integration has no integration responses: API Gateway answers 500 Internal server error (API_CONFIGURATION_ERROR)"
                : "no selection pattern matches \(what) and there is no default response: API Gateway answers 500 Internal server error (API_CONFIGURATION_ERROR)"
            return configurationFailure(message, stage: .selection, place: SimulationPlace())
        }
        selected = SelectedResponse(statusCode: chosen.statusCode, selectionPattern: chosen.selectionPattern, isDefault: chosen.verdict == .isDefault)

        guard let methodResponse = method.methodResponse(statusCode: response.statusCode) else {
            return configurationFailure("the method declares no \(response.statusCode) method response, so API Gateway answers 500 Internal server error (API_CONFIGURATION_ERROR); add a \(response.statusCode) method response", stage: .configuration, place: SimulationPlace(statusCode: response.statusCode, field: "statusCode"))
        }

        // MARK: Response parameters (read the integration response as the backend sent it)
        var headers = evaluateParameters(of: response, declaredBy: methodResponse, body: integrationBody, isLambdaError: isLambdaError)

        // MARK: Content handling, template, override
        guard let converted = convertPayload(integrationBody, handling: response.contentHandling, statusCode: response.statusCode) else {
            return configurationFailure("the body is not base64 text, so converting it to binary fails: API Gateway answers 500 Internal server error (API_CONFIGURATION_ERROR)", stage: .contentHandling, place: SimulationPlace(statusCode: response.statusCode, field: "contentHandling"))
        }
        guard let rendered = applyTemplate(of: response, to: converted) else {
            return configurationFailure("the mapping template failed, so API Gateway answers 500 Internal server error", stage: .template, place: SimulationPlace(statusCode: response.statusCode), alreadyReported: true)
        }
        var statusCode = response.statusCode
        applyOverrides(rendered.overrides, statusCode: &statusCode, headers: &headers, responseStatus: response.statusCode)

        steps.append("Status: \(statusCode)")
        return result(statusCode: statusCode, headers: headers, body: rendered.body, isBinary: rendered.isBinary)
    }

    // MARK: - Selection subject

    /// What the patterns match, the integration response body, and whether it is a Lambda error.
    mutating func selectionSubject(isLambda: Bool) -> (subject: String, body: Payload, isLambdaError: Bool) {
        let payloadIsBinary = backend.isBinary || PipelineText.mediaType(backend.headers.first { $0.name.lowercased() == "content-type" }?.value, matchesAnyOf: request.binaryMediaTypes)
        var body = Payload(data: backend.body, isBinary: payloadIsBinary)
        guard isLambda else {
            if backend.errorMessage != nil {
                issues.append(SimulationIssue(severity: .warning, stage: .selection, place: SimulationPlace(), message: "the error message is ignored: this integration is not a Lambda function, so its selection patterns match the backend status code"))
            }
            guard let status = backend.statusCode else {
                issues.append(SimulationIssue(severity: .error, stage: .selection, place: SimulationPlace(), message: "no backend status code was given; selection patterns of this integration match the backend's HTTP status code"))
                return ("", body, false)
            }
            steps.append("Selection subject: backend status code \(status)")
            return (status, body, false)
        }
        if let status = backend.statusCode {
            issues.append(SimulationIssue(severity: .warning, stage: .selection, place: SimulationPlace(), message: "the status code \(status) is ignored: a non-proxy Lambda integration selects by the function error's errorMessage"))
        }
        if let message = backend.errorMessage {
            if backend.body.isEmpty {
                body = Payload(data: Data(("{\"errorMessage\":" + PrettyJSON.quoted(message) + "}").utf8), isBinary: false)
                steps.append("Lambda error without a body: the integration response body is {\"errorMessage\": …}")
            }
            steps.append("Selection subject: Lambda error message \(PrettyJSON.quoted(message))")
            return (message, body, true)
        }
        if case .object(let object)? = try? JSONParser.parse(backend.bodyText), case .string(let message)? = object["errorMessage"] {
            steps.append("Selection subject: the body's errorMessage \(PrettyJSON.quoted(message)) (the body is a Lambda error)")
            return (message, body, true)
        }
        steps.append("Selection subject: a successful Lambda invocation has no error message; patterns are matched against the empty string")
        return ("", body, false)
    }

    /// Records every candidate's verdict as steps, and invalid or shadowed patterns as issues.
    mutating func record(_ selection: ResponseSelection, subjectLabel: String) {
        candidates = selection.candidates
        let anyMatch = selection.candidates.contains { $0.verdict == .matched }
        for candidate in selection.candidates {
            let pattern = candidate.selectionPattern.map { PrettyJSON.quoted($0) } ?? "(default)"
            let line: String
            switch candidate.verdict {
            case .matched where candidate.isSelected:
                line = "matches the whole \(subjectLabel): selected"
            case .matched:
                line = "also matches, but \(selection.selected?.statusCode ?? "another response") comes first: not used"
                issues.append(SimulationIssue(severity: .warning, stage: .selection, place: SimulationPlace(statusCode: candidate.statusCode, field: "selectionPattern"), message: "this pattern also matches \(PrettyJSON.quoted(candidate.subject)); API Gateway does not document which of several matching patterns wins (gwx takes the lowest status code), so make the patterns disjoint"))
            case .notMatched:
                line = "does not match the whole \(subjectLabel)"
            case .invalidPattern(let message):
                line = "invalid pattern: never matches"
                issues.append(SimulationIssue(severity: .error, stage: .selection, place: SimulationPlace(statusCode: candidate.statusCode, field: "selectionPattern"), message: message + " (API Gateway uses Java regular expressions)"))
            case .isDefault:
                line = candidate.isSelected ? "default response: selected because no pattern matched" : (anyMatch ? "default response: not needed, a pattern matched" : "default response")
            }
            steps.append("  \(candidate.statusCode) \(pattern): \(line)")
        }
    }

    // MARK: - Results

    /// The finished result.
    func result(statusCode: String, headers: [SimulatedHeader], body: Data, isBinary: Bool) -> SimulationResult {
        SimulationResult(statusCode: statusCode, headers: headers, body: body, bodyIsBinary: isBinary, selected: selected, candidates: candidates, parameters: parameters, template: template, steps: steps, issues: issues, gatewayRules: gatewayRules)
    }

    /// API Gateway's 500 for a configuration error, with the reason recorded as an error.
    mutating func configurationFailure(_ message: String, stage: SimulationIssue.Stage, place: SimulationPlace, alreadyReported: Bool = false) -> SimulationResult {
        if !alreadyReported {
            issues.append(SimulationIssue(severity: .error, stage: stage, place: place, message: message))
        }
        steps.append("API Gateway fails the request: 500 Internal server error (API_CONFIGURATION_ERROR)")
        let header = SimulatedHeader(name: "Content-Type", value: "application/json", origin: .gatewayResponse(type: "API_CONFIGURATION_ERROR"))
        return result(statusCode: "500", headers: [header], body: Data(ResponsePipeline.internalServerErrorBody.utf8), isBinary: false)
    }

    /// Proxy integrations have no integration responses: the backend response goes through.
    mutating func proxyPassThrough() -> SimulationResult {
        steps.append("Proxy integration: API Gateway returns the backend's status, headers and body as they are; integration responses do not apply")
        let headers = backend.headers.map { SimulatedHeader(name: $0.name, value: $0.value, origin: .backend) }
        let status = backend.statusCode ?? "200"
        steps.append("Status: \(status)")
        return result(statusCode: status, headers: headers, body: backend.body, isBinary: backend.isBinary)
    }
}

/// A payload and whether API Gateway treats it as binary.
struct Payload: Hashable, Sendable {
    var data: Data
    var isBinary: Bool

    var text: String { String(decoding: data, as: UTF8.self) }
}
