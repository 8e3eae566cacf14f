import GatewayModel
import TerminalUI

/// The explorer app: `update` turns events into state changes and effects, `draw` turns
/// state into a frame, and `run` connects them to a terminal and the sources.
public enum Explorer {
    /// The first effects: list every source's APIs.
    static func start(_ state: inout ExplorerState) -> [Effect] {
        var effects: [Effect] = [.loadDrafts]
        for source in state.sourceLabels.indices {
            let request = state.takeRequestID()
            state.sources[source] = .loading(request: request)
            effects.append(.listAPIs(source: source, request: request))
        }
        return effects
    }

    /// The heart of the app: applies one event to the state and returns the work to do.
    static func update(_ state: inout ExplorerState, _ event: ExplorerEvent) -> [Effect] {
        switch event {
        case let .input(input):
            return handle(input, &state)
        case .tick:
            state.tick += 1
            return []
        case let .apisListed(source, request, result):
            return apisListed(&state, source: source, request: request, result)
        case let .apiLoaded(key, request, result):
            return apiLoaded(&state, key: key, request: request, result)
        case let .draftsLoaded(drafts, failures):
            return draftsLoaded(&state, drafts, failures: failures)
        case let .draftWriteFailed(message):
            state.banner = Banner(kind: .error, text: "Could not journal the draft: \(message)")
            return []
        case let .saved(request, result):
            return saved(&state, request: request, result)
        case let .simulated(request, outcome):
            return simulated(&state, request: request, outcome)
        case let .externalEditFinished(result):
            return externalEditFinished(&state, result)
        case let .stagesListed(request, result):
            return stagesListed(&state, request: request, result)
        case let .deployed(request, result):
            return deployed(&state, request: request, result)
        case let .testInvoked(request, result):
            return testInvoked(&state, request: request, result)
        case let .mfaCodeRequested(request):
            state.push(MFACodeModal(request: request))
            return []
        }
    }

    private static func handle(_ input: InputEvent, _ state: inout ExplorerState) -> [Effect] {
        switch input {
        case let .key(key):
            return handleKey(key, &state)
        case let .mouse(mouse):
            return handleMouse(mouse, &state)
        case let .resize(size):
            state.size = size
            state.clampList()
            if var form = state.layer(FormScreen.self)?.form {
                let layout = state.formLayout(form, issues: form.issues)
                for index in form.templates.indices { form.templates[index].editor.scrollToCursor(height: layout.editorViewport.rows, width: layout.editorViewport.columns) }
                state.put(FormScreen(form: form))
            }
            return []
        case .hangup:
            state.quitting = true
            return [.quit]
        case let .paste(text):
            return handlePaste(text, &state)
        case let .burst(text):
            return handleBurst(text, &state)
        }
    }

    // MARK: - Loads

    private static func apisListed(_ state: inout ExplorerState, source: Int, request: Int, _ result: Result<[RestAPI], LoadFailure>) -> [Effect] {
        guard state.sources.indices.contains(source), state.sources[source] == .loading(request: request) else { return [] }
        // The cursor follows the API it is on as other sources' lists arrive, unless it is on
        // the first row: sources finish in any order, and a list that starts at its top stays there.
        let atTop = (state.layer(APIsScreen.self)?.list.cursor ?? 0) == 0
        let selected = atTop ? nil : state.selectedAPI?.key
        switch result {
        case let .success(apis):
            state.sources[source] = .loaded
            state.apis.removeAll { $0.source == source }
            state.apis += apis.map { APIEntry(source: source, api: $0) }
            state.apis.sort { ($0.api.name.lowercased(), $0.source, $0.api.id) < ($1.api.name.lowercased(), $1.source, $1.api.id) }
        case let .failure(failure):
            state.sources[source] = .failed(failure)
            // A lone source that fails shows the reason and the fix in the body instead.
            if failure.kind != .cancelled, state.sourceLabels.count > 1 || !state.apis.isEmpty {
                let where_ = state.sourceLabels.count > 1 ? "\(state.sourceLabels[source]): " : ""
                state.banner = Banner(kind: .error, text: where_ + failure.summary)
            }
        }
        if let selected {
            let visible = state.visibleAPIs(filter: state.layer(APIsScreen.self)?.filter ?? "")
            if let position = visible.firstIndex(where: { state.apis[$0].key == selected }) { state.modify(APIsScreen.self) { $0.list.cursor = position } }
        }
        state.clampList()
        if state.autoOpenSingleAPI, !state.isBusy {
            state.autoOpenSingleAPI = false
            if state.sourceLabels.count == 1, state.apis.count == 1, state.screens.count == 1, let only = state.apis.first {
                return open(only, &state)
            }
        }
        return []
    }

