/// A string-keyed map that keeps the order its keys were first inserted in.
///
/// API Gateway and export files keep the order users wrote their response parameters and
/// templates in; gwx shows and writes them back in that order.
public struct OrderedMap<Value: Hashable & Sendable>: Hashable, Sendable, Sequence {
    /// One key and its value.
    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: Value
        public init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// The entries, in order.
    public private(set) var entries: [Entry]

    /// An empty map.
    public init() { entries = [] }

    /// A map of the given pairs; a repeated key keeps its first place and its last value.
    public init(_ pairs: [(String, Value)]) {
        entries = []
        for (key, value) in pairs { self[key] = value }
    }

    /// A map of entries whose keys are expected to differ (a parsed mapping's): then no key is
    /// searched for. A repeated key still keeps its first place and its last value.
    public init(distinctEntries: [Entry]) {
        entries = []
        if distinctEntries.count > 1, OrderedMap.hasRepeatedKey(distinctEntries) {
            for entry in distinctEntries { self[entry.key] = entry.value }
        } else {
            entries = distinctEntries
        }
    }

    private static func hasRepeatedKey(_ entries: [Entry]) -> Bool {
        if entries.count <= 8 {
            for later in entries.indices.dropFirst() {
                for earlier in 0..<later where entries[earlier].key == entries[later].key { return true }
            }
            return false
        }
        var seen = Set<String>(minimumCapacity: entries.count)
        for index in entries.indices where !seen.insert(entries[index].key).inserted { return true }
        return false
    }

    /// The keys, in order.
    public var keys: [String] { entries.map(\.key) }
    /// The values, in key order.
    public var values: [Value] { entries.map(\.value) }
    /// The number of entries.
    public var count: Int { entries.count }
    /// Whether the map has no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// The value for a key; setting `nil` removes the key.
    public subscript(key: String) -> Value? {
        get { entries.first(where: { $0.key == key })?.value }
        set {
            let index = entries.firstIndex(where: { $0.key == key })
            switch (index, newValue) {
            case let (index?, value?): entries[index].value = value
            case let (index?, nil): entries.remove(at: index)
            case let (nil, value?): entries.append(Entry(key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    /// Renames a key in place, keeping its position; returns false if `old` is absent or `new` is taken.
    @discardableResult
    public mutating func renameKey(_ old: String, to new: String) -> Bool {
        guard let index = entries.firstIndex(where: { $0.key == old }) else { return false }
        if old == new { return true }
        guard self[new] == nil else { return false }
        entries[index].key = new
        return true
    }

    public func makeIterator() -> IndexingIterator<[Entry]> { entries.makeIterator() }
}

extension OrderedMap: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, Value)...) {
        // `[:]` is written for every empty map a model builds: no work for it.
        if elements.isEmpty {
            self.init()
        } else {
            self.init(elements)
        }
    }
}
