/// How a block scalar treats its final line breaks (`|-`, `|`, `|+`).
public enum BlockChomping: Hashable, Sendable {
    /// `-`: no final line break.
    case strip
    /// No indicator: one final line break.
    case clip
    /// `+`: every final line break.
    case keep
}

/// How a scalar is written in its file.
public enum ScalarStyle: Hashable, Sendable {
    /// A YAML plain scalar, or a JSON number, `true`, `false` or `null`.
    case plain
    /// `'text'`.
    case singleQuoted
    /// YAML `"text"`.
    case doubleQuoted
    /// `|`, with its chomping.
    case literal(BlockChomping)
    /// `>`, with its chomping.
    case folded(BlockChomping)
    /// A JSON string.
    case jsonString

    /// Whether this is a YAML block scalar (`|` or `>`).
    public var isBlock: Bool {
        switch self {
        case .literal, .folded: return true
        default: return false
        }
    }
}

/// A scalar with its text, style and place.
public struct DocScalar: Hashable, Sendable {
    /// From the first character (quote or block indicator) to just past the last.
    public var span: DocSpan
    /// The scalar's text after unescaping and folding.
    public var value: String
    // Declared in this order, 32 bits, so that a scalar takes 40 bytes: an export's keys and
    // values are most of a parse's memory.
    private var storedExtendedEnd: Int32
    /// How it is written.
    public var style: ScalarStyle
    /// For block scalars, the end of the last line that belongs to the scalar, trailing
    /// empty lines included (without the final line break); otherwise `span.end.offset`.
    public var extendedEnd: Int {
        get { Int(storedExtendedEnd) }
        set { storedExtendedEnd = Int32(truncatingIfNeeded: newValue) }
    }
    /// What few scalars have (a tag, a block scalar's layout), boxed: most scalars are plain
    /// keys and values, and a big export holds hundreds of thousands of them.
    private var extras: Boxed<ScalarExtras>?

    /// An explicit tag (`!!str`), if any.
    public var tag: String? {
        get { extras?.value.tag }
        set { update { $0.tag = newValue } }
    }
    /// For block scalars, the column (0-based) of the content lines.
    public var blockIndent: Int? {
        get { extras?.value.blockIndent }
        set { update { $0.blockIndent = newValue } }
    }
    /// For block scalars, the end of the `|`/`>` indicator and its chomping/indentation marks.
    public var blockHeaderEnd: Int? {
        get { extras?.value.blockHeaderEnd }
        set { update { $0.blockHeaderEnd = newValue } }
    }
    /// For block scalars, the offset of the line break that ends the header line.
    public var blockBodyStart: Int? {
        get { extras?.value.blockBodyStart }
        set { update { $0.blockBodyStart = newValue } }
    }

    /// A scalar; `extendedEnd` defaults to the span's end.
    public init(span: DocSpan, value: String, style: ScalarStyle, tag: String? = nil, blockIndent: Int? = nil, extendedEnd: Int? = nil) {
        self.span = span
        self.value = value
        self.style = style
        storedExtendedEnd = Int32(truncatingIfNeeded: extendedEnd ?? span.end.offset)
        if tag != nil || blockIndent != nil {
            extras = Boxed(ScalarExtras(tag: tag, blockIndent: blockIndent))
        }
    }

    private mutating func update(_ change: (inout ScalarExtras) -> Void) {
        var value = extras?.value ?? ScalarExtras()
        change(&value)
        extras = value == ScalarExtras() ? nil : Boxed(value)
    }
}

/// The rarely set fields of a scalar.
struct ScalarExtras: Hashable, Sendable {
    var tag: String?
    var blockIndent: Int?
    var blockHeaderEnd: Int?
    var blockBodyStart: Int?
}

/// A value on the heap behind one pointer, compared and hashed by value.
final class Boxed<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
    static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs === rhs || lhs.value == rhs.value }
    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// One `key: value` pair of a mapping.
public struct DocEntry: Hashable, Sendable {
    /// The key (always a scalar in the files gwx reads).
    public var key: DocScalar
    /// The value.
    public var value: DocNode
    // Boxed: most entries have none, and an inline one would double every entry's size.
    private var storedInheritance: Boxed<DocInheritance>?

    /// How the entry came in through a YAML merge key (`<<`); nil for an entry the mapping
    /// writes itself. An inherited entry's spans are where its bytes are: in the merged mapping.
    public var inheritance: DocInheritance? {
        get { storedInheritance?.value }
        set { storedInheritance = newValue.map(Boxed.init) }
    }

    /// An entry from its key and value.
    public init(key: DocScalar, value: DocNode, inheritance: DocInheritance? = nil) {
        self.key = key
        self.value = value
        storedInheritance = inheritance.map(Boxed.init)
    }
}

