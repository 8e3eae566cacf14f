/// A document tree a `JSONPath` can walk: JSON values, or the Velocity values built from them.
public protocol JSONPathNode {
    /// The members, in order, if this node is an object; nil otherwise.
    var jsonPathMembers: [(key: String, value: Self)]? { get }
    /// The member named `key`, if this node is an object that has it.
    func jsonPathMember(_ key: String) -> Self?
    /// The elements, if this node is an array; nil otherwise.
    var jsonPathElements: [Self]? { get }
    /// The value filters compare this node as.
    var jsonPathScalar: JSONPathScalar { get }
    /// An array node holding `elements` (Jayway returns indefinite results as a JSON array).
    static func jsonPathArray(_ elements: [Self]) -> Self
    /// An object node holding `members` (Jayway merges a multi-name selection into one map).
    static func jsonPathObject(_ members: [(key: String, value: Self)]) -> Self
}

/// The comparable face of a node inside a filter expression.
public enum JSONPathScalar: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// An object or array: exists, but compares equal only to itself.
    case structure
}

extension JSONValue: JSONPathNode {
    public var jsonPathMembers: [(key: String, value: JSONValue)]? {
        if case .object(let object) = self { return object.members }
        return nil
    }

    public func jsonPathMember(_ key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var jsonPathElements: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var jsonPathScalar: JSONPathScalar {
        switch self {
        case .null: return .null
        case .bool(let value): return .bool(value)
        case .number(let text): return .number(Double(text) ?? 0)
        case .string(let text): return .string(text)
        case .array, .object: return .structure
        }
    }

    public static func jsonPathArray(_ elements: [JSONValue]) -> JSONValue { .array(elements) }

    public static func jsonPathObject(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
        .object(JSONObject(members.map { ($0.key, $0.value) }))
    }
}
