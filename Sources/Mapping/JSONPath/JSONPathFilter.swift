/// A filter expression (`?(...)`) inside a JSONPath: comparisons joined by `&&`, `||` and `!`.
indirect enum JSONPathFilter: Equatable, Sendable {
    case or(JSONPathFilter, JSONPathFilter)
    case and(JSONPathFilter, JSONPathFilter)
    case not(JSONPathFilter)
    /// `@.x` alone: true when the path finds something.
    case exists(JSONPathFilterOperand)
    case compare(JSONPathFilterOperand, JSONPathComparison, JSONPathFilterOperand)
}

/// One side of a filter comparison.
enum JSONPathFilterOperand: Equatable, Sendable {
    /// A path from the current node (`@.price`).
    case current([JSONPath.Step])
    /// A path from the document root (`$.limit`).
    case root([JSONPath.Step])
    case literal(JSONPathScalar)
}

/// A comparison operator of a filter.
enum JSONPathComparison: String, Equatable, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

// MARK: - Evaluation

extension JSONPathFilter {
    /// Whether `node` passes this filter; `root` is the document `$` refers to.
    func accepts<Node: JSONPathNode>(_ node: Node, root: Node) -> Bool {
        switch self {
        case .or(let left, let right): return left.accepts(node, root: root) || right.accepts(node, root: root)
        case .and(let left, let right): return left.accepts(node, root: root) && right.accepts(node, root: root)
        case .not(let inner): return !inner.accepts(node, root: root)
        case .exists(let operand): return operand.scalar(node: node, root: root) != nil
        case .compare(let left, let comparison, let right):
            guard let lhs = left.scalar(node: node, root: root),
                  let rhs = right.scalar(node: node, root: root) else { return false }
            return comparison.holds(lhs, rhs)
        }
    }
}

extension JSONPathFilterOperand {
    func scalar<Node: JSONPathNode>(node: Node, root: Node) -> JSONPathScalar? {
        switch self {
        case .literal(let value): return value
        case .current(let steps): return JSONPath.evaluateDefinite(steps, on: node)?.jsonPathScalar
        case .root(let steps): return JSONPath.evaluateDefinite(steps, on: root)?.jsonPathScalar
        }
    }
}

extension JSONPathComparison {
    func holds(_ lhs: JSONPathScalar, _ rhs: JSONPathScalar) -> Bool {
        switch self {
        case .equal: return lhs == rhs && lhs != .structure
        case .notEqual: return !(lhs == rhs && lhs != .structure)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let order: Int
            switch (lhs, rhs) {
            case let (.number(a), .number(b)): order = a < b ? -1 : (a > b ? 1 : 0)
            case let (.string(a), .string(b)): order = a < b ? -1 : (a > b ? 1 : 0)
            default: return false
            }
            switch self {
            case .less: return order < 0
            case .lessOrEqual: return order <= 0
            case .greater: return order > 0
            default: return order >= 0
            }
        }
    }
}
