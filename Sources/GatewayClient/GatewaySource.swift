import GatewayModel

/// Where REST APIs come from and where edits go: the AWS control plane or an export file.
///
/// The explorer and the command line talk to this protocol only; they never know which
/// source is behind it.
public protocol GatewaySource: Sendable {
    /// A short label for headers and messages (`file api.yaml`, `aws default eu-west-1`).
    var label: String { get }

    /// A name for this source that stays the same across runs and differs between sources
    /// (drafts are kept under it): an export file's absolute path; by default the label.
    var identity: String { get }

    /// What the explorer shows while the source lists its APIs (a big export file says its size).
    var listingMessage: String { get }

    /// Every REST API the source has.
    func listRestAPIs() async throws -> [RestAPI]

    /// One API's whole tree: resources with their methods, integrations, method responses
    /// and integration responses.
    func loadAPI(id: String) async throws -> APIDefinition

    /// One integration response as the source has it now.
    func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse

    /// Saves a changed integration response. `original` is what the caller loaded; the
    /// source refuses when the stored object no longer equals it (someone else changed it).
    /// A status code change is a delete of the old and a put of the new.
    func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse

    /// Deletes an integration response.
    func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws

    /// Creates or replaces a method response (a new status code or header mapping needs one).
    func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws

    // MARK: - Deployments (defaults in `GatewaySource+Deployments.swift`: sources without stages throw)

    /// Whether the source has stages and can deploy (the AWS control plane; not export files).
    var supportsDeployments: Bool { get }

    /// The stages of a REST API (`GetStages`).
    func listStages(restApiId: String) async throws -> [Stage]

    /// Creates a deployment of the REST API as it is now and points the stage at it
    /// (`CreateDeployment`; a stage that does not exist yet is created).
    func createDeployment(restApiId: String, stageName: String, description: String?) async throws -> Deployment

    // MARK: - Test invoke (defaults in `GatewaySource+TestInvoke.swift`: sources without AWS throw)

    /// Whether the source can ask API Gateway to run a method (`TestInvokeMethod`).
    var supportsTestInvoke: Bool { get }

    /// Runs the method on API Gateway as it is configured now (no deployment needed), calling
    /// the real backend, and returns AWS's answer with its execution log.
    func testInvoke(_ method: MethodID, request: TestInvokeRequest) async throws -> TestInvokeResponse

    // MARK: - Redaction

    /// Every secret this source holds, so a message about it can be redacted before it is shown.
    var secrets: Secrets { get }
}

extension GatewaySource {
    public var identity: String { label }

    /// `Listing REST APIs from LABEL…`.
    public var listingMessage: String { "Listing REST APIs from \(label)…" }

    /// A source that holds no secrets still has URLs and headers worth masking.
    public var secrets: Secrets { Secrets() }
}
