import GatewayModel
import TerminalUI

/// Something that happened: input, or an effect's result coming back.
enum ExplorerEvent: Sendable {
    case input(InputEvent)
    case apisListed(source: Int, request: Int, Result<[RestAPI], LoadFailure>)
    case apiLoaded(APIKey, request: Int, Result<APIDefinition, LoadFailure>)
    /// Time passed while something loads (turns the spinner).
    case tick
    /// The drafts journal was read at start.
    case draftsLoaded([Draft], failures: [String])
    /// A draft could not be written.
    case draftWriteFailed(String)
    /// A save finished.
    case saved(request: Int, Result<IntegrationResponse, LoadFailure>)
    /// A preview run finished.
    case simulated(request: Int, PreviewOutcome)
    /// `$EDITOR` finished with the template's new text.
    case externalEditFinished(Result<String, LoadFailure>)
    /// The stages of the API being deployed came back.
    case stagesListed(request: Int, Result<[Stage], LoadFailure>)
    /// `CreateDeployment` finished.
    case deployed(request: Int, Result<Deployment, LoadFailure>)
    /// `TestInvokeMethod` finished.
    case testInvoked(request: Int, Result<TestInvokeResponse, LoadFailure>)
    /// An AWS call waits for an MFA code (opens `MFACodeModal`).
    case mfaCodeRequested(MFACodeRequest)
}

/// Work `update` asks for; it runs elsewhere and comes back as an event.
enum Effect: Hashable, Sendable {
    case listAPIs(source: Int, request: Int)
    case loadAPI(APIKey, request: Int)
    case cancel(request: Int)
    case copy(String)
    case quit
    /// Read every draft left on disk.
    case loadDrafts
    /// Journal a draft now (synchronously, before the next key is read).
    case writeDraft(Draft)
    /// Forget a draft.
    case deleteDraft(DraftKey)
    /// Save an integration response as planned.
    case save(SavePlan, request: Int)
    /// Simulate the response pipeline for the preview.
    case simulate(PreviewJob, request: Int)
    /// Suspend the screen and edit text in `$VISUAL`/`$EDITOR`.
    case externalEdit(text: String, fileExtension: String)
    /// List the stages of an API (to choose where to deploy).
    case listStages(APIKey, request: Int)
    /// Deploy an API to a stage.
    case createDeployment(APIKey, stageName: String, description: String?, request: Int)
    /// Run a method on API Gateway (`TestInvokeMethod`).
    case testInvoke(APIKey, MethodID, TestInvokeRequest, request: Int)
}

/// A failed load as the user sees it: the source's message, AWS's request ID, and what kind
/// of trouble it is (to suggest a fix).
public struct LoadFailure: Error, Hashable, Sendable {
    /// What kind of trouble, for the hint shown with it.
    public enum Kind: Hashable, Sendable { case credentials, network, region, cancelled, other }

    public var message: String
    public var requestID: String?
    public var kind: Kind

    public init(message: String, requestID: String? = nil, kind: Kind = .other) {
        self.message = message
        self.requestID = requestID
        self.kind = kind
    }

    /// The failure for an error thrown by a source.
    public init(_ error: any Error) {
        if let failure = error as? LoadFailure {
            self = failure
            return
        }
        let message = String(describing: error)
        self.init(message: message, requestID: Self.requestID(in: error, depth: 0), kind: Self.classify(message))
    }

    /// The message with the request ID, for a banner.
    public var summary: String {
        requestID.map { "\(message) (request ID \($0))" } ?? message
    }

    /// Guesses the kind from the message's words.
    static func classify(_ message: String) -> Kind {
        let text = message.lowercased()
        let credentials = ["credential", "access key", "security token", "signature", "expired", "unrecognizedclient", "accessdenied", "access denied", "not authorized", "forbidden"]
        let network = ["resolve", "connect", "network", "timed out", "timeout", "unreachable", "couldn't", "could not reach", "ssl", "tls"]
        if credentials.contains(where: text.contains) { return .credentials }
        if network.contains(where: text.contains) { return .network }
        if text.contains("region") { return .region }
        return .other
    }

    /// Finds a request ID in an error without knowing its type (GatewayClient's errors
    /// carry one as a `requestID`-like field).
    static func requestID(in value: Any, depth: Int) -> String? {
        guard depth < 4 else { return nil }
        for child in Mirror(reflecting: value).children {
            let label = (child.label ?? "").lowercased()
            if label.contains("requestid") || label == "request_id" {
                if let text = child.value as? String, !text.isEmpty { return text }
                if let optional = child.value as? String?, let text = optional, !text.isEmpty { return text }
            }
            if let nested = requestID(in: child.value, depth: depth + 1) { return nested }
        }
        return nil
    }
}
