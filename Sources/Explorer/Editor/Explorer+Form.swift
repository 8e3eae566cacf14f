import GatewayModel
import TerminalUI

extension Explorer {
    // MARK: - Opening and closing

    /// Opens the form on the current method's response `statusCode`, or on a new one.
    static func openForm(statusCode: String?, _ state: inout ExplorerState) -> [Effect] {
        guard !state.readonly else {
            state.banner = Banner(kind: .info, text: "Read-only session (--readonly): editing is off")
            return []
        }
        guard let key = state.screen.place.api, let api = state.loaded[key], let resource = state.currentResource, let method = state.currentMethod else { return [] }
        guard method.integration != nil else {
            state.banner = Banner(kind: .error, text: "\(method.httpMethod) \(resource.path) has no integration to add responses to")
            return []
        }
        guard method.integration?.type != .awsProxy, method.integration?.type != .httpProxy || statusCode != nil else {
            state.banner = Banner(kind: .error, text: "Proxy integrations pass the backend response through: integration responses do not apply")
            return []
        }
        let original = statusCode.flatMap { method.integration?.integrationResponse(statusCode: $0) }
        let context = FormContext(api: key, sourceLabel: state.sourceLabels[key.source], sourceIdentity: state.sourceIdentities[key.source], method: MethodID(restApiId: api.definition.api.id, resourceId: resource.id, httpMethod: method.httpMethod),
                                  resourcePath: resource.path, methodValue: method, original: original)
        let draft = state.drafts[context.draftKey]
        var form = ResponseForm(context: context, draft: draft)
        if draft != nil { form.message = FormMessage(isError: false, text: "Restored your unsaved draft (\(FormKeymap.letters.label(of: .discard)) discards it)") }
        useTestSample(&form, state)
        if original == nil { form.focus = .status }
        state.put(FormScreen(form: form))
        return schedulePreview(&state)
    }

    /// Leaves the form; an unsaved draft stays (on disk and marked with ● in the lists).
    static func closeForm(_ state: inout ExplorerState) {
        guard let form = state.layer(FormScreen.self)?.form else { return }
        if state.drafts[form.context.draftKey] != nil {
            state.banner = Banner(kind: .info, text: "Draft kept: \(form.context.resourcePath) \(form.context.method.httpMethod) \(form.current.statusCode) ● (\(MethodScreen.rows.label(of: .edit)) reopens it)")
        }
        state.removeForm()
    }

    // MARK: - Keys

    /// A key while the form is open.
    static func formKey(_ key: Key, _ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form else { return [] }
        let layout = state.formLayout(form, issues: form.issues)
        let command = form.handle(key, layout: layout, clipboard: &state.clipboard)
        state.put(FormScreen(form: form))
        return formCommand(command, form: form, &state)
    }

    /// Does what a key or a paste in the form asks beyond changing the form.
    static func formCommand(_ command: FormCommand, form: ResponseForm, _ state: inout ExplorerState) -> [Effect] {
        switch command {
        case .none: return []
        case .edited: return formEdited(&state)
        case .sampleEdited:
            return journal(&state) + schedulePreview(&state)
        case .save: return prepareSave(&state)
        case .confirmSave: return confirmSave(&state)
        case .close:
            closeForm(&state)
            return []
        case .discard:
            let key = form.context.draftKey
            state.drafts[key] = nil
            state.removeForm()
            state.banner = Banner(kind: .info, text: "Discarded the draft of \(form.context.resourcePath) \(form.context.method.httpMethod) \(form.context.original?.statusCode ?? "(new)")")
            return [.deleteDraft(key)]
        case .externalEdit:
            guard let tab = form.templates.indices.contains(form.templateTab) ? form.templates[form.templateTab] : nil else {
                state.modify(FormScreen.self) { $0.form.message = FormMessage(isError: true, text: "No template to edit: add one with \(FormKeymap.rows(for: .templates).label(of: .new)) on the Templates field") }
                return []
            }
            return [.externalEdit(text: tab.editor.text, fileExtension: Self.fileExtension(for: tab.contentType))]
        case let .ask(kind):
            state.push(FormQuestion(kind: kind))
            return []
        case let .editTemplate(edited):
            state.push(TemplateEditorScreen(tab: form.templateTab))
            return edited ? formEdited(&state) : []
        case let .copy(text):
            return [.copy(text)]
        case .help:
            state.push(HelpModal())
            return []
        }
    }

