/// The global variables of one render: a few names, found by comparing them (short names
/// compare in one step), with a hash index once there are many.
struct VariableTable {
    private var names: [String] = []
    private var values: [Value] = []
    /// Name to position, once the table is past `linearLimit`.
    private var index: [String: Int]?

    /// Tables up to this size are searched linearly.
    private static let linearLimit = 24

    /// Creates a table holding a context's variables.
    init(_ context: [String: Value]) {
        names.reserveCapacity(context.count + 8)
        values.reserveCapacity(context.count + 8)
        for (name, value) in context {
            names.append(name)
            values.append(value)
        }
        if names.count > VariableTable.linearLimit { buildIndex() }
    }

    private mutating func buildIndex() {
        var built: [String: Int] = [:]
        built.reserveCapacity(names.count)
        for (position, name) in names.enumerated() { built[name] = position }
        index = built
    }

    private func position(of name: String) -> Int? {
        if let index { return index[name] }
        for position in names.indices where names[position] == name { return position }
        return nil
    }

    /// The variable's value, or nil when it is not set.
    subscript(name: String) -> Value? {
        get { position(of: name).map { values[$0] } }
        set {
            let position = position(of: name)
            switch (position, newValue) {
            case let (position?, value?):
                values[position] = value
            case let (nil, value?):
                names.append(name)
                values.append(value)
                if index != nil {
                    index?[name] = names.count - 1
                } else if names.count > VariableTable.linearLimit {
                    buildIndex()
                }
            case let (position?, nil):
                // Order does not matter: move the last variable into the gap.
                let last = names.count - 1
                names.swapAt(position, last)
                values.swapAt(position, last)
                names.removeLast()
                values.removeLast()
                if index != nil {
                    index?[name] = nil
                    if position < last { index?[names[position]] = position }
                }
            case (nil, nil):
                break
            }
        }
    }
}
