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
    /// Whether the double has stages (like AWS) or not (like an export file).
    nonisolated let supportsDeployments: Bool
    /// The stages, as `CreateDeployment` leaves them.
    private(set) var stages: [Stage]
    /// Every deployment in order: `prod: gwx: GET /pets 200`.
    private(set) var deployments: [String] = []
    /// The message of the next stage listing's or deployment's failure, if it should fail.
    var failNextStages: String?
    var failNextDeployment: String?
    /// What `TestInvokeMethod` answers (written by hand in AWS's shape); nil: the double cannot test-invoke.
    nonisolated let testInvokeAnswer: TestInvokeResponse?
    /// Every test invocation in order: `p3t5api001/pets/POST /pets?x=1`.
    private(set) var testInvocations: [String] = []
    /// Every test request in order, whole (headers, stage variables, body).
    private(set) var testRequests: [TestInvokeRequest] = []

    /// A double; with `stages` it has stages and deploys (like AWS), without it it refuses (like a file).
    init(label: String = "file test.yaml", definitions: [APIDefinition], stages: [Stage]? = nil, testInvokeAnswer: TestInvokeResponse? = nil) {
        self.label = label
        self.testInvokeAnswer = testInvokeAnswer
        self.definitions = definitions
        supportsDeployments = stages != nil
        self.stages = stages ?? []
    }

    nonisolated var supportsTestInvoke: Bool { testInvokeAnswer != nil }

    func testInvoke(_ method: MethodID, request: TestInvokeRequest) async throws -> TestInvokeResponse {
        guard let testInvokeAnswer else { throw TestInvokeUnsupportedError(source: label) }
        testInvocations.append("\(method) \(request.pathWithQueryString ?? "")")
        testRequests.append(request)
        return testInvokeAnswer
    }

    func setFailures(stages: String? = nil, deployment: String? = nil) {
        failNextStages = stages
        failNextDeployment = deployment
    }

    func listStages(restApiId: String) async throws -> [Stage] {
        guard supportsDeployments else { throw DeploymentsUnsupportedError(source: label) }
        if let message = failNextStages {
            failNextStages = nil
            throw FakeAWSError(message: message, requestID: "req-stages")
        }
        return stages
    }

    func createDeployment(restApiId: String, stageName: String, description: String?) async throws -> Deployment {
        guard supportsDeployments else { throw DeploymentsUnsupportedError(source: label) }
        if let message = failNextDeployment {
            failNextDeployment = nil
            throw FakeAWSError(message: message, requestID: "req-77")
        }
        let deployment = Deployment(id: "dep\(deployments.count + 1)", description: description, createdDate: "2024-05-01T12:00:00Z")
        if let index = stages.firstIndex(where: { $0.stageName == stageName }) {
            stages[index].deploymentId = deployment.id
        } else {
            stages.append(Stage(stageName: stageName, deploymentId: deployment.id))
        }
        deployments.append("\(stageName): \(description ?? "")")
        return deployment
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
