import GatewayModel
import TerminalUI

/// An API's resources and methods as a flattened path tree, built once per load.
///
/// Collapsing and filtering only recompute `visible` (indices into `rows`), so a keypress
/// never rebuilds the tree, and drawing touches only the visible rows.
struct ResourceTree: Sendable {
    /// One line of the tree: a resource, or one of its methods.
    struct Row: Sendable {
        var resourceIndex: Int
        var methodIndex: Int?
        var shape: TreeRow
        /// The index after this row's subtree.
        var subtreeEnd: Int
        /// Lowercased `path METHOD`, for the filter.
        var searchText: String
        /// The resource's path below its parent's (`/{petId}`, or `/{ownerId}/pets` when
        /// the middle resource is missing); `/` for a root.
        var label: String = ""
    }

    private(set) var rows: [Row] = []
    private(set) var collapsed: Set<Int> = []
    private(set) var filter = ""
    private(set) var visible: [Int] = []

    /// The tree of a definition. Parents come from `parentId`, or from the path when the
    /// parent is not among the resources.
    init(_ definition: APIDefinition) {
        let resources = definition.resources
        var indexByID: [String: Int] = [:]
        var indexByPath: [String: Int] = [:]
        for (index, resource) in resources.enumerated() {
            indexByID[resource.id] = index
            indexByPath[resource.path] = index
        }
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (index, resource) in resources.enumerated() {
            if let parent = Self.parent(of: resource, byID: indexByID, byPath: indexByPath), parent != index {
                children[parent, default: []].append(index)
            } else {
                roots.append(index)
            }
        }
        var rows: [Row] = []
        rows.reserveCapacity(resources.count * 2)
        // Depth-first without recursion, so deep trees cannot overflow the stack.
        var work: [(index: Int, depth: Int, ancestors: [Bool], isLast: Bool, parentPath: String)] =
            roots.enumerated().reversed().map { ($0.element, 0, [], $0.offset == roots.count - 1, "") }
        var open: [(row: Int, depth: Int)] = []
        while let item = work.popLast() {
            while let last = open.last, last.depth >= item.depth {
                rows[last.row].subtreeEnd = rows.count
                open.removeLast()
            }
            let resource = resources[item.index]
            let kids = children[item.index] ?? []
            let childCount = resource.methods.count + kids.count
            let rowIndex = rows.count
            rows.append(Row(
                resourceIndex: item.index, methodIndex: nil,
                shape: TreeRow(depth: item.depth, ancestorsAreLast: item.ancestors, isLast: item.isLast, expansion: childCount == 0 ? .leaf : .expanded),
                subtreeEnd: rowIndex + 1, searchText: resource.path.lowercased(),
                label: Self.label(path: resource.path, parentPath: item.parentPath)))
            open.append((rowIndex, item.depth))
            let ancestors = item.ancestors + [item.isLast]
            for (offset, method) in resource.methods.enumerated() {
                let isLast = offset == resource.methods.count - 1 && kids.isEmpty
                rows.append(Row(
                    resourceIndex: item.index, methodIndex: offset,
                    shape: TreeRow(depth: item.depth + 1, ancestorsAreLast: ancestors, isLast: isLast, expansion: .leaf),
                    subtreeEnd: rows.count + 1, searchText: (resource.path + " " + method.httpMethod).lowercased()))
            }
            for (offset, child) in kids.enumerated().reversed() {
                work.append((child, item.depth + 1, ancestors, offset == kids.count - 1, resource.path))
            }
        }
        for item in open { rows[item.row].subtreeEnd = rows.count }
        self.rows = rows
        recompute()
    }

    private static func label(path: String, parentPath: String) -> String {
        guard !parentPath.isEmpty, parentPath != "/", path.hasPrefix(parentPath + "/") else { return path }
        return String(path.dropFirst(parentPath.count))
    }

    private static func parent(of resource: Resource, byID: [String: Int], byPath: [String: Int]) -> Int? {
        if let parentID = resource.parentId, let index = byID[parentID] { return index }
        guard resource.path != "/" else { return nil }
        var path = resource.path
        // Walk up the path until an existing resource is found.
        while let slash = path.lastIndex(of: "/") {
            path = String(path[..<slash])
            if let index = byPath[path.isEmpty ? "/" : path] { return index }
            if path.isEmpty { break }
        }
        return nil
    }

    /// Sets the filter (case-insensitive substring of path and method).
    mutating func setFilter(_ text: String) {
        guard text != filter else { return }
        filter = text
        recompute()
    }

    /// Opens or closes a resource row.
    mutating func toggle(row: Int) {
        guard rows.indices.contains(row), rows[row].methodIndex == nil, rows[row].shape.expansion != .leaf else { return }
        if collapsed.contains(row) {
            collapsed.remove(row)
            rows[row].shape.expansion = .expanded
        } else {
            collapsed.insert(row)
            rows[row].shape.expansion = .collapsed
        }
        recompute()
    }

    /// Opens every ancestor of a row so it shows; returns its visible position.
    mutating func reveal(row: Int) -> Int? {
        var changed = false
        for candidate in collapsed where candidate < row && rows[candidate].subtreeEnd > row {
            collapsed.remove(candidate)
            rows[candidate].shape.expansion = .expanded
            changed = true
        }
        if changed { recompute() }
        return visible.firstIndex(of: row)
    }

    /// Keeps the same resources collapsed in a reloaded tree.
    mutating func collapse(resourceIDs: Set<String>, in definition: APIDefinition) {
        for (index, row) in rows.enumerated() where row.methodIndex == nil && row.shape.expansion != .leaf {
            if resourceIDs.contains(definition.resources[row.resourceIndex].id) {
                collapsed.insert(index)
                rows[index].shape.expansion = .collapsed
            }
        }
        recompute()
    }

    /// The IDs of collapsed resources.
    func collapsedResourceIDs(in definition: APIDefinition) -> Set<String> {
        Set(collapsed.map { definition.resources[rows[$0].resourceIndex].id })
    }

    /// The row of a resource (and method) if present.
    func rowIndex(resourceId: String, httpMethod: String? = nil, in definition: APIDefinition) -> Int? {
        rows.firstIndex { row in
            guard definition.resources[row.resourceIndex].id == resourceId else { return false }
            guard let httpMethod else { return row.methodIndex == nil }
            guard let methodIndex = row.methodIndex else { return false }
            return definition.resources[row.resourceIndex].methods[methodIndex].httpMethod == httpMethod
        }
    }

    private mutating func recompute() {
        if !filter.isEmpty {
            let query = filter.lowercased()
            visible = rows.indices.filter { rows[$0].searchText.contains(query) }
            return
        }
        var result: [Int] = []
        result.reserveCapacity(rows.count)
        var index = 0
        while index < rows.count {
            result.append(index)
            index = collapsed.contains(index) ? rows[index].subtreeEnd : index + 1
        }
        visible = result
    }
}
