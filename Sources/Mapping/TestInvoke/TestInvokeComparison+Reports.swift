import Foundation

extension TestInvokeComparison {
    /// The report `gwx test` prints: AWS's answer, the backend response from its log, gwx's
    /// replay, then the verdict (one green line when equal) and each difference with its step.
    public func textReport(color: Bool = false) -> String {
        var out = "AWS (TestInvokeMethod" + (aws.latency.map { ", \($0) ms" } ?? "") + ")\n"
        out += "  Status: \(aws.status)\n"
        out += section("Headers", aws.headerLines.map { line in
            "\(line.name): \(PipelineText.oneLine(line.value))" + (ResponseDiff.isGatewayOwnHeader(line.name) ? "    (API Gateway's own: not compared)" : "")
        })
        out += body("Body", aws.body)
        if let backend {
            out += "Backend response (from AWS's execution log)\n"
            if let message = backend.errorMessage {
                out += "  Lambda error: \(PrettyJSON.quoted(message))\n"
            } else if let status = backend.statusCode {
                out += "  Status: \(status)\n"
            } else {
                out += "  Lambda: succeeded\n"
            }
            out += section("Headers", backend.headers.map { "\($0.name): \(PipelineText.oneLine($0.value))" } + (log.backendHeaders?.truncated == true ? ["… [TRUNCATED by AWS]"] : []))
            out += body("Body", backend.bodyText + (log.backendBody?.truncated == true ? " [TRUNCATED by AWS]" : ""))
        }
        if let simulation {
            out += "gwx (the same backend response through gwx's pipeline)\n"
            out += "  Status: \(simulation.statusCode)" + (simulation.selected.map { "    (integration response \($0.statusCode)" + ($0.isDefault ? ", default)" : ")") } ?? "") + "\n"
            out += section("Headers", ResponseDiff.gwxHeaders(simulation).map { "\($0.name): \(PipelineText.oneLine($0.value))" })
            out += body("Body", simulation.bodyIsBinary ? simulation.body.base64EncodedString() : simulation.bodyText)
        }
        for warning in warnings { out += "note: \(warning)\n" }
        out += "Result\n"
        switch verdict {
        case .equal:
            let headerCount = simulation.map { ResponseDiff.gwxHeaders($0).count } ?? 0
            out += "  " + paint("✓ gwx agrees with AWS: status \(aws.status), \(headerCount) header\(headerCount == 1 ? "" : "s") and the body are the same", code: "32", color) + "\n"
        case .different:
            out += "  " + paint("✗ gwx differs from AWS in \(differences.count) place\(differences.count == 1 ? "" : "s")", code: "31", color) + "\n"
            for difference in differences {
                out += "  \(difference.title)\n"
                out += "    step: \(difference.step)\n"
                for detail in difference.details { out += "    \(detail)\n" }
            }
            out += "  " + Self.reportHint + "\n"
        case .inconclusive:
            out += "  " + paint("? gwx could not compare", code: "33", color) + "\n"
            for reason in reasons { out += "  \(reason)\n" }
            out += "AWS's execution log\n"
            out += aws.log.isEmpty ? "  (empty)\n" : aws.log.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n") + (aws.log.hasSuffix("\n") ? "" : "\n")
        }
        return out
    }

    /// The whole comparison as pretty JSON (for CI): `verdict`, `reasons`, `warnings`, `aws`,
    /// `backend`, `gwx`, `differences`, `ignoredHeaders`, `log` (with the raw text).
    public func jsonReport() -> String {
        func pairs(_ lines: [(String, String)]) -> PrettyJSON {
            .array(lines.map { .object([("name", .string($0.0)), ("value", .string($0.1))]) })
        }
        let awsJSON: PrettyJSON = .object([
            ("status", .number(String(aws.status))),
            ("headers", pairs(aws.headerLines.map { ($0.name, $0.value) })),
            ("body", .string(aws.body)),
            ("latency", aws.latency.map { .number(String($0)) } ?? .null),
        ])
        let backendJSON: PrettyJSON = backend.map { backend in
            .object([
                ("statusCode", backend.statusCode.map(PrettyJSON.string) ?? .null),
                ("errorMessage", backend.errorMessage.map(PrettyJSON.string) ?? .null),
                ("headers", pairs(backend.headers.map { ($0.name, $0.value) })),
                ("body", .string(backend.bodyText)),
                ("bodyTruncated", .bool(log.backendBody?.truncated == true)),
                ("headersTruncated", .bool(log.backendHeaders?.truncated == true)),
            ])
        } ?? .null
        let gwxJSON: PrettyJSON = simulation.map { result in
            .object([
                ("statusCode", .string(result.statusCode)),
                ("headers", .array(ResponseDiff.gwxHeaders(result).map { .object([("name", .string($0.name)), ("value", .string($0.value)), ("step", .string($0.step))]) })),
                ("body", .string(result.bodyIsBinary ? result.body.base64EncodedString() : result.bodyText)),
                ("selected", result.selected.map { .object([("statusCode", .string($0.statusCode)), ("selectionPattern", $0.selectionPattern.map(PrettyJSON.string) ?? .null), ("isDefault", .bool($0.isDefault))]) } ?? .null),
                ("steps", .array(result.steps.map(PrettyJSON.string))),
            ])
        } ?? .null
        let differencesJSON: PrettyJSON = .array(differences.map { difference in
            var members: [(String, PrettyJSON)] = [("part", .string(difference.part.rawValue))]
            if let name = difference.name { members.append(("name", .string(name))) }
            members += [("aws", difference.aws.map(PrettyJSON.string) ?? .null), ("gwx", difference.gwx.map(PrettyJSON.string) ?? .null),
                        ("step", .string(difference.step)), ("details", .array(difference.details.map(PrettyJSON.string)))]
            return .object(members)
        })
        return PrettyJSON.object([
            ("verdict", .string(verdict.rawValue)),
            ("reasons", .array(reasons.map(PrettyJSON.string))),
            ("warnings", .array(warnings.map(PrettyJSON.string))),
            ("aws", awsJSON),
            ("backend", backendJSON),
            ("gwx", gwxJSON),
            ("differences", differencesJSON),
            ("ignoredHeaders", .array(ignoredHeaders.map(PrettyJSON.string))),
            ("hint", verdict == .different ? .string(Self.reportHint) : .null),
            ("log", .object([("recognized", .bool(log.isRecognized)), ("requestId", log.requestId.map(PrettyJSON.string) ?? .null), ("raw", .string(aws.log))])),
        ]).rendered()
    }

    private func section(_ title: String, _ lines: [String]) -> String {
        "  \(title)\n" + (lines.isEmpty ? "    (none)\n" : lines.map { "    \($0)\n" }.joined())
    }

    private func body(_ title: String, _ text: String) -> String {
        "  \(title)\n" + (text.isEmpty ? "    (empty)\n" : text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)\n" }.joined())
    }

    private func paint(_ text: String, code: String, _ color: Bool) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension ResponseDifference {
    /// `status: AWS 404, gwx 200`, `header X-Id: AWS "a", gwx not sent`, `body differs`.
    public var title: String {
        func side(_ value: String?) -> String { value.map { PrettyJSON.quoted(PipelineText.oneLine($0)) } ?? "not sent" }
        switch part {
        case .status: return "status: AWS \(aws ?? "?"), gwx \(gwx ?? "?")"
        case .header: return "header \(name ?? ""): AWS \(side(aws)), gwx \(side(gwx))"
        case .body: return "body differs"
        }
    }
}
