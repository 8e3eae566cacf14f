// The one list of an integration response's fields. Everything that writes, reads or compares a
// whole response (the PATCH builder, the conflict check, drafts, `gwx ls` JSON, the PUT body,
// the Terraform writer) walks `Field.allCases` with a `switch` that has no `default`, so a new
// field does not compile until each of them handles it; `IntegrationResponseFieldTests` checks
// the list against the stored properties, so a new property cannot be left out of it.

extension IntegrationResponse {
    /// A field of an integration response, named as AWS names it, in AWS's order.
    public enum Field: String, CaseIterable, Sendable {
        case statusCode, selectionPattern, responseParameters, responseTemplates, contentHandling

        /// Whether the field is a map (media type or header name → text).
        public var isMap: Bool {
            switch self {
            case .statusCode, .selectionPattern, .contentHandling: return false
            case .responseParameters, .responseTemplates: return true
            }
        }

        /// The fields, one-value fields first, then the maps: the order of a PATCH and of
        /// Terraform's arguments.
        public static var scalarsThenMaps: [Field] {
            allCases.filter { !$0.isMap } + allCases.filter(\.isMap)
        }
    }

    /// A map field's value.
    public func map(_ field: Field) -> OrderedMap<String>? {
        switch field {
        case .responseParameters: return responseParameters
        case .responseTemplates: return responseTemplates
        case .statusCode, .selectionPattern, .contentHandling: return nil
        }
    }

    /// The response as API Gateway compares two of them: a missing selection pattern is the
    /// empty one, and the order of map entries does not matter. Empty templates stay: `""` is a
    /// value.
    public var normalized: IntegrationResponse {
        var copy = self
        for field in Field.allCases {
            switch field {
            case .statusCode, .contentHandling: break
            case .selectionPattern: copy.selectionPattern = selectionPattern ?? ""
            case .responseParameters: copy.responseParameters = Self.sorted(responseParameters)
            case .responseTemplates: copy.responseTemplates = Self.sorted(responseTemplates)
            }
        }
        return copy
    }

    /// Whether two responses hold the same content as the service sees it.
    public func sameContent(as other: IntegrationResponse) -> Bool {
        normalized == other.normalized
    }

    private static func sorted(_ map: OrderedMap<String>) -> OrderedMap<String> {
        OrderedMap(map.entries.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }
}
