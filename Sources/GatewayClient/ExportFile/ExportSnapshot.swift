import GatewayModel

/// One reading of an export file: its text, tree and model, and the helpers a save needs.
struct ExportSnapshot {
    let path: String
    let document: ExportDocument
    let reader: ExportModelReader
    let definition: APIDefinition

    static func read(path: String, apiID: String, limit: FileSizeLimit) throws -> ExportSnapshot {
        // The heap is made ready before the file is read, so that its bytes land in the same
        // 2 MB pages as the tree (a file that cannot be read fails below, as it would anyway).
        let heapPrepared = ParseHeap.prepare(forFileOfSize: (try? ExportFileIO.size(path)) ?? 0)
        defer { if heapPrepared { ParseHeap.finish() } }
        return try parse(ExportFileIO.readAll(path, limit: limit), path: path, apiID: apiID, heapPrepared: true)
    }

    /// Parses bytes read from `path` into a snapshot (`heapPrepared`: the caller has called
    /// `ParseHeap.prepare` for them).
    static func parse(_ bytes: [UInt8], path: String, apiID: String, format: ExportFormat? = nil, heapPrepared: Bool = false) throws -> ExportSnapshot {
        let format = format ?? .guess(path: path, bytes: bytes)
        let preparedHere = !heapPrepared && ParseHeap.prepare(forFileOfSize: bytes.count)
        defer { if preparedHere { ParseHeap.finish() } }
        // Lines split as the format reads them, so the text is indexed once.
        let source = SourceText(file: path, bytes: bytes, lineBreaks: format == .yaml ? .yaml11 : .lineFeed)
        let document = try ExportDocument.parse(source, format: format)
        let reader = ExportModelReader(document: document, apiID: apiID)
        return ExportSnapshot(path: path, document: document, reader: reader, definition: try reader.apiDefinition())
    }

    var editor: DocumentEditor { DocumentEditor(document: document) }

    /// An empty selection pattern means the default response, as `nil` does.
    static func normalized(_ response: IntegrationResponse) -> IntegrationResponse {
        var response = response
        if response.selectionPattern?.isEmpty == true { response.selectionPattern = nil }
        return response
    }

    func integration(at method: MethodID) throws -> DocMapping {
        try reader.integration(resourceID: method.resourceId, httpMethod: method.httpMethod)
    }

    func responses(at method: MethodID) throws -> [LocatedDocResponse] {
        try reader.integrationResponses(in: integration(at: method), reachedThrough: integrationSharing(at: method))
    }

    /// How the method's integration is reached, when through a YAML alias or merge key.
    func integrationSharing(at method: MethodID) -> DocSharing? {
        reader.integrationSharing(resourceID: method.resourceId, httpMethod: method.httpMethod)
    }

    /// The stored response a save replaces, after checking it still equals `original`.
    func storedResponse(in located: [LocatedDocResponse], original: IntegrationResponse?, updated: IntegrationResponse) throws -> LocatedDocResponse? {
        guard let original = original.map(ExportSnapshot.normalized) else {
            if let existing = located.first(where: { $0.response.statusCode == updated.statusCode }) {
                throw conflict("an integration response with status \(updated.statusCode) already exists; reload to edit it", at: existing.entry.key)
            }
            return nil
        }
        let candidates = located.filter { $0.response.statusCode == original.statusCode }
        guard let stored = candidates.first(where: { $0.response.selectionPattern == original.selectionPattern }) ?? candidates.first else {
            throw ExportFileError.conflict(message: "the integration response with status \(original.statusCode) is no longer in the file (someone else changed it); reload and try again", file: path, place: nil)
        }
        guard stored.response == original else {
            throw conflict("the integration response with status \(original.statusCode) was changed in the file since it was loaded; reload and try again", at: stored.entry.key)
        }
        if updated.statusCode != original.statusCode, let other = located.first(where: { $0.response.statusCode == updated.statusCode && $0.index != stored.index }) {
            throw conflict("another integration response already maps to status \(updated.statusCode)", at: other.entry.key)
        }
        return stored
    }

    func conflict(_ message: String, at key: DocScalar) -> ExportFileError {
        .conflict(message: message, file: path, place: document.source.place(at: key.span.start.offset))
    }

    /// Re-reads edited bytes and checks the model is exactly what the save meant.
    /// Reads the edited bytes back and checks they say `expected`; returns that reading, which
    /// is the file's once the bytes are written.
    @discardableResult
    func verify(_ bytes: [UInt8], expecting expected: APIDefinition) throws -> ExportSnapshot {
        let reread: ExportSnapshot
        do {
            reread = try ExportSnapshot.parse(bytes, path: path, apiID: reader.apiID, format: document.format)
        } catch {
            throw ExportFileError.verificationFailed(message: "internal error: the edited text does not read back (\(error)); the file was not changed", file: path)
        }
        guard reread.definition == expected else {
            let difference = ExportSnapshot.firstDifference(reread.definition, expected) ?? "the API"
            throw ExportFileError.verificationFailed(message: "internal error: the edited text reads back differently at \(difference); the file was not changed", file: path)
        }
        return reread
    }

    static func firstDifference(_ actual: APIDefinition, _ expected: APIDefinition) -> String? {
        if actual.api != expected.api { return "the API summary" }
        for (got, want) in zip(actual.resources, expected.resources) where got != want {
            for (gotMethod, wantMethod) in zip(got.methods, want.methods) where gotMethod != wantMethod {
                return "\(wantMethod.httpMethod) \(want.path)"
            }
            return want.path
        }
        return actual.resources.count != expected.resources.count ? "the resource list" : nil
    }

    /// The models a new method response reads back with.
    func expectedModels(_ response: MethodResponse, operation: DocMapping) -> OrderedMap<String> {
        guard (try? reader.dialect) == .swagger2 else { return response.responseModels }
        guard let model = response.responseModels.values.first else { return [:] }
        let produces = operation["produces"]?.sequence?.items.first?.scalar?.value ?? "application/json"
        return [produces: model]
    }
}

extension APIDefinition {
    /// Changes the integration of one method in place.
    mutating func updateMethod(_ method: MethodID, _ change: (inout Integration) -> Void) {
        let path = ExportModelReader.path(forResourceID: method.resourceId)
        for resourceIndex in resources.indices where resources[resourceIndex].path == path {
            for methodIndex in resources[resourceIndex].methods.indices
            where resources[resourceIndex].methods[methodIndex].httpMethod == method.httpMethod.uppercased() {
                if var integration = resources[resourceIndex].methods[methodIndex].integration {
                    change(&integration)
                    resources[resourceIndex].methods[methodIndex].integration = integration
                }
            }
        }
    }
}
