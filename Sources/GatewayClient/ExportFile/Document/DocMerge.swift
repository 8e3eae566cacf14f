/// How an entry of a mapping came in through a YAML merge key (`<<: *base`).
public struct DocInheritance: Hashable, Sendable {
    /// The `<<` key of the mapping that inherits the entry.
    public var mergeKey: DocScalar
    /// The anchor of the merged mapping (`base` for `<<: *base`); nil for a mapping written
    /// right after `<<:`.
    public var anchor: String?

    /// An inheritance through a merge key.
    public init(mergeKey: DocScalar, anchor: String?) {
        self.mergeKey = mergeKey
        self.anchor = anchor
    }
}

/// The YAML merge key (`<<`) of a mapping, and the mapping as written.
public struct DocMerge: Hashable, Sendable {
    /// The `<<` key.
    public var key: DocScalar
    /// Its value: an alias of a mapping, a mapping, or a sequence of them.
    public var value: DocNode
    /// The entries as written, in file order, the `<<` entry included.
    public var written: [DocEntry]
    /// One entry per key the merge brings in (the one YAML 1.1 picks), including keys the
    /// mapping overrides with its own entry.
    public var inherited: [DocEntry]

    /// A merge key with what it brings in.
    public init(key: DocScalar, value: DocNode, written: [DocEntry], inherited: [DocEntry]) {
        self.key = key
        self.value = value
        self.written = written
        self.inherited = inherited
    }

    /// Whether a key is a merge key: the plain scalar `<<` with no tag.
    public static func isMergeKey(_ key: DocScalar) -> Bool {
        key.value == "<<" && key.style == .plain && (key.tag == nil || key.tag == "!!merge" || key.tag == "tag:yaml.org,2002:merge")
    }
}

/// Why the text behind a value is not its place's own: the value is a YAML alias, or is
/// inherited through a merge key, so its bytes are written elsewhere and may be shared.
enum DocSharing: Hashable, Sendable {
    /// `key: *name`: the entry's value is an alias.
    case alias(key: DocScalar, alias: DocAlias)
    /// The entry comes in through `<<`.
    case merge(DocEntry, DocInheritance)

    /// How an entry of a mapping is shared, if it is.
    static func of(_ entry: DocEntry) -> DocSharing? {
        if let inheritance = entry.inheritance { return .merge(entry, inheritance) }
        if case let .alias(alias) = entry.value { return .alias(key: entry.key, alias: alias) }
        return nil
    }

    /// The first alias or merge on the way down a chain of keys from a node (nil when a
    /// key is missing before any sharing shows).
    static func along(_ keys: [String], from node: DocNode) -> DocSharing? {
        var current = node
        for key in keys {
            guard let mapping = current.mapping, let index = mapping.index(of: key) else { return nil }
            let entry = mapping.entries[index]
            if let sharing = of(entry) { return sharing }
            current = entry.value
        }
        return nil
    }
}

/// A YAML anchor that an alias (or a merge key) uses: the anchored node's text stands for
/// both places, so an edit inside it changes both.
public struct DocAnchorUse: Hashable, Sendable {
    /// The anchor name.
    public var name: String
    /// Where the anchored node is written.
    public var anchored: DocSpan
    /// Where the `*name` that uses it is written.
    public var alias: DocSpan

    /// A use of an anchor by an alias.
    public init(name: String, anchored: DocSpan, alias: DocSpan) {
        self.name = name
        self.anchored = anchored
        self.alias = alias
    }
}
