/// One row of a widget's key table: the keys, what they do, how the help writes them, and
/// the footer's word for them. The widgets look keys up here, so the help cannot drift.
public struct KeyRow<Action: Hashable & Sendable>: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// How the help writes the keys (`Ctrl-Z / Ctrl-Y`); rows without help are not listed.
    public var label: String
    public var help: String?
    public var short: String?

    public init(_ keys: [Key], _ action: Action, _ label: String = "", _ help: String? = nil, short: String? = nil) {
        self.keys = keys
        self.action = action
        self.label = label
        self.help = help
        self.short = short
    }
}

extension Array {
    /// The action of the first row that has the key.
    public func action<Action>(for key: Key) -> Action? where Element == KeyRow<Action> {
        first { $0.keys.contains(key) }?.action
    }

    /// How a message writes the first key of an action's row (`Ctrl-Z`).
    public func key<Action>(of action: Action) -> String where Element == KeyRow<Action> {
        first { $0.action == action }?.keys.first?.label ?? "?"
    }
}
