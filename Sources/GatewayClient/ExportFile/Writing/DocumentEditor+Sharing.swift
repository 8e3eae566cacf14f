// MARK: - Refusing edits of text that is written elsewhere (YAML aliases and merge keys)

extension DocumentEditor {
    /// The index in `mapping.written` of the entry the mapping writes itself for `key`; nil
    /// when there is none. Throws when the value comes in through a merge key (`<<`): its
    /// bytes are in the merged mapping, shared with every mapping that merges it.
    func ownIndex(of key: String, in mapping: DocMapping, toDo action: @autoclosure () -> String) throws -> Int? {
        guard let index = mapping.index(of: key) else { return nil }
        let entry = mapping.entries[index]
        if let inheritance = entry.inheritance { throw refusal(action(), .merge(entry, inheritance)) }
        return mapping.writtenIndex(of: key)
    }

    /// Throws when removing the mapping's own entry for `key` would let the value that a
    /// merge key brings in for the same key show instead.
    func refuseUncovering(_ key: String, in mapping: DocMapping, toDo action: @autoclosure () -> String) throws {
        guard let merged = mapping.mergedEntry(for: key), let inheritance = merged.inheritance else { return }
        let mergeKey = document.source.location(at: inheritance.mergeKey.span.start.offset)
        let written = document.source.location(at: merged.key.span.start.offset).line
        let origin = inheritance.anchor.map { "from anchor &\($0), written on line \(written)" } ?? "written on line \(written)"
        throw unsupported("cannot \(action()): the YAML merge key (<<) at line \(mergeKey.line), column \(mergeKey.column) would bring back the '\(key)' \(origin); change the value instead, or edit the merge by hand",
                          at: inheritance.mergeKey.span.start.offset)
    }

    /// An error that says why a value cannot be edited where it is read, and what to do.
    func refusal(_ action: String, _ sharing: DocSharing) -> ExportFileError {
        switch sharing {
        case let .merge(entry, inheritance):
            let mergeKey = document.source.location(at: inheritance.mergeKey.span.start.offset)
            let written = document.source.location(at: entry.key.span.start.offset).line
            let through = inheritance.anchor.map { ", shared through anchor &\($0) (written on line \(written))" } ?? " (written on line \(written))"
            let fix = inheritance.anchor == nil ? "edit it in the mapping after '<<:'" : "edit it in the anchored mapping"
            return unsupported("cannot \(action): '\(entry.key.value)' comes from the YAML merge key (<<) at line \(mergeKey.line), column \(mergeKey.column)\(through): \(fix), or write '\(entry.key.value)' next to the merge key to override it",
                               at: inheritance.mergeKey.span.start.offset)
        case let .alias(key, alias):
            let place = document.source.location(at: alias.span.start.offset)
            let anchored = document.source.location(at: alias.target.span.start.offset).line
            return unsupported("cannot \(action): '\(key.value)' is the alias *\(alias.name) at line \(place.line), column \(place.column), which shares the node anchored &\(alias.name) on line \(anchored): edit the anchored node, or replace the alias with a copy of it",
                               at: alias.span.start.offset)
        }
    }
}

// MARK: - Refusing edits inside an anchored node that an alias also uses

extension DocumentEditor {
    /// Adds entries to a mapping after checking the mapping is not part of an anchored node
    /// that an alias or merge key uses elsewhere (the new entries would show there too).
    func insertOwnEntries(_ entries: [EditEntry], into mapping: DocMapping, after index: Int) throws -> TextEdit {
        if let use = document.anchorUses.first(where: { $0.anchored.range.lowerBound <= mapping.span.range.lowerBound && mapping.span.range.upperBound <= $0.anchored.range.upperBound }) {
            throw sharedAnchorRefusal(use)
        }
        return insertEntries(entries, into: mapping, after: index)
    }

    /// Throws when an edit changes text inside an anchored node that an alias also uses.
    func refuseEditsOfSharedAnchors(_ edits: [TextEdit]) throws {
        for edit in edits {
            for use in document.anchorUses {
                let anchored = use.anchored.range
                let touches = edit.range.isEmpty
                    ? anchored.lowerBound < edit.range.lowerBound && edit.range.lowerBound < anchored.upperBound
                    : edit.range.lowerBound < anchored.upperBound && anchored.lowerBound < edit.range.upperBound
                if touches { throw sharedAnchorRefusal(use) }
            }
        }
    }

    func sharedAnchorRefusal(_ use: DocAnchorUse) -> ExportFileError {
        unsupported("cannot change the node anchored &\(use.name) (line \(document.source.location(of: use.anchored.start).line)): *\(use.name) at \(document.source.location(of: use.alias.start).lineAndColumn) uses it too, and an edit here would change both; edit the anchored node by hand, or give each place its own copy",
                    at: use.anchored.start.offset)
    }
}
