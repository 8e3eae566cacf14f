import Foundation

extension SimulationResult {
    /// The report `gwx simulate` prints: the selection and why, the status, every header with
    /// where it came from, the template, the body, then errors and warnings.
    public func textReport() -> String {
        var out = ""
        out += "Selection\n"
        if let subject = candidates.first?.subject {
            out += "  subject: \(PrettyJSON.quoted(subject))\n"
        }
        for candidate in candidates {
            let pattern = candidate.selectionPattern.map { PrettyJSON.quoted($0) } ?? "(default)"
            out += "  \(candidate.isSelected ? "*" : " ") \(candidate.statusCode)  \(pattern)  \(candidate.verdictText)\n"
        }
        if candidates.isEmpty { out += "  (no integration responses considered)\n" }
        out += "Status: \(statusCode)\n"
        out += "Headers\n"
        for header in headers {
            out += "  \(header.name): \(PipelineText.oneLine(header.value))    (\(header.origin.text))\n"
        }
        for parameter in parameters {
            switch parameter.outcome {
            case .value: continue
            case .missing(let reason): out += "  \(parameter.headerName): not sent    (\(parameter.expression): \(reason))\n"
            case .invalid(let message): out += "  \(parameter.headerName): not sent    (\(message))\n"
            }
        }
        if headers.isEmpty && parameters.isEmpty { out += "  (none)\n" }
        if let template {
            out += "Template: " + (template.contentType ?? "none") + " — \(template.reason)\n"
        }
        out += "Body" + (bodyIsBinary ? " (binary, \(body.count) bytes, shown as base64)" : "") + "\n"
        let shown = bodyIsBinary ? body.base64EncodedString() : bodyText
        out += shown.isEmpty ? "  (empty)\n" : shown.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
        if !issues.isEmpty {
            out += "Problems\n"
            for issue in issues {
                out += issue.description.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        out += "Steps\n"
        out += steps.map { "  " + $0 }.joined(separator: "\n") + (steps.isEmpty ? "" : "\n")
        return out
    }

    /// `{statusCode, headers, body, selected, steps}` as pretty JSON, keys in that order
    /// (`isBase64Encoded` follows `body` for a binary body; `issues` ends the object when
    /// there are any).
    public func jsonReport() -> String {
        var members: [(String, PrettyJSON)] = [
            ("statusCode", .string(statusCode)),
            ("headers", .array(headers.map { header in
                .object([("name", .string(header.name)), ("value", .string(header.value)), ("origin", .string(header.origin.text))])
            })),
            ("body", .string(bodyIsBinary ? body.base64EncodedString() : bodyText)),
        ]
        if bodyIsBinary { members.append(("isBase64Encoded", .bool(true))) }
        let selectedJSON: PrettyJSON = selected.map { response in
            .object([
                ("statusCode", .string(response.statusCode)),
                ("selectionPattern", response.selectionPattern.map(PrettyJSON.string) ?? .null),
                ("isDefault", .bool(response.isDefault)),
            ])
        } ?? .null
        members.append(("selected", selectedJSON))
        members.append(("steps", .array(steps.map(PrettyJSON.string))))
        if !issues.isEmpty {
            members.append(("issues", .array(issues.map { issue in
                .object([
                    ("severity", .string(issue.severity.rawValue)),
                    ("place", .string(issue.place.description)),
                    ("message", .string(issue.message)),
                ])
            })))
        }
        return PrettyJSON.object(members).rendered()
    }
}

extension SelectionCandidate {
    /// The verdict in words.
    var verdictText: String {
        switch verdict {
        case .matched: return isSelected ? "matched: selected" : "matched, but an earlier response won"
        case .notMatched: return "no match"
        case .invalidPattern(let message): return "invalid: \(message)"
        case .isDefault: return isSelected ? "default: selected, no pattern matched" : "default: not needed"
        }
    }
}

extension SimulatedHeader.Origin {
    /// Where a header came from, in words.
    public var text: String {
        switch self {
        case .mapping(let expression): return "mapped from \(expression)"
        case .responseOverride: return "$context.responseOverride"
        case .gatewayResponse(let type): return "API Gateway \(type) response"
        case .backend: return "backend (proxy)"
        }
    }
}
