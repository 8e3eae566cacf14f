import GatewayModel
import Velocity

extension GatewayContext {
    /// The tree for the default request time and no overrides, built once (the usual preview).
    private static let defaultTree = defaults()

    /// The context tree for a request's time and overrides (defaults, then overrides).
    static func tree(requestTimeEpochMilliseconds: Int, overrides: OrderedMap<String>) -> JSONValue {
        if requestTimeEpochMilliseconds == defaultRequestTimeEpochMilliseconds, overrides.isEmpty { return defaultTree }
        return applying(overrides.entries.map { ($0.key, $0.value) },
                        to: defaults(requestTimeEpochMilliseconds: requestTimeEpochMilliseconds))
    }

    /// A fresh `$context` for a tree, with `responseOverride` and its `header` map ready
    /// (`#set($context.responseOverride.status = 400)` needs them before it runs).
    static func velocityContext(_ tree: JSONValue) -> VMap {
        guard case .object(let object) = tree else { return VMap() }
        var keys: [MapKey] = []
        var values: [Value] = []
        keys.reserveCapacity(object.members.count + 1)
        values.reserveCapacity(object.members.count + 1)
        appendMembers(of: object, keys: &keys, values: &values)
        if object["responseOverride"] == nil {
            keys.append(.string("responseOverride"))
            values.append(.map(VMap(uniqueKeys: [.string("header")], values: [.map(VMap())], style: .java)))
        }
        return VMap(uniqueKeys: keys, values: values, style: .java)
    }

    private static func appendMembers(of object: JSONObject, keys: inout [MapKey], values: inout [Value]) {
        for member in object.members {
            keys.append(.string(member.key))
            if case .object(let nested) = member.value {
                values.append(.map(velocityMap(nested)))
            } else {
                values.append(member.value.velocityValue())
            }
        }
    }

    /// A fresh, mutable `$context` map for a tree: the same values `velocityValue()` gives,
    /// built without per-key lookups (the tree's keys are distinct).
    static func velocityMap(_ object: JSONObject) -> VMap {
        var keys: [MapKey] = []
        var values: [Value] = []
        keys.reserveCapacity(object.members.count)
        values.reserveCapacity(object.members.count)
        appendMembers(of: object, keys: &keys, values: &values)
        return VMap(uniqueKeys: keys, values: values, style: .java)
    }
}
