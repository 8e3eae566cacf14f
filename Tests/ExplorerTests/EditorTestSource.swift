import GatewayClient
import GatewayModel

/// A `GatewaySource` double for the editor tests: serves definitions built in code, applies
/// saves to them (refusing stale originals, as the real sources do), records every write and
/// fails a save on demand.
actor EditorTestSource: GatewaySource {
    nonisolated let label: String
    private var definitions: [APIDefinition]
    /// Every write in order: `putMethodResponse 201`, `save 200`.
    private(set) var writes: [String] = []
    /// The last integration response saved.
    private(set) var lastSaved: IntegrationResponse?
    /// The message of the next save's failure, if it should fail.
    var failNextSave: String?

    init(label: String = "file test.yaml", definitions: [APIDefinition]) {
        self.label = label
        self.definitions = definitions
    }

    func setFailNextSave(_ message: String?) { failNextSave = message }

    func listRestAPIs() async throws -> [RestAPI] { definitions.map(\.api) }

    func loadAPI(id: String) async throws -> APIDefinition {
        guard let definition = definitions.first(where: { $0.api.id == id }) else { throw FakeAWSError(message: "Invalid API identifier specified \(id)") }
        return definition
    }

    func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse {
        guard let method = method(MethodID(restApiId: id.restApiId, resourceId: id.resourceId, httpMethod: id.httpMethod)),
              let response = method.integration?.integrationResponse(statusCode: id.statusCode) else { throw FakeAWSError(message: "Invalid Response status code specified") }
        return response
    }

    func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at methodID: MethodID) async throws -> IntegrationResponse {
        if let message = failNextSave {
            failNextSave = nil
            throw FakeAWSError(message: message, requestID: "req-42")
        }
        try change(methodID) { method in
            guard var integration = method.integration else { throw FakeAWSError(message: "No integration defined for method") }
            if let original {
                guard let index = integration.integrationResponses.firstIndex(where: { $0.statusCode == original.statusCode }),
                      integration.integrationResponses[index] == original else { throw FakeAWSError(message: "Conflict: the integration response changed since it was loaded") }
                integration.integrationResponses[index] = updated
            } else {
                integration.integrationResponses.append(updated)
            }
            method.integration = integration
        }
        writes.append("save \(updated.statusCode)")
        lastSaved = updated
        return updated
    }

    func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws {
        writes.append("delete \(id.statusCode)")
    }

    func putMethodResponse(_ response: MethodResponse, at methodID: MethodID) async throws {
        try change(methodID) { method in
            method.methodResponses.removeAll { $0.statusCode == response.statusCode }
            method.methodResponses.append(response)
        }
        writes.append("putMethodResponse \(response.statusCode) \(response.declaredHeaders.joined(separator: ","))")
    }

    /// The method now.
    func method(_ id: MethodID) -> Method? {
        definitions.first { $0.api.id == id.restApiId }?.resource(id.resourceId)?.method(id.httpMethod)
    }

    private func change(_ id: MethodID, _ body: (inout Method) throws -> Void) throws {
        guard let apiIndex = definitions.firstIndex(where: { $0.api.id == id.restApiId }),
              let resourceIndex = definitions[apiIndex].resources.firstIndex(where: { $0.id == id.resourceId }),
              let methodIndex = definitions[apiIndex].resources[resourceIndex].methods.firstIndex(where: { $0.httpMethod == id.httpMethod }) else {
            throw FakeAWSError(message: "Invalid Method identifier specified")
        }
        try body(&definitions[apiIndex].resources[resourceIndex].methods[methodIndex])
    }
}
