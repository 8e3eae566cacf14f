import GatewayModel

/// One JSON-Patch-like operation of API Gateway's `patchOperations`.
public struct PatchOperation: Hashable, Sendable {
    /// `add`, `remove` or `replace`.
    public var op: String
    /// A JSON pointer (`/responseTemplates/application~1json`).
    public var path: String
    /// The new value (absent for `remove`).
    public var value: String?

    public init(op: String, path: String, value: String? = nil) {
        self.op = op
        self.path = path
        self.value = value
    }

    /// The wire form.
    var json: AWSJSON {
        var members: [(String, AWSJSON)] = [("op", .string(op)), ("path", .string(path))]
        if let value { members.append(("value", .string(value))) }
        return .object(members)
    }

    /// Escapes a map key for a JSON pointer: `~` → `~0`, `/` → `~1`.
    public static func escape(_ key: String) -> String {
        key.replacingAll("~", with: "~0").replacingAll("/", with: "~1")
    }

    /// The operations that turn `old` into `new` (same status code): replace changed scalars,
    /// add new map keys, replace changed ones, remove dropped ones.
    public static func diff(from old: IntegrationResponse, to new: IntegrationResponse) -> [PatchOperation] {
        var operations: [PatchOperation] = []
        for field in IntegrationResponse.Field.scalarsThenMaps {
            switch field {
            case .statusCode:
                break // the request's path names it; a PATCH cannot change it
            case .selectionPattern:
                if (old.selectionPattern ?? "") != (new.selectionPattern ?? "") {
                    operations.append(PatchOperation(op: "replace", path: "/selectionPattern", value: new.selectionPattern ?? ""))
                }
            case .contentHandling:
                if old.contentHandling != new.contentHandling {
                    if let handling = new.contentHandling {
                        operations.append(PatchOperation(op: "replace", path: "/contentHandling", value: handling.rawValue))
                    } else {
                        operations.append(PatchOperation(op: "remove", path: "/contentHandling"))
                    }
                }
            case .responseParameters, .responseTemplates:
                operations += mapDiff(old.map(field) ?? [:], new.map(field) ?? [:], prefix: "/\(field.rawValue)/")
            }
        }
        return operations
    }

    static func mapDiff(_ old: OrderedMap<String>, _ new: OrderedMap<String>, prefix: String) -> [PatchOperation] {
        var operations: [PatchOperation] = []
        for entry in old where new[entry.key] == nil {
            operations.append(PatchOperation(op: "remove", path: prefix + escape(entry.key)))
        }
        for entry in new {
            switch old[entry.key] {
            case nil: operations.append(PatchOperation(op: "add", path: prefix + escape(entry.key), value: entry.value))
            case let value? where value != entry.value:
                operations.append(PatchOperation(op: "replace", path: prefix + escape(entry.key), value: entry.value))
            default: break
            }
        }
        return operations
    }
}
