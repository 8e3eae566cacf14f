/// One visible row of a tree: its depth, the guide lines before it and its label.
public struct TreeRow: Hashable, Sendable {
    /// How deep the node is (0 for a root).
    public var depth: Int
    /// For each ancestor level, whether that ancestor was the last of its siblings.
    public var ancestorsAreLast: [Bool]
    /// Whether this node is the last of its siblings.
    public var isLast: Bool
    /// Whether the node has children, and if so whether they are shown.
    public var expansion: Expansion

    /// Whether a node can be opened.
    public enum Expansion: Hashable, Sendable { case leaf, expanded, collapsed }

    public init(depth: Int, ancestorsAreLast: [Bool], isLast: Bool, expansion: Expansion) {
        self.depth = depth
        self.ancestorsAreLast = ancestorsAreLast
        self.isLast = isLast
        self.expansion = expansion
    }

    /// The guide drawn before the label (`│  ├─ ▾ `).
    public var guide: String {
        var text = ""
        for (level, last) in ancestorsAreLast.enumerated() where level > 0 {
            text += last ? "   " : "│  "
        }
        if depth > 0 { text += isLast ? "└─ " : "├─ " }
        switch expansion {
        case .leaf: break
        case .expanded: text += "▾ "
        case .collapsed: text += "▸ "
        }
        return text
    }
}

/// A tree drawn as a list with guide lines.
public enum TreeView {
    /// Draws visible tree rows; `label(index)` gives the text after the guide.
    @discardableResult
    public static func draw(
        into buffer: inout ScreenBuffer, rect: Rect, count: Int, state: ListState, focused: Bool = true,
        theme: Theme = .standard, row: (Int) -> TreeRow, label: (Int) -> [Span]
    ) -> Range<Int> {
        ListView.draw(into: &buffer, rect: rect, count: count, state: state, focused: focused, theme: theme) { index in
            [Span(row(index).guide, theme.border)] + label(index)
        }
    }
}