    private static func fileExtension(for contentType: String) -> String {
        let type = contentType.lowercased()
        if type.contains("json") { return "json.vtl" }
        if type.contains("xml") { return "xml.vtl" }
        if type.contains("html") { return "html.vtl" }
        return "vtl"
    }

    /// After a change: journal the draft at once, and re-run the preview.
    static func formEdited(_ state: inout ExplorerState) -> [Effect] {
        journal(&state) + schedulePreview(&state)
    }

    /// Writes the draft (or deletes it when the form is back to what the source has).
    static func journal(_ state: inout ExplorerState) -> [Effect] {
        guard let form = state.layer(FormScreen.self)?.form else { return [] }
        let key = form.context.draftKey
        guard form.isDirty else {
            guard state.drafts.removeValue(forKey: key) != nil else { return [] }
            return [.deleteDraft(key)]
        }
        let draft = form.draft(writtenAt: 0)
        state.drafts[key] = draft
        return [.writeDraft(draft)]
    }

    // MARK: - Preview

    /// Starts a preview run, or marks the one running stale so another follows it.
    static func schedulePreview(_ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form else { return [] }
        if form.preview.running != nil {
            form.preview.stale = true
            state.put(FormScreen(form: form))
            return []
        }
        let request = state.takeRequestID()
        form.preview.running = request
        form.preview.stale = false
        state.put(FormScreen(form: form))
        let accept = form.templates.indices.contains(form.templateTab) ? form.templates[form.templateTab].contentType : nil
        let job = PreviewJob(method: form.methodWithDraft, resourcePath: form.context.resourcePath, sample: form.sample.backend, errorMode: form.sample.errorMode, accept: accept,
                             lintStatusCode: form.current.statusCode)
        return [.simulate(job, request: request)]
    }

    /// A preview finished: show it, mark template errors, and run again if edits came meanwhile.
    static func simulated(_ state: inout ExplorerState, request: Int, _ outcome: PreviewOutcome) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form, form.preview.running == request else { return [] }
        form.preview.running = nil
        form.preview.outcome = outcome
        for index in form.templates.indices {
            let field = "responseTemplates[\(form.templates[index].contentType)]"
            form.templates[index].editor.marks = outcome.issues.compactMap { issue in
                guard issue.isError, issue.field == field, issue.statusCode == form.current.statusCode, let line = issue.line else { return nil }
                return TextMark(position: TextPosition(line: max(0, line - 1), column: max(0, (issue.column ?? 1) - 1)), message: issue.message)
            }
        }
        form.showLint()
        let again = form.preview.stale
        state.put(FormScreen(form: form))
        return again ? schedulePreview(&state) : []
    }

    // MARK: - External editor

    /// The text came back from `$EDITOR`: it replaces the template (undoable).
    static func externalEditFinished(_ state: inout ExplorerState, _ result: Result<String, LoadFailure>) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form, form.templates.indices.contains(form.templateTab) else { return [] }
        switch result {
        case let .success(text):
            var edited = text
            // Editors add a final newline; the template did not have one.
            if edited.hasSuffix("\n"), !form.templates[form.templateTab].editor.text.hasSuffix("\n") { edited.removeLast() }
            guard edited != form.templates[form.templateTab].editor.text else {
                form.message = FormMessage(isError: false, text: "The editor left the template unchanged")
                state.put(FormScreen(form: form))
                return []
            }
            form.templates[form.templateTab].editor.setText(edited)
            form.message = FormMessage(isError: false, text: "Template updated from the editor (\(TextEditorState.keys.key(of: .undo)) undoes)")
            state.put(FormScreen(form: form))
            return formEdited(&state)
        case let .failure(failure):
            form.message = FormMessage(isError: true, text: "External editor: \(failure.message)")
            state.put(FormScreen(form: form))
            return []
        }
    }
}

extension ExplorerState {
    /// Closes the form and the template editor open over it.
    mutating func removeForm() {
        remove(FormQuestion.self)
        remove(TemplateEditorScreen.self)
        remove(FormScreen.self)
    }
}
