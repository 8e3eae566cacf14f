import GatewayModel

/// A source that could not be set up (no credentials, a bad config file): every call throws
/// the reason, so the explorer can show it on screen with how to fix it.
public struct UnavailableSource: GatewaySource {
    public let label: String
    /// Why the source is unavailable.
    public let reason: any Error & Sendable

    public init(label: String, reason: any Error & Sendable) {
        self.label = label
        self.reason = reason
    }

    public func listRestAPIs() async throws -> [RestAPI] { throw reason }
    public func loadAPI(id: String) async throws -> APIDefinition { throw reason }
    public func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse { throw reason }
    public func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse { throw reason }
    public func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws { throw reason }
    public func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws { throw reason }
}
