import Foundation
import GatewayModel

/// A `GatewaySource` over one API Gateway export file (OpenAPI 3 or Swagger 2, JSON or YAML).
///
/// One file is one REST API whose ID is the file's base name (`orders.yaml` → `orders`);
/// resources are addressed by path. Unless opened with `reading: .once` (a command), every call
/// reads the file afresh, so what it returns is what the file says now; only when its bytes are
/// the ones last parsed is that parse reused (parsing, not reading, is what a big file costs).
/// Saves edit only the bytes that change, refuse when the file no longer holds what the caller
/// loaded, re-read the edited text to check it says what was asked, and replace the file atomically.
public actor ExportFileSource: GatewaySource {
    /// The file's path as given.
    public nonisolated let path: String
    /// The REST API's ID: the file's base name without its extension.
    public nonisolated let apiID: String
    /// `file NAME`.
    public nonisolated let label: String
    /// `file ABSOLUTE-PATH` (symbolic links resolved): two `api.yaml` in two folders differ.
    public nonisolated let identity: String
    /// The largest file this source reads (every read and every save re-reads the file).
    public nonisolated let maxFileSize: FileSizeLimit
    /// `Reading api.json (3.5 MB)…`: what the explorer shows while the file is read and parsed.
    public nonisolated let listingMessage: String
    /// When the file is read.
    public nonisolated let reading: Reading
    /// The last reading of the file (by a call, or made by verifying a save that was then
    /// written); nil until the first call when reading is `.deferred`.
    private var last: ExportSnapshot?

    /// When an export file is read and parsed.
    public enum Reading: Sendable {
        /// At once (a bad file fails the init), and again by every call: what the file says
        /// now (parsed again only when its bytes changed).
        case now
        /// By the first call (a bad file fails it), and again by every call: the explorer,
        /// whose first frame shows a spinner meanwhile.
        case deferred
        /// At once, and only then: every call answers from that reading (a command that reads
        /// the file once). A save still refuses when the file changed since.
        case once
    }

    /// Opens an export file; throws if it cannot be read or, unless `reading` is `.deferred`
    /// (then only a file that is not there fails here), is not a valid export.
    public init(path: String, maxFileSize: FileSizeLimit = .standard, reading: Reading = .now) throws {
        self.path = path
        self.maxFileSize = maxFileSize
        self.reading = reading
        apiID = ExportFileSource.apiID(forPath: path)
        let name = ExportFileIO.split(path).name
        label = ExportFileSource.label(forPath: path)
        identity = "file " + URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if reading == .deferred {
            let size = try ExportFileIO.size(path)
            listingMessage = "Reading \(name) (\(FileSizeLimit.readable(size)))…"
            last = nil
        } else {
            let snapshot = try ExportSnapshot.read(path: path, apiID: apiID, limit: maxFileSize)
            listingMessage = "Reading \(name) (\(FileSizeLimit.readable(snapshot.document.source.bytes.count)))…"
            last = snapshot
        }
    }

    /// Reads an export file's whole API without keeping a source around.
    public static func load(path: String, maxFileSize: FileSizeLimit = .standard) throws -> APIDefinition {
        try ExportSnapshot.read(path: path, apiID: apiID(forPath: path), limit: maxFileSize).definition
    }

    /// Reads an export file's whole API once, as `reading: .once` does, for a command that runs
    /// without Swift concurrency; `keep` gets the reading (the file's tree), so the caller decides
    /// when it is freed (a command that exits anyway need not free it).
    public static func readOnce(path: String, maxFileSize: FileSizeLimit = .standard, keep: (Any) -> Void) throws -> APIDefinition {
        let snapshot = try ExportSnapshot.read(path: path, apiID: apiID(forPath: path), limit: maxFileSize)
        keep(snapshot)
        return snapshot.definition
    }

    /// `file NAME`: a source's label.
    public static func label(forPath path: String) -> String {
        "file \(ExportFileIO.split(path).name)"
    }

    /// `dir/terraform-example.yaml` → `terraform-example`.
    public static func apiID(forPath path: String) -> String {
        let name = ExportFileIO.split(path).name
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    // MARK: - Reading

    /// The file's one REST API.
    public func listRestAPIs() async throws -> [RestAPI] {
        [try snapshot().definition.api]
    }

    /// The file's API tree, read now; `id` must be the file's API ID.
    public func loadAPI(id: String) async throws -> APIDefinition {
        try checkAPI(id)
        return try snapshot().definition
    }

    /// The integration response with the ID's status code, as the file has it now.
    public func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse {
        try checkAPI(id.restApiId)
        let snapshot = try snapshot()
        let method = MethodID(restApiId: id.restApiId, resourceId: id.resourceId, httpMethod: id.httpMethod)
        let located = try snapshot.responses(at: method)
        guard let found = located.first(where: { $0.response.statusCode == id.statusCode }) else {
            throw ExportFileError.notFound(message: "no integration response with status \(id.statusCode) on \(id.httpMethod.uppercased()) \(ExportModelReader.path(forResourceID: id.resourceId))", file: path)
        }
        return found.response
    }

    // MARK: - Writing

    /// Writes the fields that differ between the stored response and `updated` into the file.
    public func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse {
        try checkAPI(method.restApiId)
        let updated = ExportSnapshot.normalized(updated)
        let snapshot = try snapshot()
        let located = try snapshot.responses(at: method)
        let target = try snapshot.storedResponse(in: located, original: original, updated: updated)
        let newKey = ExportModelReader.responsesKey(for: updated.selectionPattern)
        if let clash = located.first(where: { $0.entry.key.value == newKey && $0.index != target?.index }) {
            throw snapshot.conflict("another integration response (status \(clash.response.statusCode)) already uses the selection pattern '\(newKey)'", at: clash.entry.key)
        }
        let planner = IntegrationResponseEditPlanner(editor: snapshot.editor)
        let edits: [TextEdit]
        if let target {
            edits = try planner.updateEdits(located: target, updated: updated)
        } else {
            edits = try planner.insertEdits(integration: try snapshot.integration(at: method), response: updated,
                                            sharing: snapshot.integrationSharing(at: method))
        }
        var expected = snapshot.definition
        expected.updateMethod(method) { integration in
            if let target {
                integration.integrationResponses[target.index] = updated
            } else {
                integration.integrationResponses.append(updated)
            }
        }
        try commit(edits, over: snapshot, expecting: expected)
        return updated
    }

    /// Removes the integration response with the ID's status code from the file.
    public func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws {
        try checkAPI(id.restApiId)
        let snapshot = try snapshot()
        let method = MethodID(restApiId: id.restApiId, resourceId: id.resourceId, httpMethod: id.httpMethod)
        let located = try snapshot.responses(at: method)
        guard let target = located.first(where: { $0.response.statusCode == id.statusCode }) else {
            throw ExportFileError.notFound(message: "no integration response with status \(id.statusCode) on \(id.httpMethod.uppercased()) \(ExportModelReader.path(forResourceID: id.resourceId))", file: path)
        }
        let planner = IntegrationResponseEditPlanner(editor: snapshot.editor)
        let edits = try planner.deleteEdits(integration: try snapshot.integration(at: method), located: target)
        var expected = snapshot.definition
        expected.updateMethod(method) { $0.integrationResponses.remove(at: target.index) }
        try commit(edits, over: snapshot, expecting: expected)
    }

    /// Adds `responses.CODE` to the operation, or replaces the headers it declares.
    public func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws {
        try checkAPI(method.restApiId)
        let snapshot = try snapshot()
        let (_, operation) = try snapshot.reader.operation(resourceID: method.resourceId, httpMethod: method.httpMethod)
        let planner = MethodResponseEditPlanner(editor: snapshot.editor, dialect: try snapshot.reader.dialect)
        let sharing = ExportModelReader.operationKey(for: method.httpMethod).flatMap { key in
            DocSharing.along(["paths", ExportModelReader.path(forResourceID: method.resourceId), key], from: snapshot.document.root)
        }
        let edits = try planner.edits(operation: operation, response: response, sharing: sharing)
        var expected = snapshot.definition
        let resourcePath = ExportModelReader.path(forResourceID: method.resourceId)
        for resourceIndex in expected.resources.indices where expected.resources[resourceIndex].path == resourcePath {
            for methodIndex in expected.resources[resourceIndex].methods.indices
            where expected.resources[resourceIndex].methods[methodIndex].httpMethod == method.httpMethod.uppercased() {
                var responses = expected.resources[resourceIndex].methods[methodIndex].methodResponses
                let headers = planner.normalized(response)
                if let existing = responses.firstIndex(where: { $0.statusCode == response.statusCode }) {
                    responses[existing].responseParameters = headers
                } else {
                    var added = MethodResponse(statusCode: response.statusCode, responseParameters: headers)
                    if case let .mapping(body) = planner.body(of: response), body.contains(where: { $0.key == "content" || $0.key == "schema" }) {
                        added.responseModels = snapshot.expectedModels(response, operation: operation)
                    }
                    responses.append(added)
                }
                expected.resources[resourceIndex].methods[methodIndex].methodResponses = responses
            }
        }
        try commit(edits, over: snapshot, expecting: expected)
    }

    // MARK: - Helpers

    /// The file as it is now: read afresh, parsed again only if its bytes changed (read once
    /// and kept when `reading` is `.once`).
    func snapshot() throws -> ExportSnapshot {
        if reading == .once, let last { return last }
        let bytes = try ExportFileIO.readAll(path, limit: maxFileSize)
        if let last, ExportFileIO.same(bytes, last.document.source.bytes) { return last }
        let parsed = try ExportSnapshot.parse(bytes, path: path, apiID: apiID)
        last = parsed
        return parsed
    }

    func checkAPI(_ id: String) throws {
        guard id == apiID else {
            throw ExportFileError.notFound(message: "no REST API '\(id)' in this file; its API is '\(apiID)'", file: path)
        }
    }

    /// Refuses edits inside an anchored node that an alias also uses, applies the edits,
    /// checks the result reads back as `expected`, checks nobody changed the file meanwhile,
    /// and writes it atomically.
    func commit(_ edits: [TextEdit], over snapshot: ExportSnapshot, expecting expected: APIDefinition) throws {
        try snapshot.editor.refuseEditsOfSharedAnchors(edits)
        let newBytes = try edits.applied(to: snapshot.document.source.bytes, file: path)
        let saved = try snapshot.verify(newBytes, expecting: expected)
        let current = try ExportFileIO.readAll(path, limit: maxFileSize)
        guard ExportFileIO.same(current, snapshot.document.source.bytes) else {
            throw ExportFileError.conflict(message: "the file changed while saving; reload it and try again", file: path, place: nil)
        }
        try ExportFileIO.writeAtomically(newBytes, to: path)
        // The reload after a save finds these bytes and reuses their reading.
        last = saved
    }
}
