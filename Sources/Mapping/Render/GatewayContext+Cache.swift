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

    /// A fresh, mutable `$context` map for a tree: the same values `velocityValue()` gives,
    /// built without per-key lookups (the tree's keys are distinct).
    static func velocityMap(_ object: JSONObject) -> VMap {
        var keys: [MapKey] = []
        var values: [Value] = []
        keys.reserveCapacity(object.members.count)
        values.reserveCapacity(object.members.count)
        for member in object.members {
            keys.append(.string(member.key))
            if case .object(let nested) = member.value {
                values.append(.map(velocityMap(nested)))
            } else {
                values.append(member.value.velocityValue())
            }
        }
        return VMap(uniqueKeys: keys, values: values, style: .java)
    }
}
