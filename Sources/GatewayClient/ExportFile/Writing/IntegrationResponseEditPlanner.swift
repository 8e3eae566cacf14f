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

    /// Edits that add a new integration response to an integration.
    func insertEdits(integration: DocMapping, response: IntegrationResponse) throws -> [TextEdit] {
        let entry = EditEntry(ExportModelReader.responsesKey(for: response.selectionPattern), Self.body(of: response))
        guard let index = integration.index(of: "responses") else {
            return [editor.insertEntries([EditEntry("responses", .mapping([entry]))], into: integration, after: integration.entries.count - 1)]
        }
        guard case let .mapping(responses) = integration.entries[index].value, !responses.entries.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: integration, with: .mapping([entry]))
        }
        return [editor.insertEntries([entry], into: responses, after: responses.entries.count - 1)]
    }

    /// Edits that remove one integration response.
    func deleteEdits(integration: DocMapping, located: LocatedDocResponse) throws -> [TextEdit] {
        if located.responses.entries.count > 1 || located.responses.isFlow {
            return try editor.deleteEntries([located.index], in: located.responses)
        }
        guard let index = integration.index(of: "responses") else { return [] }
        return editor.replaceValue(ofEntryAt: index, in: integration, with: .mapping([]))
    }

    /// Edits that change the stored response into `updated`, field by field.
    func updateEdits(located: LocatedDocResponse, updated: IntegrationResponse) throws -> [TextEdit] {
        let old = located.response
        let entry = located.entry
        var edits: [TextEdit] = []
        let newKey = ExportModelReader.responsesKey(for: updated.selectionPattern)
        if newKey != entry.key.value {
            edits.append(editor.renameKey(entry, in: located.responses, to: newKey))
        }
        guard case let .mapping(body) = entry.value else {
            throw editor.unsupported("cannot edit an integration response written as an alias", at: entry.value.span.start.offset)
        }
        let bodyIndent = body.isFlow ? 0 : editor.indent(of: body)
        var deleted = Set<Int>()
        var inserted: [EditEntry] = []

        if old.statusCode != updated.statusCode {
            edits += try setField("statusCode", in: body, to: updated.statusCode, indent: bodyIndent)
        }
        switch (old.contentHandling, updated.contentHandling) {
        case let (nil, new?):
            if let index = body.index(of: "contentHandling") {
                edits += editor.replaceValue(ofEntryAt: index, in: body, with: .string(new.rawValue))
            } else {
                inserted.append(EditEntry("contentHandling", .string(new.rawValue)))
            }
        case (.some, nil):
            if let index = body.index(of: "contentHandling") { deleted.insert(index) }
        case let (old?, new?) where old != new:
            edits += try setField("contentHandling", in: body, to: new.rawValue, indent: bodyIndent)
        default:
            break
        }
        for (field, oldMap, newMap) in [("responseParameters", old.responseParameters, updated.responseParameters),
                                        ("responseTemplates", old.responseTemplates, updated.responseTemplates)] {
            edits += try mapEdits(field, in: body, old: oldMap, new: newMap, deleted: &deleted, inserted: &inserted)
        }
        edits += try editor.deleteEntries(deleted, in: body)
        if !inserted.isEmpty {
            guard let anchor = body.entries.indices.last(where: { !deleted.contains($0) }) else {
                throw editor.unsupported("cannot rewrite an integration response with no keys left", at: body.span.start.offset)
            }
            edits.append(editor.insertEntries(inserted, into: body, after: anchor))
        }
        return edits
    }

    func setField(_ field: String, in body: DocMapping, to text: String, indent: Int) throws -> [TextEdit] {
        guard let index = body.index(of: field) else {
            return [editor.insertEntries([EditEntry(field, .string(text))], into: body, after: body.entries.count - 1)]
        }
        guard case let .scalar(scalar) = body.entries[index].value, !scalar.span.range.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: body, with: .string(text))
        }
        return editor.setScalar(scalar, to: text, inFlow: body.isFlow, parentIndent: indent)
    }

    /// Edits for one map field (`responseParameters`, `responseTemplates`): changed values in
    /// place, removed keys deleted, new keys appended; the whole map rewritten only when the
    /// order of the surviving keys changes or none survive.
    func mapEdits(_ field: String, in body: DocMapping, old: OrderedMap<String>, new: OrderedMap<String>,
                  deleted: inout Set<Int>, inserted: inout [EditEntry]) throws -> [TextEdit] {
        guard old != new else { return [] }
        let index = body.index(of: field)
        if new.isEmpty {
            if let index { deleted.insert(index) }
            return []
        }
        let newValue = Self.stringMapping(new)
        guard let index else {
            inserted.append(EditEntry(field, newValue))
            return []
        }
        guard case let .mapping(map) = body.entries[index].value, !map.entries.isEmpty else {
            return editor.replaceValue(ofEntryAt: index, in: body, with: newValue)
        }
        let survivors = map.entries.map(\.key.value).filter { new[$0] != nil }
        let added = new.keys.filter { old[$0] == nil }
        guard !survivors.isEmpty, new.keys == survivors + added else {
            return editor.replaceValue(ofEntryAt: index, in: body, with: newValue)
        }
        var edits: [TextEdit] = []
        let indent = map.isFlow ? 0 : editor.indent(of: map)
        var removed = Set<Int>()
        for (position, entry) in map.entries.enumerated() {
            guard let text = new[entry.key.value] else {
                removed.insert(position)
                continue
            }
            guard old[entry.key.value] != text else { continue }
            guard case let .scalar(scalar) = entry.value, !scalar.span.range.isEmpty else {
                edits += editor.replaceValue(ofEntryAt: position, in: map, with: .string(text))
                continue
            }
            edits += editor.setScalar(scalar, to: text, inFlow: map.isFlow, parentIndent: indent)
        }
        edits += try editor.deleteEntries(removed, in: map)
        if !added.isEmpty, let anchor = map.entries.indices.last(where: { !removed.contains($0) }) {
            edits.append(editor.insertEntries(added.map { EditEntry($0, .string(new[$0] ?? "")) }, into: map, after: anchor))
        }
        return edits
    }
}
