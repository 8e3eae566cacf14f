import GatewayModel

extension PipelineRun {
    /// The message API Gateway gives for a `responseParameters` key it does not accept (an
    /// undeclared or malformed `method.response.header.X`).
    static func invalidParameterMessage(_ key: String) -> String {
        "Invalid mapping expression parameter specified: \(key)"
    }

    /// The message API Gateway gives for a mapping expression it does not accept.
    static func invalidExpressionMessage(_ expression: String) -> String {
        "Invalid mapping expression specified: \(expression)"
    }

    /// Evaluates every `responseParameters` entry of the selected response, in order; records
    /// each outcome and returns the headers to send.
    mutating func evaluateParameters(of response: IntegrationResponse, declaredBy methodResponse: MethodResponse, body: Payload, isLambdaError: Bool) -> [SimulatedHeader] {
        guard !response.responseParameters.isEmpty else {
            steps.append("Response parameters: none")
            return []
        }
        steps.append("Response parameters:")
        var headers: [SimulatedHeader] = []
        for entry in response.responseParameters {
            let key = entry.key
            let headerName = key.hasPrefix(MethodResponse.headerPrefix) ? String(key.dropFirst(MethodResponse.headerPrefix.count)) : key
            let place = SimulationPlace(statusCode: response.statusCode, field: "responseParameters[\(key)]")
            let outcome: ParameterEvaluation.Outcome
            if let problem = Validation.responseParameterKey(key) {
                outcome = .invalid(message: Self.invalidParameterMessage(key) + " — " + problem)
            } else if methodResponse.responseParameters[key] == nil {
                outcome = .invalid(message: Self.invalidParameterMessage(key) + " — the \(methodResponse.statusCode) method response does not declare the header \(headerName); declare \(key) there first")
            } else {
                do {
                    outcome = evaluate(try ResponseParameterSource(parsing: entry.value), body: body, isLambdaError: isLambdaError)
                } catch {
                    outcome = .invalid(message: Self.invalidExpressionMessage(entry.value) + " — " + error.message)
                }
            }
            switch outcome {
            case .value(let value):
                headers.append(SimulatedHeader(name: headerName, value: value, origin: .mapping(expression: entry.value)))
                steps.append("  \(headerName): \(PipelineText.oneLine(value))  ← \(entry.value)")
            case .missing(let reason):
                steps.append("  \(headerName): not sent  ← \(entry.value): \(reason)")
            case .invalid(let message):
                issues.append(SimulationIssue(severity: .error, stage: .responseParameters, place: place, message: message))
                steps.append("  \(headerName): not sent  ← \(entry.value): invalid mapping")
            }
            parameters.append(ParameterEvaluation(key: key, headerName: headerName, expression: entry.value, outcome: outcome))
        }
        return headers
    }

    /// The value of one expression, or why there is none.
    func evaluate(_ source: ResponseParameterSource, body: Payload, isLambdaError: Bool) -> ParameterEvaluation.Outcome {
        let outcome: ParameterEvaluation.Outcome
        switch source {
        case .staticValue(let value):
            outcome = .value(value)
        case .header(let name):
            if let last = backend.values(ofHeader: name).last {
                outcome = .value(last)
            } else {
                outcome = .missing(reason: missingHeaderReason(name))
            }
        case .multiValueHeader(let name):
            let values = backend.values(ofHeader: name)
            // API Gateway joins the values of a repeated header with a bare comma.
            outcome = values.isEmpty ? .missing(reason: missingHeaderReason(name)) : .value(values.joined(separator: ","))
        case .body:
            outcome = body.isBinary ? .missing(reason: "the integration response body is binary") : .value(body.text)
        case .bodyPath(let path):
            outcome = bodyValue(path: path, body: body, isLambdaError: isLambdaError)
        case .context(let name):
            switch SimulationContext.value(name, in: context) {
            case .value(let value): outcome = .value(value)
            case .null: outcome = .missing(reason: "$context.\(name) is null")
            case .notJSON(let message), .noMatch(let message): outcome = .missing(reason: message)
            }
        case .stageVariable(let name):
            if let value = request.stageVariables[name] {
                outcome = .value(value)
            } else {
                outcome = .missing(reason: "the stage variable \(name) is not set")
            }
        }
        if case .value(let value) = outcome, value.isEmpty {
            return .missing(reason: "the value is empty, and API Gateway does not send an empty mapped header")
        }
        return outcome
    }

    /// Why `integration.response.header.NAME` found nothing.
    private func missingHeaderReason(_ name: String) -> String {
        let others = backend.otherSpellings(ofHeader: name)
        guard !others.isEmpty else { return "the backend response has no \(name) header" }
        return "the backend response has no \(name) header (it has \(others.joined(separator: ", ")); API Gateway matches header names case-sensitively)"
    }

    /// `integration.response.body.PATH`.
    private func bodyValue(path: String, body: Payload, isLambdaError: Bool) -> ParameterEvaluation.Outcome {
        guard !body.isBinary else { return .missing(reason: "the integration response body is binary, so it has no JSON fields") }
        // For a Lambda custom error API Gateway parses the JSON inside errorMessage when a
        // body-to-header mapping walks into it (the guide's "Handle custom Lambda errors").
        switch engines.bodyReader.lookup(path: path, in: body.text, decodeJSONStrings: isLambdaError) {
        case .value(let value): return .value(value)
        case .null: return .missing(reason: "$.\(path) is null")
        case .notJSON(let message): return .missing(reason: message)
        case .noMatch(let message): return .missing(reason: "$.\(path) selects nothing: \(message)")
        }
    }
}
