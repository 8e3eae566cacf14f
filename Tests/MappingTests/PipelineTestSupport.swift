import Foundation
import GatewayModel
@testable import Mapping

/// A stand-in renderer for pipeline tests: it substitutes `$input.body`, obeys lines like
/// `#set($context.responseOverride.status = 400)` / `.header.X = "v"`, and fails with a
/// place on a line `#fail(MESSAGE)` (column of the `#`). Everything else is copied.
struct StubTemplateRenderer: ResponseTemplateRendering {
    func render(_ job: TemplateRenderJob) -> TemplateRenderOutcome {
        var output: [String] = []
        var status: String?
        var headers: OrderedMap<String> = [:]
        for (index, line) in job.template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            if let range = text.range(of: "#fail(") {
                let message = text[range.upperBound...].dropLast()
                let column = text.distance(from: text.startIndex, to: range.lowerBound) + 1
                return TemplateRenderOutcome(output: "", failure: TemplateFailure(message: String(message), line: index + 1, column: column))
            }
            if text.hasPrefix("#set($context.responseOverride.status = ") {
                status = String(text.dropFirst("#set($context.responseOverride.status = ".count).dropLast()).replacingOccurrences(of: "\"", with: "")
                continue
            }
            if text.hasPrefix("#set($context.responseOverride.header.") {
                let rest = text.dropFirst("#set($context.responseOverride.header.".count).dropLast()
                let parts = rest.components(separatedBy: " = ")
                headers[parts[0]] = parts[1].replacingOccurrences(of: "\"", with: "")
                continue
            }
            output.append(text.replacingOccurrences(of: "$input.body", with: job.body)
                .replacingOccurrences(of: "$context.requestId", with: SimulationContext.value("requestId", in: job.context).text))
        }
        return TemplateRenderOutcome(output: output.joined(separator: "\n"), overrideStatus: status, overrideHeaders: headers)
    }
}

/// Engines for tests: the shipped matcher and body reader with the stub renderer.
let testEngines = PipelineEngines(matcher: PipelineEngines.standard.matcher, bodyReader: PipelineEngines.standard.bodyReader, renderer: StubTemplateRenderer())

/// Runs the pipeline with the test engines.
func simulate(_ method: Method, path: String = "/pets", _ backend: BackendResponse, _ request: SimulationRequest = SimulationRequest()) -> SimulationResult {
    ResponsePipeline.simulate(method: method, resourcePath: path, backend: backend, request: request, engines: testEngines)
}

/// Methods modelled on `Examples/PetStore.json`.
enum PetStore {
    static let lambdaURI = "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:GetPet/invocations"

    /// A method response declaring headers.
    static func methodResponse(_ status: String, headers: [String]) -> MethodResponse {
        MethodResponse(statusCode: status, responseParameters: OrderedMap(headers.map { ("method.response.header.\($0)", false) }))
    }

    /// `GET /pets/{petId}`: non-proxy Lambda, 404/400 by error message, default 200 with CORS.
    static var getPet: Method {
        let notFound = IntegrationResponse(statusCode: "404", selectionPattern: ".*Not Found.*",
                                           responseParameters: ["method.response.header.Access-Control-Allow-Origin": "'*'"],
                                           responseTemplates: ["application/json": #"{"message": "$input.body"}"#])
        let invalid = IntegrationResponse(statusCode: "400", selectionPattern: #".*"errorType":"ValidationError".*"#,
                                          responseParameters: ["method.response.header.Access-Control-Allow-Origin": "'*'"])
        let ok = IntegrationResponse(statusCode: "200",
                                     responseParameters: ["method.response.header.Access-Control-Allow-Origin": "'*'",
                                                          "method.response.header.X-Request-Id": "context.requestId"],
                                     responseTemplates: ["application/json": "JSON $input.body", "application/xml": "XML $input.body"])
        return Method(httpMethod: "GET",
                      methodResponses: [methodResponse("200", headers: ["Access-Control-Allow-Origin", "X-Request-Id"]),
                                        methodResponse("400", headers: ["Access-Control-Allow-Origin"]),
                                        methodResponse("404", headers: ["Access-Control-Allow-Origin"])],
                      integration: Integration(type: .aws, uri: lambdaURI, httpMethod: "POST", integrationResponses: [notFound, invalid, ok]))
    }

    /// `OPTIONS /pets`: MOCK CORS preflight with static headers.
    static var optionsPets: Method {
        let ok = IntegrationResponse(statusCode: "200", responseParameters: [
            "method.response.header.Access-Control-Allow-Methods": "'GET,POST,OPTIONS'",
            "method.response.header.Access-Control-Allow-Headers": "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'",
            "method.response.header.Access-Control-Allow-Origin": "'*'",
        ])
        return Method(httpMethod: "OPTIONS",
                      methodResponses: [methodResponse("200", headers: ["Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Allow-Origin"])],
                      integration: Integration(type: .mock, integrationResponses: [ok]))
    }

    /// An HTTP method with the given integration responses, all statuses declared with `headers`.
    static func http(_ responses: [IntegrationResponse], headers: [String] = []) -> Method {
        let statuses = Set(responses.map(\.statusCode)).sorted()
        return Method(httpMethod: "GET",
                      methodResponses: statuses.map { methodResponse($0, headers: headers) },
                      integration: Integration(type: .http, uri: "https://example.com/pets", httpMethod: "GET", integrationResponses: responses))
    }

    /// A non-proxy Lambda method with the given integration responses.
    static func lambda(_ responses: [IntegrationResponse], headers: [String] = []) -> Method {
        let statuses = Set(responses.map(\.statusCode)).sorted()
        return Method(httpMethod: "GET",
                      methodResponses: statuses.map { methodResponse($0, headers: headers) },
                      integration: Integration(type: .aws, uri: lambdaURI, httpMethod: "POST", integrationResponses: responses))
    }
}

extension BodyLookup {
    /// The value, or empty.
    var text: String {
        if case .value(let value) = self { return value }
        return ""
    }
}
