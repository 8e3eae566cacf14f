// MARK: - Merge keys (`<<`), as YAML 1.1 and PyYAML read them

extension YAMLDocumentParser {
    /// Applies the merge key of a mapping just parsed: the mapping gets the entries of the
    /// merged mappings that it does not write itself, and loses its `<<` entry.
    ///
    /// Merged mappings were parsed (and their own merges applied) before, since an alias
    /// can only name a node that is complete, so one level of merging here is enough.
    /// The order is PyYAML's: merged pairs first (for a list, the last mapping's first, so
    /// that earlier mappings win), then the mapping's own; a later pair with a key already
    /// seen replaces its value where the key first appeared.
    mutating func resolvingMerge(_ mapping: DocMapping) throws -> DocMapping {
        guard let mergeIndex = mapping.entries.firstIndex(where: { DocMerge.isMergeKey($0.key) }) else { return mapping }
        let mergeEntry = mapping.entries[mergeIndex]
        var sources: [(mapping: DocMapping, anchor: String?)] = []
        if case let .sequence(sequence) = mergeEntry.value {
            for item in sequence.items {
                sources.append(try mergeSource(item, in: mergeEntry))
            }
            sources.reverse()
        } else {
            sources.append(try mergeSource(mergeEntry.value, in: mergeEntry))
        }
        // Each merge copies every entry it inherits, so a chain of merges, each adding a key to
        // the one before, grows as the square of its length (20,000 links in a 600 KB file made
        // 200 million entries). A file written by API Gateway has no merge keys, and one
        // written by hand stays far below this bound.
        mergedEntries += sources.reduce(0) { $0 + $1.mapping.entries.count }
        guard mergedEntries <= Self.maxMergedEntries else {
            throw error("the YAML merge keys (<<) of this file copy more than \(Self.maxMergedEntries) entries in all (a merge copies every entry of the mappings it names, and merges of merges add up): write the entries out, or merge fewer",
                        at: mergeEntry.key.span.start.offset)
        }
        var order: [String] = []
        var chosen: [String: DocEntry] = [:]
        func add(_ entry: DocEntry) {
            if chosen[entry.key.value] == nil { order.append(entry.key.value) }
            chosen[entry.key.value] = entry
        }
        for source in sources {
            for entry in source.mapping.entries {
                add(DocEntry(key: entry.key, value: entry.value,
                             inheritance: DocInheritance(mergeKey: mergeEntry.key, anchor: source.anchor)))
            }
        }
        let inherited = order.compactMap { chosen[$0] }
        for (index, entry) in mapping.entries.enumerated() where index != mergeIndex {
            add(entry)
        }
        let merge = DocMerge(key: mergeEntry.key, value: mergeEntry.value, written: mapping.entries, inherited: inherited)
        return DocMapping(span: mapping.span, isFlow: mapping.isFlow, entries: order.compactMap { chosen[$0] }, merge: merge)
    }

    /// The most entries merge keys may copy in one file.
    static let maxMergedEntries = 100_000

    /// One mapping a merge key names: an alias of a mapping or a mapping written in place.
    func mergeSource(_ node: DocNode, in mergeEntry: DocEntry) throws -> (mapping: DocMapping, anchor: String?) {
        switch node {
        case let .mapping(mapping):
            return (mapping, nil)
        case let .alias(alias):
            if case let .mapping(mapping) = alias.target.resolved { return (mapping, alias.name) }
            throw error("the YAML merge key (<<) can only merge mappings, but '*\(alias.name)' is \(Self.kindName(alias.target.resolved))", at: alias.span.start.offset)
        case .sequence where node != mergeEntry.value:
            throw error("a list after the YAML merge key (<<) must hold mappings or aliases of mappings, not another list", at: node.span.start.offset)
        case let .scalar(scalar) where scalar.span.range.isEmpty:
            throw error("the YAML merge key (<<) needs a value: an alias of a mapping (<<: *name), a mapping, or a list of them", at: mergeEntry.key.span.start.offset)
        default:
            throw error("the YAML merge key (<<) needs an alias of a mapping (<<: *name), a mapping, or a list of them, not \(Self.kindName(node))", at: node.span.start.offset)
        }
    }

    static func kindName(_ node: DocNode) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar: return "a text value"
        case .alias: return "an alias"
        }
    }
}