    private static func apiLoaded(_ state: inout ExplorerState, key: APIKey, request: Int, _ result: Result<APIDefinition, LoadFailure>) -> [Effect] {
        guard let pending = state.pending, pending.request == request, pending.api == key else { return [] }
        state.pending = nil
        switch result {
        case let .success(definition):
            var tree = ResourceTree(definition)
            if pending.isReload, let old = state.loaded[key] {
                tree.collapse(resourceIDs: old.tree.collapsedResourceIDs(in: old.definition), in: definition)
            }
            state.loaded[key] = LoadedAPI(definition: definition, tree: tree)
            if pending.isReload {
                state.banner = Banner(kind: .info, text: "Reloaded \(definition.api.name)")
                state.revalidateStack()
            } else {
                // An earlier failure is stale now; a message the user has not read yet (such as
                // "Restored 1 draft", answered while this load ran) stays until the next key.
                if state.banner?.kind == .error { state.banner = nil }
                state.push(ResourcesScreen(api: key))
            }
        case let .failure(failure):
            if failure.kind != .cancelled {
                state.banner = Banner(kind: .error, text: "Could not load \(pending.name): \(failure.summary)")
            }
        }
        state.syncTreeFilter()
        state.clampList()
        return []
    }

    /// Opens an API: straight away when loaded, else after a load the user can cancel.
    static func open(_ entry: APIEntry, _ state: inout ExplorerState) -> [Effect] {
        var effects = cancelPending(&state)
        if state.loaded[entry.key] != nil {
            state.push(ResourcesScreen(api: entry.key))
            state.syncTreeFilter()
            return effects
        }
        let request = state.takeRequestID()
        state.pending = PendingLoad(request: request, api: entry.key, name: entry.api.name, isReload: false)
        effects.append(.loadAPI(entry.key, request: request))
        return effects
    }

    /// Cancels the load in progress, if any.
    static func cancelPending(_ state: inout ExplorerState) -> [Effect] {
        guard let pending = state.pending else { return [] }
        state.pending = nil
        return [.cancel(request: pending.request)]
    }

    /// Reloads what the current screen shows.
    static func reload(_ state: inout ExplorerState) -> [Effect] {
        var effects = cancelPending(&state)
        guard let key = state.screen.place.api else {
            for case let .loading(request) in state.sources { effects.append(.cancel(request: request)) }
            return effects + start(&state)
        }
        let request = state.takeRequestID()
        let name = state.loaded[key]?.definition.api.name ?? key.apiId
        state.pending = PendingLoad(request: request, api: key, name: name, isReload: true)
        effects.append(.loadAPI(key, request: request))
        return effects
    }
}

extension ExplorerState {
    /// A new request number.
    mutating func takeRequestID() -> Int {
        defer { nextRequest += 1 }
        return nextRequest
    }

    /// Keeps the current list's cursor and scroll inside the list and the view.
    mutating func clampList() {
        var current = screen
        current.clamp(self, Layout(self))
        screen = current
    }

    /// The tree shows the filter of the resources screen on top.
    mutating func syncTreeFilter() {
        guard screen is ResourcesScreen, let key = screen.place.api else { return }
        let filter = screen.filter
        loaded[key]?.tree.setFilter(filter)
    }

    /// After a reload, drops screens whose resource, method or response is gone.
    mutating func revalidateStack() {
        var kept: [any BrowseScreen] = []
        for screen in screens {
            guard screen.isValid(self) else {
                banner = Banner(kind: .info, text: "Reloaded: what you were looking at is gone")
                break
            }
            kept.append(screen)
        }
        screens = kept
    }

    /// Lines in the selected template (response screen).
    var currentTemplateLineCount: Int {
        guard let templates = currentResponse?.responseTemplates, templates.count > 0 else { return 0 }
        let tab = min(max(0, (screen as? ResponseScreen)?.tab ?? 0), templates.count - 1)
        return templates.entries[tab].value.split(separator: "\n", omittingEmptySubsequences: false).count
    }
}
