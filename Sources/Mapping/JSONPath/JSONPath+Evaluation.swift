extension JSONPath {
    /// What a path found in a document.
    public enum Match<Node> {
        /// A definite path found nothing (Jayway: PathNotFoundException; API Gateway: null).
        case missing
        /// A definite path's value, or an indefinite path's results gathered in an array node.
        case value(Node)
    }

    /// Evaluates the path on `root` with Jayway's result rules.
    public func evaluate<Node: JSONPathNode>(on root: Node) -> Match<Node> {
        if isDefinite {
            if let node = JSONPath.evaluateDefinite(steps, on: root, root: root) { return .value(node) }
            return .missing
        }
        var current = [root]
        for step in steps {
            var next: [Node] = []
            for node in current { step.apply(to: node, root: root, into: &next) }
            current = next
        }
        return .value(Node.jsonPathArray(current))
    }

    /// A definite walk: each step must find exactly one node.
    static func evaluateDefinite<Node: JSONPathNode>(_ steps: [Step], on start: Node, root: Node? = nil) -> Node? {
        var node = start
        for step in steps {
            // A name or an index finds at most one node: no array needed.
            if !step.isDeepScan {
                switch step.selector {
                case .names(let names) where names.count == 1:
                    guard let member = node.jsonPathMember(names[0]) else { return nil }
                    node = member
                    continue
                case .index(let index):
                    guard let elements = node.jsonPathElements else { return nil }
                    let resolved = index < 0 ? elements.count + index : index
                    guard resolved >= 0 && resolved < elements.count else { return nil }
                    node = elements[resolved]
                    continue
                default:
                    break
                }
            }
            var found: [Node] = []
            step.apply(to: node, root: root ?? start, into: &found)
            guard step.isDefinite || found.count == 1, let first = found.first else { return nil }
            node = first
        }
        return node
    }
}

extension JSONPath.Step {
    /// Appends what this step selects from `node` to `results`.
    func apply<Node: JSONPathNode>(to node: Node, root: Node, into results: inout [Node]) {
        if isDeepScan {
            scan(node, root: root, into: &results)
        } else {
            selector.select(from: node, root: root, into: &results)
        }
    }

    /// Jayway's deep scan: apply the selector where it fits, then descend, in document order.
    private func scan<Node: JSONPathNode>(_ node: Node, root: Node, into results: inout [Node]) {
        if let members = node.jsonPathMembers {
            selector.select(from: node, root: root, into: &results)
            for member in members { scan(member.value, root: root, into: &results) }
        } else if let elements = node.jsonPathElements {
            selector.select(from: node, root: root, into: &results)
            for element in elements { scan(element, root: root, into: &results) }
        }
    }
}

extension JSONPath.Selector {
    func select<Node: JSONPathNode>(from node: Node, root: Node, into results: inout [Node]) {
        switch self {
        case .names(let names):
            if names.count == 1 {
                if let value = node.jsonPathMember(names[0]) { results.append(value) }
            } else if node.jsonPathMembers != nil {
                let picked = names.compactMap { name in node.jsonPathMember(name).map { (key: name, value: $0) } }
                results.append(Node.jsonPathObject(picked))
            }
        case .index(let index):
            guard let elements = node.jsonPathElements else { return }
            let resolved = index < 0 ? elements.count + index : index
            if resolved >= 0 && resolved < elements.count { results.append(elements[resolved]) }
        case .indexes(let indexes):
            guard let elements = node.jsonPathElements else { return }
            for index in indexes {
                let resolved = index < 0 ? elements.count + index : index
                if resolved >= 0 && resolved < elements.count { results.append(elements[resolved]) }
            }
        case .wildcard:
            if let members = node.jsonPathMembers {
                results.append(contentsOf: members.map(\.value))
            } else if let elements = node.jsonPathElements {
                results.append(contentsOf: elements)
            }
        case .slice(let start, let end):
            guard let elements = node.jsonPathElements else { return }
            let count = elements.count
            func clamp(_ value: Int) -> Int { min(max(value < 0 ? count + value : value, 0), count) }
            let from = clamp(start ?? 0)
            let to = clamp(end ?? count)
            if from < to { results.append(contentsOf: elements[from..<to]) }
        case .filter(let filter):
            if let elements = node.jsonPathElements {
                for element in elements where filter.accepts(element, root: root) { results.append(element) }
            } else if node.jsonPathMembers != nil, filter.accepts(node, root: root) {
                results.append(node)
            }
        }
    }
}
