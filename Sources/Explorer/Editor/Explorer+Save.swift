import GatewayModel
import TerminalUI

extension Explorer {
    /// `s`: refuses while an error stands, else shows the diff and asks.
    static func prepareSave(_ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form else { return [] }
        if form.savingRequest != nil {
            form.message = FormMessage(isError: false, text: "Saving…")
        } else if let first = form.issues.errors.first {
            let more = form.issues.errors.count > 1 ? " (and \(form.issues.errors.count - 1) more)" : ""
            form.message = FormMessage(isError: true, text: "Cannot save: \(first.field): \(first.message)\(more)")
        } else if !form.isDirty {
            form.message = FormMessage(isError: false, text: "Nothing to save: no changes")
        } else {
            let source = form.context.api.source
            state.put(FormScreen(form: form))
            state.push(FormQuestion(kind: .confirmSave(SavePlan(form: form, source: source, isAWS: state.awsSources.contains(source)), firstLine: 0)))
            return []
        }
        state.put(FormScreen(form: form))
        return []
    }

    /// The user said yes: send the save.
    static func confirmSave(_ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form, form.savingRequest == nil else { return [] }
        let source = form.context.api.source
        let plan = SavePlan(form: form, source: source, isAWS: state.awsSources.contains(source))
        let request = state.takeRequestID()
        form.savingRequest = request
        form.message = FormMessage(isError: false, text: "Saving to \(form.context.sourceLabel)…")
        state.put(FormScreen(form: form))
        return [.save(plan, request: request)]
    }

    /// The source answered a save.
    static func saved(_ state: inout ExplorerState, request: Int, _ result: Result<IntegrationResponse, LoadFailure>) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form, form.savingRequest == request else { return [] }
        form.savingRequest = nil
        switch result {
        case let .failure(failure):
            form.message = FormMessage(isError: true, text: "Save failed, your draft is kept: \(withoutFileName(failure.summary))")
            state.put(FormScreen(form: form))
            return []
        case let .success(savedResponse):
            let context = form.context
            let plan = SavePlan(form: form, source: context.api.source, isAWS: state.awsSources.contains(context.api.source))
            state.apply(saved: savedResponse, plan: plan, context: context)
            let key = context.draftKey
            state.drafts[key] = nil
            state.removeForm()
            var text = "Saved \(context.resourcePath) \(context.method.httpMethod) \(savedResponse.statusCode) to \(context.sourceLabel)"
            noteUndeployed("\(context.method.httpMethod) \(context.resourcePath) \(savedResponse.statusCode)", api: context.api, &state)
            if state.deploySources.contains(context.api.source) {
                text += ". Callers see it once the API is deployed: \(Keymap.deployBinding.label) deploys to a stage"
            } else if state.awsSources.contains(context.api.source) {
                text += ". Deploy the API to a stage for it to take effect (aws apigateway create-deployment --rest-api-id \(context.method.restApiId) --stage-name STAGE)"
            }
            state.banner = Banner(kind: .info, text: text)
            if var screen = state.screen as? ResponseScreen, let original = context.original, screen.place.statusCode == original.statusCode {
                screen.place.statusCode = savedResponse.statusCode
                state.screen = screen
            }
            return [.deleteDraft(key)]
        }
    }

    /// `FILE: error: MESSAGE` → `MESSAGE`: the form already names its file, and the status line
    /// has one row, so the reason comes first.
    static func withoutFileName(_ summary: String) -> String {
        guard let marker = summary.range(of: ": error: "), !summary[..<marker.lowerBound].contains("\n") else { return summary }
        return String(summary[marker.upperBound...])
    }
}

extension ExplorerState {
    /// Puts a saved response (and any method response created for it) into the loaded API.
    mutating func apply(saved response: IntegrationResponse, plan: SavePlan, context: FormContext) {
        guard var api = loaded[context.api],
              let resourceIndex = api.definition.resources.firstIndex(where: { $0.id == context.method.resourceId }),
              let methodIndex = api.definition.resources[resourceIndex].methods.firstIndex(where: { $0.httpMethod == context.method.httpMethod }) else { return }
        var method = api.definition.resources[resourceIndex].methods[methodIndex]
        if let methodResponse = plan.methodResponse {
            if let index = method.methodResponses.firstIndex(where: { $0.statusCode == methodResponse.statusCode }) {
                method.methodResponses[index] = methodResponse
            } else {
                method.methodResponses.append(methodResponse)
            }
        }
        if var integration = method.integration {
            if let original = context.original, let index = integration.integrationResponses.firstIndex(where: { $0.statusCode == original.statusCode }) {
                integration.integrationResponses[index] = response
            } else {
                integration.integrationResponses.append(response)
            }
            method.integration = integration
        }
        api.definition.resources[resourceIndex].methods[methodIndex] = method
        loaded[context.api] = api
    }

}
