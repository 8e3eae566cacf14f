import GatewayModel

/// Turns "this method response should declare these headers" into text edits on an operation.
struct MethodResponseEditPlanner {
    let editor: DocumentEditor
    let dialect: ExportDialect

    /// What the file can say about a method response: header names (and, in OpenAPI 3,
    /// whether each is required); Swagger 2 headers have no `required`.
    func normalized(_ response: MethodResponse) -> OrderedMap<Bool> {
        var headers = OrderedMap<Bool>()
        for entry in response.responseParameters where entry.key.hasPrefix(MethodResponse.headerPrefix) {
            headers[entry.key] = dialect == .openAPI3 ? entry.value : false
        }
        return headers
    }

    func headerValue(required: Bool) -> EditValue {
        switch dialect {
        case .openAPI3:
            var entries = [EditEntry("schema", .mapping([EditEntry("type", .string("string"))]))]
            if required { entries.append(EditEntry("required", .bool(true))) }
            return .mapping(entries)
        case .swagger2:
            return .mapping([EditEntry("type", .string("string"))])
        }
    }

    func headersValue(_ headers: OrderedMap<Bool>) -> EditValue {
        .mapping(headers.map { EditEntry(String($0.key.dropFirst(MethodResponse.headerPrefix.count)), headerValue(required: $0.value)) })
    }

    /// The body of a new `responses.CODE` entry.
    func body(of response: MethodResponse) -> EditValue {
        var entries = [EditEntry("description", .string("\(response.statusCode) response"))]
        let headers = normalized(response)
        if !headers.isEmpty { entries.append(EditEntry("headers", headersValue(headers))) }
        switch dialect {
        case .openAPI3:
            if !response.responseModels.isEmpty {
                entries.append(EditEntry("content", .mapping(response.responseModels.map {
                    EditEntry($0.key, .mapping([EditEntry("schema", .mapping([EditEntry("$ref", .string("#/components/schemas/\($0.value)"))]))]))
                })))
            }
        case .swagger2:
            if let model = response.responseModels.values.first {
                entries.append(EditEntry("schema", .mapping([EditEntry("$ref", .string("#/definitions/\(model)"))])))
            }
        }
        return .mapping(entries)
    }

    /// Edits that add `responses.CODE` or change the headers it declares (its description,
    /// schema and content stay as written). `sharing` is how the operation was reached, when
    /// through a YAML alias or merge key.
    func edits(operation: DocMapping, response: MethodResponse, sharing: DocSharing? = nil) throws -> [TextEdit] {
        let code = response.statusCode
        let action = "declare the headers of the method response \(code)"
        if let sharing { throw editor.refusal(action, sharing) }
        guard let responsesIndex = try editor.ownIndex(of: "responses", in: operation, toDo: action) else {
            let value = EditValue.mapping([EditEntry(code, body(of: response))])
            return [try editor.insertOwnEntries([EditEntry("responses", value)], into: operation, after: operation.written.count - 1)]
        }
        guard case let .mapping(responses) = operation.written[responsesIndex].value, !responses.written.isEmpty else {
            return editor.replaceValue(ofEntryAt: responsesIndex, in: operation, with: .mapping([EditEntry(code, body(of: response))]))
        }
        guard let codeIndex = try editor.ownIndex(of: code, in: responses, toDo: action) else {
            return [try editor.insertOwnEntries([EditEntry(code, body(of: response))], into: responses, after: responses.written.count - 1)]
        }
        guard case let .mapping(body) = responses.written[codeIndex].value, !body.written.isEmpty else {
            return editor.replaceValue(ofEntryAt: codeIndex, in: responses, with: self.body(of: response))
        }
        return try headerEdits(body: body, headers: normalized(response), action: action)
    }

    func headerEdits(body: DocMapping, headers: OrderedMap<Bool>, action: String) throws -> [TextEdit] {
        let prefix = MethodResponse.headerPrefix
        guard let headersIndex = try editor.ownIndex(of: "headers", in: body, toDo: action) else {
            guard !headers.isEmpty else { return [] }
            return [try editor.insertOwnEntries([EditEntry("headers", headersValue(headers))], into: body, after: body.written.count - 1)]
        }
        if headers.isEmpty {
            try editor.refuseUncovering("headers", in: body, toDo: action)
            if body.written.count > 1 || body.isFlow { return try editor.deleteEntries([headersIndex], in: body) }
            return editor.replaceValue(ofEntryAt: headersIndex, in: body, with: .mapping([]))
        }
        guard case let .mapping(existing) = body.written[headersIndex].value, !existing.written.isEmpty else {
            return editor.replaceValue(ofEntryAt: headersIndex, in: body, with: headersValue(headers))
        }
        let names = existing.entries.map { prefix + $0.key.value }
        let survivors = names.filter { headers[$0] != nil }
        let added = headers.keys.filter { !names.contains($0) }
        guard !survivors.isEmpty, headers.keys == survivors + added else {
            if let merge = existing.merge {
                throw editor.unsupported("cannot \(action): its 'headers' have a YAML merge key (<<) at \(editor.document.source.location(of: merge.key.span.start).lineAndColumn) that a rewrite would lose; edit the file by hand",
                                         at: merge.key.span.start.offset)
            }
            return editor.replaceValue(ofEntryAt: headersIndex, in: body, with: headersValue(headers))
        }
        var edits: [TextEdit] = []
        var removed = Set<Int>()
        for entry in existing.entries {
            let name = entry.key.value
            guard let required = headers[prefix + name] else {
                if let inheritance = entry.inheritance { throw editor.refusal(action, .merge(entry, inheritance)) }
                try editor.refuseUncovering(name, in: existing, toDo: action)
                if let position = existing.writtenIndex(of: name) { removed.insert(position) }
                continue
            }
            let wasRequired = dialect == .openAPI3 && entry.value["required"]?.scalar?.resolved == .bool(true)
            if required != wasRequired, let position = try editor.ownIndex(of: name, in: existing, toDo: action) {
                edits += editor.replaceValue(ofEntryAt: position, in: existing, with: headerValue(required: required))
            }
        }
        edits += try editor.deleteEntries(removed, in: existing)
        if !added.isEmpty, let anchor = existing.written.indices.last(where: { !removed.contains($0) }) {
            let entries = added.map { EditEntry(String($0.dropFirst(prefix.count)), headerValue(required: headers[$0] ?? false)) }
            edits.append(try editor.insertOwnEntries(entries, into: existing, after: anchor))
        }
        return edits
    }
}
