/// A compiled JSONPath expression, with Jayway JsonPath's syntax and result rules.
///
/// A definite path (names and single indexes only) yields one value or nothing; an
/// indefinite path (wildcard, deep scan, slice, index union, filter) yields a list.
public struct JSONPath: Equatable, Sendable {
    /// The expression as written.
    public let text: String
    /// The steps after the root `$`.
    let steps: [Step]
    /// Whether the path yields at most one value (Jayway's "definite" path).
    public let isDefinite: Bool

    /// A path of the given steps.
    init(text: String, steps: [Step]) {
        self.text = text
        self.steps = steps
        isDefinite = steps.allSatisfy(\.isDefinite)
    }

    /// One step of a path: a selector applied to the current nodes, or to all their descendants.
    struct Step: Equatable, Sendable {
        var selector: Selector
        var isDeepScan: Bool

        var isDefinite: Bool {
            if isDeepScan { return false }
            switch selector {
            case .names, .index: return true
            case .wildcard, .indexes, .slice, .filter: return false
            }
        }
    }

    /// What a step picks from a node.
    enum Selector: Equatable, Sendable {
        /// One name (`.a`, `['a']`), or several (`['a','b']`), which merge into one object.
        case names([String])
        /// One index (`[2]`, `[-1]` counts from the end).
        case index(Int)
        /// Several indexes (`[0,2]`).
        case indexes([Int])
        /// Every member or element (`*`).
        case wildcard
        /// A slice (`[1:3]`, `[:2]`, `[-2:]`).
        case slice(start: Int?, end: Int?)
        /// A filter (`[?(@.price < 10)]`).
        case filter(JSONPathFilter)
    }
}

/// A JSONPath expression that could not be compiled.
public struct JSONPathError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong with the expression.
    public var message: String
    /// The expression.
    public var path: String
    /// 0-based character offset in `path` where the problem is.
    public var offset: Int

    /// Creates an error.
    public init(message: String, path: String, offset: Int) {
        self.message = message
        self.path = path
        self.offset = offset
    }

    public var description: String { "invalid JSONPath '\(path)' at character \(offset + 1): \(message)" }
}
