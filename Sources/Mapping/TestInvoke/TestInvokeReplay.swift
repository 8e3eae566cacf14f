import Foundation
import GatewayModel

/// gwx's twin of one `TestInvokeMethod`: the backend response AWS logged, run through gwx's own
/// response pipeline with the same request, compared with what AWS answered.
public enum TestInvokeReplay {
    /// The stage a test invocation runs in.
    public static let stageName = "test-invoke-stage"
    /// `$context.identity.sourceIp` in a test invocation.
    public static let sourceIp = "test-invoke-source-ip"

    /// Replays AWS's answer for `method` (at `resourcePath`, with the IDs it was called with).
    public static func compare(method: Method, resourcePath: String, restApiId: String, resourceId: String,
                               request: TestInvokeRequest, response: TestInvokeResponse) -> TestInvokeComparison {
        let log = ExecutionLog.parse(response.log)
        var comparison = TestInvokeComparison(log: log, aws: response)
        guard log.isRecognized else {
            comparison.inconclusive("gwx does not recognise the format of AWS's execution log, so it cannot tell what the backend answered; AWS's response and the raw log are shown as they are")
            return comparison
        }
        let recovered = backend(for: method, log: log, request: request)
        comparison.warnings += recovered.warnings
        guard let backend = recovered.backend else {
            comparison.inconclusive(recovered.missing ?? "AWS's log has no backend response")
            return comparison
        }
        comparison.backend = backend
        if log.backendBody?.truncated == true {
            comparison.inconclusive("AWS truncated the backend body in its log ([TRUNCATED]), so gwx cannot replay it byte for byte; test with a smaller response")
            return comparison
        }
        let simulationRequest = self.simulationRequest(request, log: log, method: method, resourcePath: resourcePath, restApiId: restApiId, resourceId: resourceId, backend: backend)
        let result = ResponsePipeline.simulate(method: method, resourcePath: resourcePath, backend: backend, request: simulationRequest)
        comparison.simulation = result
        comparison.differences = ResponseDiff.differences(aws: response, gwx: result, log: log)
        comparison.ignoredHeaders = response.headerLines.filter { ResponseDiff.isGatewayOwnHeader($0.name) }.map { $0.name }
        comparison.verdict = comparison.differences.isEmpty ? .equal : .different
        return comparison
    }

    // MARK: - The backend response

    struct Recovered {
        var backend: BackendResponse?
        var missing: String?
        var warnings: [String] = []
    }

    /// The backend response as AWS logged it; for MOCK, the status the request template set.
    static func backend(for method: Method, log: ExecutionLog, request: TestInvokeRequest) -> Recovered {
        var recovered = Recovered()
        let headers = (log.backendHeaders?.pairs ?? []).map { ($0.name, $0.value) }
        if log.backendHeaders?.truncated == true {
            recovered.warnings.append("AWS truncated the backend's headers in its log: a mapping that reads a header cut off will differ")
        }
        let body = log.backendBody?.text ?? ""
        guard let integration = method.integration else {
            recovered.missing = "\(method.httpMethod) has no integration"
            return recovered
        }
        if integration.type == .mock {
            let status = log.backendStatus ?? mockStatus(integration, log: log, request: request, warnings: &recovered.warnings)
            recovered.backend = BackendResponse(statusCode: status, headers: headers, body: body)
            return recovered
        }
        guard log.receivedResponse || log.backendBody != nil else {
            let failure = log.executionFailures.first.map { ": \($0)" } ?? ""
            recovered.missing = "AWS's log has no backend response (the request failed before or at the backend\(failure)), so there is nothing to replay"
            return recovered
        }
        if integration.isLambda {
            let isError = log.lambdaErrorMessage != nil || log.backendHeaders?.value("X-Amz-Function-Error") != nil
            var message = log.lambdaErrorMessage
            if isError && message == nil, case .object(let object)? = try? JSONParser.parse(body), case .string(let text)? = object["errorMessage"] {
                message = text
            }
            recovered.backend = BackendResponse(errorMessage: isError ? (message ?? "") : nil, headers: headers, body: body)
            return recovered
        }
        guard let status = log.backendStatus else {
            recovered.missing = "AWS's log does not say which status the backend returned (no `Received response. Status:` line), so selection cannot be replayed"
            return recovered
        }
        recovered.backend = BackendResponse(statusCode: status, headers: headers, body: body)
        return recovered
    }

