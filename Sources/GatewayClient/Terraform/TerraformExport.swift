import GatewayModel

/// Renders an integration response as Terraform: the `aws_api_gateway_integration_response`
/// resource with every argument set on it, and an `import` block with its import ID.
public enum TerraformExport {
    /// The HCL text for one integration response (pure: same input, same text).
    public static func render(id: IntegrationResponseID, response: IntegrationResponse) -> String {
        let name = resourceName(id)
        var arguments: [(String, String)] = [
            ("rest_api_id", quoted(id.restApiId)),
            ("resource_id", quoted(id.resourceId)),
            ("http_method", quoted(id.httpMethod)),
            ("status_code", quoted(response.statusCode)),
        ]
        if let pattern = response.selectionPattern, !pattern.isEmpty {
            arguments.append(("selection_pattern", quoted(pattern)))
        }
        if let handling = response.contentHandling {
            arguments.append(("content_handling", quoted(handling.rawValue)))
        }
        var out = "resource \"aws_api_gateway_integration_response\" \"\(name)\" {\n"
        let width = arguments.map(\.0.count).max() ?? 0
        for (key, value) in arguments {
            out += "  \(key)\(String(repeating: " ", count: width - key.count)) = \(value)\n"
        }
        if !response.responseParameters.isEmpty {
            out += "\n" + map("response_parameters", response.responseParameters)
        }
        if !response.responseTemplates.isEmpty {
            out += "\n" + map("response_templates", response.responseTemplates)
        }
        out += "}\n\nimport {\n  to = aws_api_gateway_integration_response.\(name)\n  id = \(quoted(id.description))\n}\n"
        return out
    }

    // MARK: - Pieces

    /// A map argument; multi-line values become heredocs.
    static func map(_ name: String, _ entries: OrderedMap<String>) -> String {
        var out = "  \(name) = {\n"
        let width = entries.keys.map { quoted($0).count }.max() ?? 0
        for entry in entries {
            let key = quoted(entry.key)
            let padding = String(repeating: " ", count: width - key.count)
            out += "    \(key)\(padding) = \(value(entry.value, indent: "    "))\n"
        }
        return out + "  }\n"
    }

    /// A string value: quoted when on one line, a heredoc when it spans lines. A heredoc's value
    /// always ends with a newline, so a text without one is wrapped in `chomp(…)`.
    static func value(_ text: String, indent: String) -> String {
        guard text.contains("\n") else { return quoted(text) }
        let marker = heredocMarker(for: text)
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        // A plain `<<` heredoc keeps every line exactly as written; `<<-` would strip indentation.
        let heredoc = "<<\(marker)\n\(escapeTemplate(body))\n\(marker)"
        return text.hasSuffix("\n") ? heredoc : "chomp(\(heredoc)\n\(indent))"
    }

    /// `EOT`, or `EOT1`, `EOT2`… when the text has a line that is exactly the marker.
    static func heredocMarker(for text: String) -> String {
        let lines = Set(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingSpaces() })
        var marker = "EOT"
        var counter = 0
        while lines.contains(marker) {
            counter += 1
            marker = "EOT\(counter)"
        }
        return marker
    }

    /// A quoted HCL string with escapes and template sequences neutralised.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7f:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return escapeTemplate(out) + "\""
    }

    /// `${` → `$${` and `%{` → `%%{`, so Terraform reads them literally.
    static func escapeTemplate(_ text: String) -> String {
        text.replacingAll("${", with: "$${").replacingAll("%{", with: "%%{")
    }

    /// A valid Terraform name from the import ID (`abc123_r1_GET_200`).
    static func resourceName(_ id: IntegrationResponseID) -> String {
        let raw = [id.restApiId, id.resourceId, id.httpMethod, id.statusCode].joined(separator: "_")
        var name = String(raw.unicodeScalars.map { scalar -> Character in
            let isAllowed = (scalar.value < 128) && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
            return isAllowed ? Character(scalar) : "_"
        })
        while name.contains("__") { name = name.replacingAll("__", with: "_") }
        if let first = name.unicodeScalars.first, !(first.properties.isAlphabetic || first == "_") { name = "_" + name }
        return name
    }
}
