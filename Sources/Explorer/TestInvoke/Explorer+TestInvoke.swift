import GatewayClient
import GatewayModel
import Mapping
import TerminalUI

/// A method whose preview sample came from AWS's test.
struct TestSampleKey: Hashable, Sendable {
    var api: APIKey
    var resourceId: String
    var httpMethod: String
}

extension Explorer {
    // MARK: - Starting

    /// `t` on a method or integration response: asks for the request, then runs `TestInvokeMethod`
    /// (AWS sources only; `--readonly` refuses it, since it calls the real backend).
    static func startTestInvoke(_ state: inout ExplorerState) -> [Effect] {
        guard !state.readonly else {
            state.banner = Banner(kind: .info, text: "Read-only session (--readonly): testing on AWS is off (TestInvokeMethod calls the real backend)")
            return []
        }
        guard let key = state.screen.place.api, let api = state.loaded[key], let resource = state.currentResource, let method = state.currentMethod else { return [] }
        guard state.testSources.contains(key.source) else {
            state.banner = Banner(kind: .info, text: TestInvokeUnsupportedError(source: state.sourceLabels[key.source]).description)
            return []
        }
        let id = MethodID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod)
        // A second `t` on the method starts from the request last run on it this session.
        let last = state.testRequests[TestSampleKey(api: key, resourceId: resource.id, httpMethod: method.httpMethod)]
        let form = TestRequestForm(last ?? TestInvokeRequest(pathWithQueryString: resource.path))
        state.push(TestInvokePanel(api: key, method: id, resourcePath: resource.path, methodValue: method, phase: .asking(form)))
        return []
    }

    // MARK: - Results

    /// AWS answered (or failed): the comparison, or AWS's message, in the panel.
    static func testInvoked(_ state: inout ExplorerState, request: Int, _ result: Result<TestInvokeResponse, LoadFailure>) -> [Effect] {
        guard var panel = state.layer(TestInvokePanel.self), case let .running(running, sent) = panel.phase, running == request else { return [] }
        switch result {
        case let .success(response):
            // The replay uses the request that was sent: path, query, headers, stage variables, body.
            let comparison = TestInvokeReplay.compare(method: panel.methodValue, resourcePath: panel.resourcePath, restApiId: panel.method.restApiId,
                                                      resourceId: panel.method.resourceId, request: sent, response: response)
            panel.phase = .done(comparison, sent, TestInvokeReport(comparison, request: sent, httpMethod: panel.method.httpMethod))
        case let .failure(failure):
            if failure.kind == .cancelled {
                state.remove(TestInvokePanel.self)
                return []
            }
            panel.phase = .failed(failure.summary, sent)
        }
        panel.firstLine = 0
        state.put(panel)
        return []
    }

    /// `u` in the panel: the backend response AWS logged becomes the preview sample of this
    /// method's integration responses (the editor opened with `e` uses it).
    static func useTestBackendAsSample(_ state: inout ExplorerState) -> [Effect] {
        guard let panel = state.layer(TestInvokePanel.self), let backend = panel.comparison?.backend else { return [] }
        let key = TestSampleKey(api: panel.api, resourceId: panel.method.resourceId, httpMethod: panel.method.httpMethod)
        state.testSamples[key] = SampleBackend(statusCode: backend.statusCode ?? "200", errorMessage: backend.errorMessage ?? "",
                                               headers: backend.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n"), body: backend.bodyText)
        state.remove(TestInvokePanel.self)
        state.banner = Banner(kind: .info, text: "The preview sample of \(panel.method.httpMethod) \(panel.resourcePath) is now AWS's backend response (\(MethodScreen.rows.label(of: .edit)) opens the editor)")
        return []
    }

    /// Gives a form opening on a method the sample chosen in the test panel, if any.
    static func useTestSample(_ form: inout ResponseForm, _ state: ExplorerState) {
        let key = TestSampleKey(api: form.context.api, resourceId: form.context.method.resourceId, httpMethod: form.context.method.httpMethod)
        guard let sample = state.testSamples[key] else { return }
        form.sample = SampleState(sample, isLambda: form.context.isLambda)
        let note = "Preview sample: the backend response from AWS's test (\(Keymap.testBinding.label))"
        form.message = FormMessage(isError: false, text: form.message.map { $0.text + "; " + note } ?? note)
    }
}

extension ExplorerState {
    /// Whether `t` tests here: a method of an AWS source is open, and the session may call it.
    var canTestInvoke: Bool {
        guard !readonly, let key = screen.place.api, currentMethod != nil else { return false }
        return testSources.contains(key.source)
    }
}