    /// A MOCK integration's status: the `statusCode` of its rendered request template when AWS
    /// logged it, else of the template text, else 200.
    static func mockStatus(_ integration: Integration, log: ExecutionLog, request: TestInvokeRequest, warnings: inout [String]) -> String {
        if let rendered = log.endpointRequestBody?.text, let status = statusCode(in: rendered) { return status }
        let contentType = request.headers.last { $0.name.lowercased() == "content-type" }?.value ?? "application/json"
        let template = integration.requestTemplates[contentType] ?? integration.requestTemplates.values.first
        if let template, let status = statusCode(in: template) {
            if template.contains("#") || template.contains("$") {
                warnings.append("the MOCK status is read from the request template's text (\(status)); a template that computes it may differ")
            }
            return status
        }
        warnings.append("the MOCK integration's request template sets no statusCode gwx can read: replaying with 200")
        return "200"
    }

    private static func statusCode(in text: String) -> String? {
        guard let expression = try? NSRegularExpression(pattern: #""statusCode"\s*:\s*"?([1-5][0-9]{2})\b"#),
              let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[range])
    }

    // MARK: - The request

    static func simulationRequest(_ request: TestInvokeRequest, log: ExecutionLog, method: Method, resourcePath: String,
                                  restApiId: String, resourceId: String, backend: BackendResponse) -> SimulationRequest {
        var headers = OrderedMap<String>()
        for header in request.headers { headers[header.name] = header.value }
        var query = OrderedMap<String>()
        for pair in (request.queryString ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).removingPercentEncoding ?? String(parts[0])
            // API Gateway keeps the last value of a repeated name for $input.params().
            query[name] = parts.count > 1 ? (String(parts[1]).removingPercentEncoding ?? String(parts[1])) : ""
        }
        var path = OrderedMap<String>()
        if let logged = log.methodRequestPath, !logged.truncated, !logged.pairs.isEmpty {
            for pair in logged.pairs { path[pair.name] = pair.value }
        } else {
            for (name, value) in pathParameters(template: resourcePath, path: request.path) { path[name] = value }
        }
        var context = OrderedMap<String>()
        context["apiId"] = restApiId
        context["resourceId"] = resourceId
        context["stage"] = stageName
        context["identity.sourceIp"] = sourceIp
        if let id = log.requestId { context["requestId"] = id }
        if let id = backend.headers.first(where: { $0.name.lowercased() == "x-amzn-requestid" })?.value, method.integration?.isLambda == true {
            context["awsEndpointRequestId"] = id
        }
        if let stamp = log.startedAt, let time = requestTime(stamp) {
            context["requestTime"] = time.text
            context["requestTimeEpoch"] = time.epochMilliseconds
        }
        return SimulationRequest(pathParameters: path, queryParameters: query, headers: headers,
                                 stageVariables: OrderedMap(request.stageVariables.map { ($0.name, $0.value) }), context: context)
    }

    /// `{petId}` and greedy `{proxy+}` values of a path for a resource path template.
    static func pathParameters(template: String, path: String) -> [(String, String)] {
        let names = template.split(separator: "/").map(String.init)
        let values = path.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        var result: [(String, String)] = []
        for (index, name) in names.enumerated() where name.hasPrefix("{") && name.hasSuffix("}") && index < values.count {
            let inner = String(name.dropFirst().dropLast())
            if inner.hasSuffix("+") {
                result.append((String(inner.dropLast()), values[index...].joined(separator: "/")))
                break
            }
            result.append((inner, values[index]))
        }
        return result
    }

    /// `Tue Oct 12 21:09:59 UTC 2021` as `$context.requestTime` (`12/Oct/2021:21:09:59 +0000`)
    /// and `requestTimeEpoch` (the log has seconds only, so milliseconds are 000).
    static func requestTime(_ stamp: String) -> (text: String, epochMilliseconds: String)? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE MMM dd HH:mm:ss zzz yyyy"
        guard let date = formatter.date(from: stamp) else { return nil }
        formatter.dateFormat = "dd/MMM/yyyy:HH:mm:ss Z"
        return (formatter.string(from: date), String(Int64(date.timeIntervalSince1970) * 1000))
    }
}
