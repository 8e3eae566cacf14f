import GatewayModel

/// Turns "this integration response should now be that" into the smallest text edits.
struct IntegrationResponseEditPlanner {
    let editor: DocumentEditor

    /// The body of a new `responses` entry, in the order AWS exports write it.
    static func body(of response: IntegrationResponse) -> EditValue {
        var entries = [EditEntry("statusCode", .string(response.statusCode))]
        if !response.responseParameters.isEmpty {
            entries.append(EditEntry("responseParameters", stringMapping(response.responseParameters)))
        }
        if !response.responseTemplates.isEmpty {
            entries.append(EditEntry("responseTemplates", stringMapping(response.responseTemplates)))
        }
        if let contentHandling = response.contentHandling {
            entries.append(EditEntry("contentHandling", .string(contentHandling.rawValue)))
        }
        return .mapping(entries)
    }

    static func stringMapping(_ map: OrderedMap<String>) -> EditValue {
        .mapping(map.map { EditEntry($0.key, .string($0.value)) })
    }

    // MARK: - Add, change, delete

    /// Edits that add a new integration response to an integration; `sharing` is how the
    /// integration was reached, when through a YAML alias or merge key.
    func insertEdits(integration: DocMapping, response: IntegrationResponse, sharing: DocSharing? = nil) throws -> [TextEdit] {
        let entry = EditEntry(ExportModelReader.responsesKey(for: response.selectionPattern), Self.body(of: response))
        let action = "add the integration response '\(entry.key)'"
        if let sharing { throw editor.refusal(action, sharing) }
        guard let index = try editor.ownIndex(of: "responses", in: integration, toDo: action) else {
            return [try editor.insertOwnEntries([EditEntry("responses", .mapping([entry]))], into: integration, after: integration.written.count - 1)]
        }
        let responsesEntry = integration.written[index]
        if let sharing = DocSharing.of(responsesEntry) { throw editor.refusal(action, sharing) }
        guard case let .mapping(responses) = responsesEntry.value, !responses.written.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: integration, with: .mapping([entry]))
        }
        return [try editor.insertOwnEntries([entry], into: responses, after: responses.written.count - 1)]
    }

    /// Edits that remove one integration response.
    func deleteEdits(integration: DocMapping, located: LocatedDocResponse) throws -> [TextEdit] {
        let key = located.entry.key.value
        let action = "delete the integration response '\(key)'"
        if let sharing = located.sharing { throw editor.refusal(action, sharing) }
        try editor.refuseUncovering(key, in: located.responses, toDo: action)
        guard let writtenIndex = located.responses.writtenIndex(of: key) else { return [] }
        if located.responses.written.count > 1 || located.responses.isFlow {
            return try editor.deleteEntries([writtenIndex], in: located.responses)
        }
        guard let index = integration.writtenIndex(of: "responses") else { return [] }
        return editor.replaceValue(ofEntryAt: index, in: integration, with: .mapping([]))
    }

    /// Edits that change the stored response into `updated`, field by field.
    func updateEdits(located: LocatedDocResponse, updated: IntegrationResponse) throws -> [TextEdit] {
        let old = located.response
        let entry = located.entry
        let name = "the integration response '\(entry.key.value)'"
        if let sharing = located.sharing { throw editor.refusal("edit \(name)", sharing) }
        var edits: [TextEdit] = []
        let newKey = ExportModelReader.responsesKey(for: updated.selectionPattern)
        if newKey != entry.key.value {
            try editor.refuseUncovering(entry.key.value, in: located.responses, toDo: "change the selection pattern of \(name)")
            edits.append(editor.renameKey(entry, in: located.responses, to: newKey))
        }
        guard case let .mapping(body) = entry.value else {
            var message = "cannot edit an integration response written as an alias"
            if case let .alias(alias) = entry.value {
                message += " (*\(alias.name), anchored on line \(editor.document.source.location(of: alias.target.span.start).line)): edit the anchored mapping, or replace the alias with a copy of it"
            }
            throw editor.unsupported(message, at: entry.value.span.start.offset)
        }
        let bodyIndent = body.isFlow ? 0 : editor.indent(of: body)
        var deleted = Set<Int>()
        var inserted: [EditEntry] = []

        if old.statusCode != updated.statusCode {
            edits += try setField("statusCode", in: body, to: updated.statusCode, indent: bodyIndent, owner: name)
        }
        let contentHandlingAction = "change 'contentHandling' of \(name)"
        switch (old.contentHandling, updated.contentHandling) {
        case let (nil, new?):
            if let index = try editor.ownIndex(of: "contentHandling", in: body, toDo: contentHandlingAction) {
                edits += editor.replaceValue(ofEntryAt: index, in: body, with: .string(new.rawValue))
            } else {
                inserted.append(EditEntry("contentHandling", .string(new.rawValue)))
            }
        case (.some, nil):
            if let index = try editor.ownIndex(of: "contentHandling", in: body, toDo: contentHandlingAction) {
                try editor.refuseUncovering("contentHandling", in: body, toDo: "remove 'contentHandling' from \(name)")
                deleted.insert(index)
            }
        case let (old?, new?) where old != new:
            edits += try setField("contentHandling", in: body, to: new.rawValue, indent: bodyIndent, owner: name)
        default:
            break
        }
        for (field, oldMap, newMap) in [("responseParameters", old.responseParameters, updated.responseParameters),
                                        ("responseTemplates", old.responseTemplates, updated.responseTemplates)] {
            edits += try mapEdits(field, in: body, old: oldMap, new: newMap, owner: name, deleted: &deleted, inserted: &inserted)
        }
        edits += try editor.deleteEntries(deleted, in: body)
        if !inserted.isEmpty {
            // After the last entry written here (never inside a mapping merged with `<<`).
            guard let anchor = body.written.indices.last(where: { !deleted.contains($0) }) else {
                throw editor.unsupported("cannot rewrite an integration response with no keys left", at: body.span.start.offset)
            }
            edits.append(try editor.insertOwnEntries(inserted, into: body, after: anchor))
        }
        return edits
    }

    func setField(_ field: String, in body: DocMapping, to text: String, indent: Int, owner: String) throws -> [TextEdit] {
        guard let index = try editor.ownIndex(of: field, in: body, toDo: "change '\(field)' of \(owner)") else {
            return [try editor.insertOwnEntries([EditEntry(field, .string(text))], into: body, after: body.written.count - 1)]
        }
        guard case let .scalar(scalar) = body.written[index].value, !scalar.span.range.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: body, with: .string(text))
        }
        return editor.setScalar(scalar, to: text, inFlow: body.isFlow, parentIndent: indent)
    }

    /// Edits for one map field (`responseParameters`, `responseTemplates`): changed values in
    /// place, removed keys deleted, new keys appended; the whole map rewritten only when the
    /// order of the surviving keys changes or none survive. Keys the map inherits through a
    /// merge key (`<<`) are refused: their bytes are in the merged mapping.
    func mapEdits(_ field: String, in body: DocMapping, old: OrderedMap<String>, new: OrderedMap<String>, owner: String,
                  deleted: inout Set<Int>, inserted: inout [EditEntry]) throws -> [TextEdit] {
        guard old != new else { return [] }
        let index = try editor.ownIndex(of: field, in: body, toDo: "change '\(field)' of \(owner)")
        if new.isEmpty {
            if let index {
                try editor.refuseUncovering(field, in: body, toDo: "remove '\(field)' from \(owner)")
                deleted.insert(index)
            }
            return []
        }
        let newValue = Self.stringMapping(new)
        guard let index else {
            inserted.append(EditEntry(field, newValue))
            return []
        }
        guard case let .mapping(map) = body.written[index].value, !map.written.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: body, with: newValue)
        }
        let survivors = map.entries.map(\.key.value).filter { new[$0] != nil }
        let added = new.keys.filter { old[$0] == nil }
        guard !survivors.isEmpty, new.keys == survivors + added else {
            if let merge = map.merge {
                throw editor.unsupported("cannot reorder or replace every key of '\(field)' of \(owner): it has a YAML merge key (<<) at \(editor.document.source.location(of: merge.key.span.start).lineAndColumn) that a rewrite would lose; edit the keys one at a time, or edit the file by hand",
                                         at: merge.key.span.start.offset)
            }
            return editor.replaceValue(ofEntryAt: index, in: body, with: newValue)
        }
        var edits: [TextEdit] = []
        let indent = map.isFlow ? 0 : editor.indent(of: map)
        var removed = Set<Int>()
        for entry in map.entries {
            let key = entry.key.value
            guard let text = new[key] else {
                let action = "remove '\(key)' from '\(field)' of \(owner)"
                if let inheritance = entry.inheritance { throw editor.refusal(action, .merge(entry, inheritance)) }
                try editor.refuseUncovering(key, in: map, toDo: action)
                if let position = map.writtenIndex(of: key) { removed.insert(position) }
                continue
            }
            guard old[key] != text else { continue }
            guard let position = try editor.ownIndex(of: key, in: map, toDo: "change '\(key)' in '\(field)' of \(owner)") else { continue }
            guard case let .scalar(scalar) = map.written[position].value, !scalar.span.range.isEmpty else {
                edits += editor.replaceValue(ofEntryAt: position, in: map, with: .string(text))
                continue
            }
            edits += editor.setScalar(scalar, to: text, inFlow: map.isFlow, parentIndent: indent)
        }
        edits += try editor.deleteEntries(removed, in: map)
        if !added.isEmpty, let anchor = map.written.indices.last(where: { !removed.contains($0) }) {
            edits.append(try editor.insertOwnEntries(added.map { EditEntry($0, .string(new[$0] ?? "")) }, into: map, after: anchor))
        }
        return edits
    }
}
