import GatewayModel
import TerminalUI

/// Which API of which source: sources are numbered in the order `run` got them.
public struct APIKey: Hashable, Sendable {
    public var source: Int
    public var apiId: String

    public init(source: Int, apiId: String) {
        self.source = source
        self.apiId = apiId
    }
}

/// One row of the REST APIs screen.
struct APIEntry: Hashable, Sendable {
    var source: Int
    var api: RestAPI
    var key: APIKey { APIKey(source: source, apiId: api.id) }
}

/// How listing one source's APIs went.
enum SourceStatus: Hashable, Sendable {
    case loading(request: Int)
    case loaded
    case failed(LoadFailure)
}

/// A load the user is waiting for.
struct PendingLoad: Hashable, Sendable {
    var request: Int
    var api: APIKey
    var name: String
    /// A reload keeps the user where they are; a first load opens the API.
    var isReload: Bool
}

/// A one-line message under the header.
struct Banner: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case error, info }
    var kind: Kind
    var text: String
}

/// A loaded API with its resource tree, flattened once.
struct LoadedAPI: Sendable {
    var definition: APIDefinition
    var tree: ResourceTree
}

/// Everything the explorer shows: `update` changes it, `draw` renders it.
public struct ExplorerState: Sendable {
    var size: Size
    var label: String
    var readonly: Bool
    var sourceLabels: [String]
    /// Each source's stable identity: drafts are kept under it.
    var sourceIdentities: [String]
    var sources: [SourceStatus]
    var apis: [APIEntry] = []
    var loaded: [APIKey: LoadedAPI] = [:]
    var pending: PendingLoad?
    var nextRequest = 1
    var banner: Banner?
    /// The open components, bottom first: the browse screens (`screens`, REST APIs at the
    /// bottom), then the form, modals, help, filter and command lines over them. The top one
    /// has the keys.
    var layers: [any Component] = [APIsScreen()]
    var tick = 0
    /// Open the API straight away when the only source has exactly one.
    var autoOpenSingleAPI = true
    var quitting = false
    /// Unsaved drafts, from this session and restored from disk.
    var drafts: [DraftKey: Draft] = [:]
    /// What the editors copied (Ctrl-C) and paste (Ctrl-V).
    var clipboard = ""
    /// Sources that are AWS accounts (saves show PATCH operations and need a deployment).
    var awsSources: Set<Int> = []
    /// Sources that have stages (`d` deploys the API open on them).
    var deploySources: Set<Int> = []
    /// What each source says while it lists its APIs (`Reading api.json (3.5 MB)…`).
    var listingMessages: [String] = []
    /// Saves per API not deployed since, in this session (`GET /pets 200`).
    var undeployed: [APIKey: [String]] = [:]
    /// Sources that can test-invoke (`t`: the AWS account, not export files).
    var testSources: Set<Int> = []
    /// Backend responses from AWS's tests chosen as the preview sample, per method (`TestInvoke/`).
    var testSamples: [TestSampleKey: SampleBackend] = [:]
    /// The request last run on each method in the test panel (a second `t` and `r` start from it).
    var testRequests: [TestSampleKey: TestInvokeRequest] = [:]

    /// A fresh state for sources with these labels.
    init(size: Size, label: String, readonly: Bool, sourceLabels: [String], sourceIdentities: [String]? = nil) {
        self.size = size
        self.label = label
        self.readonly = readonly
        self.sourceLabels = sourceLabels
        self.sourceIdentities = sourceIdentities ?? sourceLabels
        sources = sourceLabels.map { _ in .loaded }
    }

    /// The loaded API the current screen belongs to.
    var currentAPI: LoadedAPI? { screen.place.api.flatMap { loaded[$0] } }

    /// Whether something is loading (the spinner turns).
    var isBusy: Bool {
        pending != nil || layer(DeployModal.self)?.flow.isWaiting == true || layer(TestInvokePanel.self)?.isWaiting == true || sources.contains { if case .loading = $0 { return true } else { return false } }
    }

    /// Indices into `apis` that pass the APIs screen's filter.
    func visibleAPIs(filter: String) -> [Int] {
        guard !filter.isEmpty else { return Array(apis.indices) }
        let query = filter.lowercased()
        return apis.indices.filter { index in
            let api = apis[index].api
            return api.name.lowercased().contains(query) || api.id.lowercased().contains(query)
                || (api.description ?? "").lowercased().contains(query)
        }
    }
}
