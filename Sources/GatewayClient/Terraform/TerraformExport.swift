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
        ]
        var maps: [(String, OrderedMap<String>)] = []
        for field in IntegrationResponse.Field.scalarsThenMaps {
            switch field {
            case .statusCode:
                arguments.append((argumentName(field), quoted(response.statusCode)))
            case .selectionPattern:
                if let pattern = response.selectionPattern, !pattern.isEmpty { arguments.append((argumentName(field), quoted(pattern))) }
            case .contentHandling:
                if let handling = response.contentHandling { arguments.append((argumentName(field), quoted(handling.rawValue))) }
            case .responseParameters, .responseTemplates:
                // An empty map is left out: Terraform reads a missing map as an empty one.
                if let map = response.map(field), !map.isEmpty { maps.append((argumentName(field), map)) }
            }
        }
        var out = normalizationWarnings(id: id, response: response)
        out += "resource \"aws_api_gateway_integration_response\" \"\(name)\" {\n"
        let width = arguments.map(\.0.count).max() ?? 0
        for (key, value) in arguments {
            out += "  \(key)\(String(repeating: " ", count: width - key.count)) = \(value)\n"
        }
        for (key, entries) in maps {
            out += "\n" + map(key, entries)
        }
        out += "}\n\nimport {\n  to = aws_api_gateway_integration_response.\(name)\n  id = \(quoted(id.description))\n}\n"
        return out
    }

    // MARK: - Pieces

    /// The provider's argument for a field: AWS's name in snake case.
    static func argumentName(_ field: IntegrationResponse.Field) -> String {
        switch field {
        case .statusCode: return "status_code"
        case .selectionPattern: return "selection_pattern"
        case .responseParameters: return "response_parameters"
        case .responseTemplates: return "response_templates"
        case .contentHandling: return "content_handling"
        }
    }

    /// A comment line for each string Terraform would not keep as it is (see
    /// `survivesNormalization`), so nobody applies the file believing it changes nothing.
    static func normalizationWarnings(id: IntegrationResponseID, response: IntegrationResponse) -> String {
        var places: [String] = []
        let plain: [(String, String?)] = [("rest_api_id", id.restApiId), ("resource_id", id.resourceId), ("http_method", id.httpMethod)]
        for (name, text) in plain where !survivesNormalization(text ?? "") { places.append(name) }
        for field in IntegrationResponse.Field.scalarsThenMaps {
            let name = argumentName(field)
            switch field {
            case .statusCode:
                if !survivesNormalization(response.statusCode) { places.append(name) }
            case .selectionPattern:
                if !survivesNormalization(response.selectionPattern ?? "") { places.append(name) }
            case .contentHandling:
                break // one of AWS's fixed ASCII names
            case .responseParameters, .responseTemplates:
                for entry in response.map(field) ?? [:] where !survivesNormalization(entry.key) || !survivesNormalization(entry.value) {
                    places.append("\(name)[\(quoted(entry.key))]")
                }
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
