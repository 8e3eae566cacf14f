// Variable names numbered when a template is parsed, so that a render finds a variable by its
// number (an array index) instead of comparing names. Velocity's own variables come first, with
// the same numbers in every template.

/// Identifies the numbering of one parsed template (nodes from `#evaluate`d text carry another).
final class NameTableToken: Sendable {}

/// The distinct variable names of one parse, numbered in order of first appearance. Shared by
/// the parsers of a template and of its string literals; read-only once parsing ends.
final class NameNumbering {
    /// Names Velocity itself sets, numbered 0, 1, 2 in every template.
    static let builtin = ["velocityCount", "velocityHasNext", "foreach"]
    static let velocityCountSlot = 0
    static let velocityHasNextSlot = 1
    static let foreachSlot = 2

    let token = NameTableToken()
    private(set) var names: [String] = NameNumbering.builtin
    private(set) var index: [String: Int] = Dictionary(uniqueKeysWithValues: NameNumbering.builtin.enumerated().map { ($1, $0) })

    /// The number of a name, numbering it when new.
    func number(of name: String) -> Int {
        if let number = index[name] { return number }
        names.append(name)
        index[name] = names.count - 1
        return names.count - 1
    }
}

/// The global variables of one render, one slot per name: slots `0..<names.count` hold the
/// template's numbered names, later slots the names only met at render time (context values the
/// template never names, `#evaluate`d text, `#define`).
struct VariableTable {
    private let templateNames: [String]
    private let templateIndex: [String: Int]
    private var extraIndex: [String: Int] = [:]
    /// Each slot's value; `.null` when unset (Velocity reads both the same).
    private var values: [Value]
    /// Up to this many names, a name is found by comparing (short names compare in one step,
    /// cheaper than hashing).
    private static let linearLimit = 16

    /// Creates a table for a template's numbered names, holding a context's variables.
    init(names: [String], index: [String: Int], context: some Sequence<(key: String, value: Value)>) {
        templateNames = names
        templateIndex = index
        values = Array(repeating: .null, count: names.count)
        values.reserveCapacity(names.count + 4)
        for (name, value) in context { values[slot(named: name)] = value }
    }

    /// The slot of a name, when it has one.
    func existingSlot(named name: String) -> Int? {
        if templateNames.count <= VariableTable.linearLimit {
            for slot in templateNames.indices where templateNames[slot] == name { return slot }
            return extraIndex.isEmpty ? nil : extraIndex[name]
        }
        return templateIndex[name] ?? extraIndex[name]
    }

    /// The slot of a name, made when new.
    mutating func slot(named name: String) -> Int {
        if let slot = existingSlot(named: name) { return slot }
        values.append(.null)
        extraIndex[name] = values.count - 1
        return values.count - 1
    }

    /// The value in a slot.
    subscript(slot slot: Int) -> Value {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// The variable's value (nil or `.null` when it is not set).
    subscript(name: String) -> Value? {
        get { existingSlot(named: name).map { values[$0] } }
        set {
            if let newValue {
                values[slot(named: name)] = newValue
            } else if let slot = existingSlot(named: name) {
                values[slot] = .null
            }
        }
    }
}
