import Foundation
import GatewayModel

/// Compares AWS's answer with gwx's replay: status, each header, the body; each difference
/// names the step of gwx's pipeline that produced gwx's side.
enum ResponseDiff {
    /// Headers API Gateway adds on its own, which no integration response controls.
    static func isGatewayOwnHeader(_ name: String) -> Bool {
        ["x-amzn-trace-id"].contains(name.lowercased())
    }

    static func differences(aws: TestInvokeResponse, gwx: SimulationResult, log: ExecutionLog) -> [ResponseDifference] {
        var found: [ResponseDifference] = []
        if String(aws.status) != gwx.statusCode {
            found.append(ResponseDifference(part: .status, aws: String(aws.status), gwx: gwx.statusCode, step: statusStep(gwx), details: log.executionFailures.map { "AWS's log: \($0)" }))
        }
        found += headerDifferences(aws: aws.headerLines.filter { !isGatewayOwnHeader($0.name) }, gwx: gwx)
        let awsBody = Data(aws.body.utf8)
        if awsBody != gwx.body {
            let gwxText = gwx.bodyIsBinary ? gwx.body.base64EncodedString() : gwx.bodyText
            found.append(ResponseDifference(part: .body, aws: aws.body, gwx: gwxText, step: bodyStep(gwx), details: BodyDiff.describe(aws: awsBody, gwx: gwx.body)))
        }
        return found
    }

    // MARK: - Steps

    static func statusStep(_ result: SimulationResult) -> String {
        if let error = result.errors.first { return "configuration (\(error.stage.rawValue)): \(error.message)" }
        if result.steps.contains(where: { $0.hasPrefix("Status overridden by") }) {
            return "mapping template: $context.responseOverride.status"
        }
        guard let selected = result.selected else { return "selection: no integration response was selected" }
        let subject = result.candidates.first.map { PrettyJSON.quoted($0.subject) } ?? "the backend response"
        let how = selected.isDefault ? "the default response (no selection pattern matched)" : "selection pattern \(PrettyJSON.quoted(selected.selectionPattern ?? ""))"
        return "selection-pattern match: gwx matched \(subject) to integration response \(selected.statusCode), \(how)"
    }

    static func bodyStep(_ result: SimulationResult) -> String {
        if let error = result.errors.first { return "configuration (\(error.stage.rawValue)): \(error.message)" }
        let handling = result.steps.first { $0.hasPrefix("Content handling:") && ($0.contains("base64") || $0.contains("CONVERT")) }
        let status = result.selected?.statusCode ?? "?"
        var step: String
        if let contentType = result.template?.contentType, result.steps.contains(where: { $0.hasPrefix("Template rendered") }) {
            step = "mapping template: responseTemplates[\(contentType)] of integration response \(status)"
        } else {
            step = "pass-through: no mapping template ran (\(result.template?.reason ?? "no template"))"
        }
        if let handling { step += "; content handling: \(handling.dropFirst("Content handling: ".count))" }
        return step
    }

    // MARK: - Headers

    /// gwx's headers by lowercased name, with the implied `Content-Type` API Gateway adds.
    static func gwxHeaders(_ result: SimulationResult) -> [(name: String, value: String, step: String)] {
        var headers = result.headers.map { header -> (String, String, String) in
            let step: String
            switch header.origin {
            case .mapping(let expression): step = "response parameters: method.response.header.\(header.name) ← \(expression)"
            case .responseOverride: step = "mapping template: $context.responseOverride.header.\(header.name)"
            case .gatewayResponse(let type): step = "API Gateway's \(type) error response"
            case .backend: step = "proxy pass-through of the backend's header"
            }
            return (header.name, header.value, step)
        }
        if !headers.contains(where: { $0.0.lowercased() == "content-type" }) {
            let type = result.bodyIsBinary ? nil : (result.template?.contentType ?? "application/json")
            if let type {
                headers.append(("Content-Type", type, "template choice: API Gateway sends the chosen template's media type as Content-Type (application/json without one)"))
            }
        }
        return headers.map { (name: $0.0, value: $0.1, step: $0.2) }
    }

    static func headerDifferences(aws: [(name: String, value: String)], gwx result: SimulationResult) -> [ResponseDifference] {
        let ours = gwxHeaders(result)
        var names: [String] = []
        for name in aws.map(\.name) + ours.map(\.name) where !names.contains(where: { $0.lowercased() == name.lowercased() }) {
            names.append(name)
        }
        var found: [ResponseDifference] = []
        for name in names {
            let key = name.lowercased()
            let theirs = aws.filter { $0.name.lowercased() == key }.map(\.value)
            let mine = ours.filter { $0.name.lowercased() == key }
            guard theirs != mine.map(\.value) else { continue }
            let step = mine.first?.step ?? missingStep(name, result)
            found.append(ResponseDifference(part: .header, name: name, aws: theirs.isEmpty ? nil : theirs.joined(separator: ", "),
                                            gwx: mine.isEmpty ? nil : mine.map(\.value).joined(separator: ", "), step: step))
        }
        return found
    }

    static func missingStep(_ name: String, _ result: SimulationResult) -> String {
        if let parameter = result.parameters.first(where: { $0.headerName.lowercased() == name.lowercased() }) {
            switch parameter.outcome {
            case .missing(let reason): return "response parameters: \(parameter.expression) gave no value in gwx (\(reason))"
            case .invalid(let message): return "response parameters: \(parameter.expression) is invalid in gwx (\(message))"
            case .value: break
            }
        }
        let selected = result.selected.map { "integration response \($0.statusCode)" } ?? "no integration response"
        return "response parameters: gwx's run (\(selected)) maps no \(name) header"
    }
}
