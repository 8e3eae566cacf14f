/// A parsed JSON document that keeps object key order and each number's source text.
///
/// API Gateway reads bodies with json-smart into insertion-ordered maps, and prints numbers
/// from their Java values; keeping the text lets gwx convert a number exactly the way
/// json-smart does (Integer, Long, BigInteger, Double or BigDecimal).
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number, as written in the source (e.g. `1.50`, `-3`, `1e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

/// A JSON object: its members in source order, with map semantics for repeated keys.
public struct JSONObject: Hashable, Sendable {
    /// The members, in the order their keys first appeared.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// An empty object.
    public init() { members = [] }

    /// An object of the given members; a repeated key keeps its first place and its last value
    /// (java.util.LinkedHashMap.put semantics, which json-smart uses).
    public init(_ pairs: [(String, JSONValue)]) {
        members = []
        members.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// Builds an object from members already known to have distinct keys.
    init(uniqueMembers: [(key: String, value: JSONValue)]) { members = uniqueMembers }

    /// The keys, in order.
    public var keys: [String] { members.map(\.key) }
    /// The number of members.
    public var count: Int { members.count }

    /// The value for a key; setting replaces in place or appends.
    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key == key })?.value }
        set {
            let index = members.firstIndex(where: { $0.key == key })
            switch (index, newValue) {
            case let (index?, value?): members[index].value = value
            case let (index?, nil): members.remove(at: index)
            case let (nil, value?): members.append((key, value))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.members.count == rhs.members.count else { return false }
        for (left, right) in zip(lhs.members, rhs.members) where left.key != right.key || left.value != right.value {
            return false
        }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}
