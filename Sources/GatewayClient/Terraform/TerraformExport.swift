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
        var out = normalizationWarnings(id: id, response: response)
        out += "resource \"aws_api_gateway_integration_response\" \"\(name)\" {\n"
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

    /// A comment line for each string Terraform would not keep as it is (see
    /// `survivesNormalization`), so nobody applies the file believing it changes nothing.
    static func normalizationWarnings(id: IntegrationResponseID, response: IntegrationResponse) -> String {
        var places: [String] = []
        let plain: [(String, String?)] = [
            ("rest_api_id", id.restApiId), ("resource_id", id.resourceId), ("http_method", id.httpMethod),
            ("status_code", response.statusCode), ("selection_pattern", response.selectionPattern),
        ]
        for (name, text) in plain where !survivesNormalization(text ?? "") { places.append(name) }
        for (name, entries) in [("response_parameters", response.responseParameters), ("response_templates", response.responseTemplates)] {
            for entry in entries where !survivesNormalization(entry.key) || !survivesNormalization(entry.value) {
                places.append("\(name)[\(quoted(entry.key))]")
            }
        }
        return places.map {
            "# warning: Terraform stores strings in Unicode NFC, so applying this file changes \($0) to its composed form\n"
        }.joined()
    }

    /// A map argument; multi-line values become heredocs when that is exact.
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