/// A mapping (`{}` in JSON and YAML flow style, or a YAML block mapping).
///
/// `entries` is what a YAML 1.1 reader sees: with a merge key (`<<`), the merged entries
/// and the mapping's own, in PyYAML's order, and never the `<<` entry itself. Code that
/// edits bytes uses `written`, the entries as they are in the file.
public struct DocMapping: Hashable, Sendable {
    /// From the first key (block) or `{` (flow) to the end of the last value or `}`.
    public var span: DocSpan
    /// Whether written in flow style (`{…}`), as JSON objects always are.
    public var isFlow: Bool
    /// The entries as read: in file order, or, with a merge key, merged entries first.
    public var entries: [DocEntry]
    // Boxed, as an entry's inheritance is: few mappings have one.
    private var storedMerge: Boxed<DocMerge>?

    /// The merge key (`<<`) and the mapping as written, when it has one.
    public var merge: DocMerge? {
        get { storedMerge?.value }
        set { storedMerge = newValue.map(Boxed.init) }
    }

    /// A mapping from its entries.
    public init(span: DocSpan, isFlow: Bool, entries: [DocEntry], merge: DocMerge? = nil) {
        self.span = span
        self.isFlow = isFlow
        self.entries = entries
        storedMerge = merge.map(Boxed.init)
    }

    /// The entries as written in the file, in file order (a `<<` entry included).
    public var written: [DocEntry] { merge?.written ?? entries }

    /// The index in `written` of the entry the mapping writes itself with a key (never `<<`).
    public func writtenIndex(of key: String) -> Int? {
        guard let merge else { return index(of: key) }
        return merge.written.firstIndex { $0.key.value == key && $0.key.span != merge.key.span }
    }

    /// The entry a merge key brings in for a key, even when the mapping's own entry overrides it.
    public func mergedEntry(for key: String) -> DocEntry? {
        merge?.inherited.first { $0.key.value == key }
    }

    /// The index of the entry with a key.
    @inline(__always)
    public func index(of key: String) -> Int? {
        // By index: `firstIndex(where:)` copies each entry out to test it.
        for index in entries.indices where entries[index].key.value == key { return index }
        return nil
    }

    /// The value for a key.
    @inline(__always)
    public subscript(key: String) -> DocNode? {
        guard let index = index(of: key) else { return nil }
        return entries[index].value
    }
}

/// A sequence (`[]` or a YAML block sequence).
public struct DocSequence: Hashable, Sendable {
    /// From the first `-` or `[` to the end of the last item or `]`.
    public var span: DocSpan
    /// Whether written in flow style.
    public var isFlow: Bool
    /// The items, in order.
    public var items: [DocNode]

    /// A sequence from its items.
    public init(span: DocSpan, isFlow: Bool, items: [DocNode]) {
        self.span = span
        self.isFlow = isFlow
        self.items = items
    }
}

/// A YAML alias (`*name`) and the node it stands for.
public struct DocAlias: Hashable, Sendable {
    /// The `*name` text.
    public var span: DocSpan
    /// The anchor name.
    public var name: String
    /// The anchored node.
    public var target: DocNode

    /// An alias and its target.
    public init(span: DocSpan, name: String, target: DocNode) {
        self.span = span
        self.name = name
        self.target = target
    }
}

/// A node of a parsed JSON or YAML document, with its exact place in the file.
///
/// Only an alias is boxed: a scalar, mapping or sequence is stored inline in its parent's
/// array, so a parse allocates no box per node (a big export has hundreds of thousands).
public enum DocNode: Hashable, Sendable {
    case scalar(DocScalar)
    case mapping(DocMapping)
    case sequence(DocSequence)
    indirect case alias(DocAlias)

    /// Where the node is written.
    public var span: DocSpan {
        switch self {
        case let .scalar(scalar): return scalar.span
        case let .mapping(mapping): return mapping.span
        case let .sequence(sequence): return sequence.span
        case let .alias(alias): return alias.span
        }
    }

    /// The node itself, or the node an alias stands for.
    public var resolved: DocNode {
        if case let .alias(alias) = self { return alias.target.resolved }
        return self
    }

    // The three accessors below are inlined where they are used, their aliases left to a call:
    // as calls, `entries[i].value.mapping` copied the whole node out of its array first (a
    // retain and a release more per node the model reader looks at).

    /// The mapping, if this is one (through aliases).
    @inline(__always)
    public var mapping: DocMapping? {
        if case let .mapping(mapping) = self { return mapping }
        return aliasedMapping
    }

    /// The sequence, if this is one (through aliases).
    @inline(__always)
    public var sequence: DocSequence? {
        if case let .sequence(sequence) = self { return sequence }
        return aliasedSequence
    }

    /// The scalar, if this is one (through aliases).
    @inline(__always)
    public var scalar: DocScalar? {
        if case let .scalar(scalar) = self { return scalar }
        return aliasedScalar
    }

    @inline(never)
    private var aliasedMapping: DocMapping? {
        if case let .alias(alias) = self { return alias.target.mapping }
        return nil
    }

    @inline(never)
    private var aliasedSequence: DocSequence? {
        if case let .alias(alias) = self { return alias.target.sequence }
        return nil
    }

    @inline(never)
    private var aliasedScalar: DocScalar? {
        if case let .alias(alias) = self { return alias.target.scalar }
        return nil
    }

    /// The value for a key, if this is a mapping.
    public subscript(key: String) -> DocNode? { mapping?[key] }
}
