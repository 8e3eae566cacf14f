import GatewayClient
import GatewayModel

/// An error like the AWS source's: a message and a request ID.
struct FakeAWSError: Error, CustomStringConvertible {
    var message: String
    var requestID: String?
    var description: String { message }
}

/// A `GatewaySource` double that serves definitions built in code.
struct InMemorySource: GatewaySource {
    var label: String
    var definitions: [APIDefinition]
    var listError: FakeAWSError?
    var loadError: FakeAWSError?

    init(label: String, definitions: [APIDefinition], listError: FakeAWSError? = nil, loadError: FakeAWSError? = nil) {
        self.label = label
        self.definitions = definitions
        self.listError = listError
        self.loadError = loadError
    }

    func listRestAPIs() async throws -> [RestAPI] {
        if let listError { throw listError }
        return definitions.map(\.api)
    }

    func loadAPI(id: String) async throws -> APIDefinition {
        if let loadError { throw loadError }
        guard let definition = definitions.first(where: { $0.api.id == id }) else {
            throw FakeAWSError(message: "Invalid API identifier specified \(id)", requestID: nil)
        }
        return definition
    }

    func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse {
        throw FakeAWSError(message: "not supported by the test double")
    }

    func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse {
        throw FakeAWSError(message: "not supported by the test double")
    }

    func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws {
        throw FakeAWSError(message: "not supported by the test double")
    }

    func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws {
        throw FakeAWSError(message: "not supported by the test double")
    }
}
