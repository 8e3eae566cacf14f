import Velocity

/// Velocity values are what `$input.path` walks: the body is parsed once, and templates may
/// change its maps and lists (`#set($b.url = ...)`) before a later `$input.json('$')`.
extension Value: JSONPathNode {
    public var jsonPathMembers: [(key: String, value: Value)]? {
        guard case .map(let map) = self else { return nil }
        return map.entries.map { (key: $0.key.javaString, value: $0.value) }
    }

    public func jsonPathMember(_ key: String) -> Value? {
        guard case .map(let map) = self else { return nil }
        return map[key]
    }

    public var jsonPathElements: [Value]? {
        guard case .list(let list) = self else { return nil }
        return list.elements
    }

    public var jsonPathScalar: JSONPathScalar {
        switch self {
        case .null: return .null
        case .string(let text): return .string(text)
        case .integer(let value): return .number(Double(value))
        case .double(let value): return .number(value)
        case .boolean(let value): return .bool(value)
        case .list, .map: return .structure
        case .object(let object):
            if let number = object as? JavaBigNumber { return .number(Double(number.text) ?? 0) }
            return .string(object.description)
        }
    }

    public static func jsonPathArray(_ elements: [Value]) -> Value { .list(VList(elements, style: .json)) }

    public static func jsonPathObject(_ members: [(key: String, value: Value)]) -> Value {
        let map = VMap(style: .java)
        for member in members { map[member.key] = member.value }
        return .map(map)
    }
}
