import GatewayModel
import TerminalUI

/// What a key in the form asks the app to do beyond changing the form.
enum FormCommand: Hashable, Sendable {
    case none
    /// A field changed: journal the draft, re-run the preview.
    case edited
    /// Only the sample changed: re-run the preview, journal the sample.
    case sampleEdited
    case save
    case confirmSave
    case close
    case discard
    case externalEdit
    /// Open the template editor on the current tab (`edited`: a template was just added).
    case editTemplate(edited: Bool)
    case copy(String)
    case help
    /// Ask a question over the form (`FormQuestion`).
    case ask(FormQuestion.Kind)
}

extension ResponseForm {
    /// Whether keys are typed into a text (so letters are text, not commands).
    var isTyping: Bool {
        if parameterEdit != nil { return true }
        switch focus {
        case .status, .pattern: return true
        case .templates: return false
        case .sample: return sample.part == .subject || editingSample
        case .contentHandling, .parameters: return false
        }
    }

    /// Handles a key through the form's key table (`FormKeymap.table`); `layout` gives the editors' sizes.
    mutating func handle(_ key: Key, layout: FormLayout, clipboard: inout String) -> FormCommand {
        message = nil
        guard let action = FormKeymap.table(self).action(for: key) else { return .none }
        if let edit = parameterEdit { return handleParameterEdit(action, key, edit) }
        switch action {
        case .save: return .save
        case .togglePreview:
            showPreview.toggle()
            if !showPreview, focus == .sample { focus = .templates }
            return .none
        case .externalEdit:
            return .externalEdit
        case .discard:
            return .ask(.confirmDiscard)
        case .help: return .help
        case .nextField:
            moveFocus(by: 1, layout: layout)
            return .none
        case .previousField:
            moveFocus(by: -1, layout: layout)
            return .none
        case .close: return .close
        default: break
        }
        if focus == .sample, editingSample {
            if action == .cancel {
                editingSample = false
                return .none
            }
            let isBody = sample.part == .body
            let viewport = isBody ? layout.sampleBodyViewport : layout.sampleHeadersViewport
            let outcome = isBody ? sample.body.handle(key, viewport: viewport, clipboard: &clipboard) : sample.headers.handle(key, viewport: viewport, clipboard: &clipboard)
            switch outcome {
            case .edited:
                if isBody { sample.bodyEdited() }
                return .sampleEdited
            case let .copy(text): return .copy(text)
            case .moved, .ignored: return .none
            }
        }
        switch focus {
        case .status, .pattern:
            return handleTextField(action, key, layout: layout)
        case .contentHandling:
            return handleContentHandling(action, layout: layout)
        case .parameters:
            return handleParameters(action, layout: layout)
        case .templates:
            return handleTemplates(action, layout: layout)
        case .sample:
            return handleSample(action, key, layout: layout)
        }
    }

    /// The fields Tab visits: the sample only while the preview shows.
    func fields(layout: FormLayout) -> [FormField] {
        FormField.allCases.filter { $0 != .sample || layout.preview != nil }
    }

    mutating func moveFocus(by step: Int, layout: FormLayout) {
        let order = fields(layout: layout)
        let index = order.firstIndex(of: focus) ?? 0
        focus = order[((index + step) % order.count + order.count) % order.count]
        editingSample = false
    }

    // MARK: - Fields

    private mutating func handleTextField(_ action: Action, _ key: Key, layout: FormLayout) -> FormCommand {
        guard action == .type else { return .none }
        var input = focus == .status ? status : pattern
        let before = input.text
        guard input.handle(key) else { return .none }
        if focus == .status { status = input } else { pattern = input }
        return input.text == before ? .none : .edited
    }

    private mutating func handleContentHandling(_ action: Action, layout: FormLayout) -> FormCommand {
        let choices: [ContentHandling?] = [nil, .convertToText, .convertToBinary]
        let index = choices.firstIndex(of: contentHandling) ?? 0
        switch action {
        case .nextChoice:
            contentHandling = choices[(index + 1) % choices.count]
            return .edited
        case .previousChoice:
            contentHandling = choices[(index + choices.count - 1) % choices.count]
            return .edited
        default:
            return .none
        }
    }

    private mutating func handleParameters(_ action: Action, layout: FormLayout) -> FormCommand {
        switch action {
        case .up:
            if parameterCursor == 0 { moveFocus(by: -1, layout: layout) } else { parameterCursor -= 1 }
        case .down:
            if parameterCursor >= parameters.count - 1 { moveFocus(by: 1, layout: layout) } else { parameterCursor += 1 }
        case .new:
            let suggestion = suggestedHeaders.first
            parameters.append(ParameterRow(key: MethodResponse.headerPrefix + (suggestion ?? ""), value: ""))
            parameterCursor = parameters.count - 1
            parameterEdit = ParameterEdit(row: parameterCursor, editingValue: suggestion != nil, input: TextInput(suggestion != nil ? "" : MethodResponse.headerPrefix), isNew: true)
            message = FormMessage(isError: false, text: FormKeymap.hint(FormKeymap.parameterEdit(editingKey: suggestion == nil)))
        case .edit:
            guard parameters.indices.contains(parameterCursor) else { return .none }
            parameterEdit = ParameterEdit(row: parameterCursor, editingValue: true, input: TextInput(parameters[parameterCursor].value), isNew: false)
        case .delete:
            guard parameters.indices.contains(parameterCursor) else { return .none }
            parameters.remove(at: parameterCursor)
            parameterCursor = max(0, min(parameterCursor, parameters.count - 1))
            return .edited
        default:
            break
        }
        return .none
    }

    /// Declared headers of the status's method response not mapped yet.
    var suggestedHeaders: [String] {
        let declared = context.methodResponse(status.text)?.declaredHeaders ?? []
        let mapped = Set(parameters.map(\.key))
        return declared.filter { !mapped.contains(MethodResponse.headerPrefix + $0) }
    }

    private mutating func handleParameterEdit(_ action: Action, _ key: Key, _ edit: ParameterEdit) -> FormCommand {
        var edit = edit
        guard parameters.indices.contains(edit.row) else {
            parameterEdit = nil
            return .none
        }
        switch action {
        case .cancel:
            if edit.isNew {
                parameters.remove(at: edit.row)
                parameterCursor = max(0, min(parameterCursor, parameters.count - 1))
            }
            parameterEdit = nil
            return .none
        case .switchKeyValue:
            commit(edit)
            edit.editingValue.toggle()
            edit.input = TextInput(edit.editingValue ? parameters[edit.row].value : parameters[edit.row].key)
            parameterEdit = edit
            return .edited
        case .confirm:
            commit(edit)
            if !edit.editingValue {
                edit.editingValue = true
                edit.input = TextInput(parameters[edit.row].value)
                parameterEdit = edit
            } else {
                parameterEdit = nil
            }
            return .edited
        case .nextHeader:
            let declared = context.methodResponse(status.text)?.declaredHeaders ?? []
            guard !declared.isEmpty else {
                message = FormMessage(isError: false, text: "Method response \(status.text) declares no headers")
                return .none
            }
            let currentName = String(edit.input.text.dropFirst(MethodResponse.headerPrefix.count))
            let next = declared[((declared.firstIndex(of: currentName) ?? -1) + 1) % declared.count]
            edit.input = TextInput(MethodResponse.headerPrefix + next)
            parameterEdit = edit
            commit(edit)
            return .edited
        default:
            guard edit.input.handle(key) else { return .none }
            parameterEdit = edit
            commit(edit)
            return .edited
        }
    }

    private mutating func commit(_ edit: ParameterEdit) {
        guard parameters.indices.contains(edit.row) else { return }
        if edit.editingValue { parameters[edit.row].value = edit.input.text } else { parameters[edit.row].key = edit.input.text }
    }

    private mutating func handleTemplates(_ action: Action, layout: FormLayout) -> FormCommand {
        switch action {
        case .previousTab:
            if !templates.isEmpty { templateTab = (templateTab + templates.count - 1) % templates.count }
        case .nextTab:
            if !templates.isEmpty { templateTab = (templateTab + 1) % templates.count }
        case let .selectTab(index):
            if index < templates.count { templateTab = index }
        case .edit:
            if templates.isEmpty {
                return .ask(.addContentType(TextInput("application/json")))
            } else {
                return .editTemplate(edited: false)
            }
        case .new:
            let taken = Set(templates.map(\.contentType))
            let suggestion = ["application/json", "application/xml", "text/html", "text/plain"].first { !taken.contains($0) } ?? ""
            return .ask(.addContentType(TextInput(suggestion)))
        case .delete:
            if !templates.isEmpty { return .ask(.confirmRemoveTemplate) }
        case .clear:
            // Clearing keeps the entry: an empty template is not the same as no template.
            guard templates.indices.contains(templateTab), !templates[templateTab].editor.text.isEmpty else { return .none }
            let type = templates[templateTab].contentType
            templates[templateTab].editor.selectAll()
            _ = templates[templateTab].editor.cut()
            message = FormMessage(isError: false, text: "Cleared the \(type) template: it stays, empty (the payload is returned unmapped); \(FormKeymap.rows(for: .templates).label(of: .delete)) removes it")
            return .edited
        case .down:
            if layout.preview != nil { moveFocus(by: 1, layout: layout) }
        default:
            break
        }
        return .none
    }

    private mutating func handleSample(_ action: Action, _ key: Key, layout: FormLayout) -> FormCommand {
        switch action {
        case .up:
            if sample.part == .subject { moveFocus(by: -1, layout: layout) } else { sample.part = SamplePart(rawValue: sample.part.rawValue - 1) ?? .subject }
            return .none
        case .down:
            if sample.part == .body { moveFocus(by: 1, layout: layout) } else { sample.part = SamplePart(rawValue: sample.part.rawValue + 1) ?? .body }
            return .none
        case .edit:
            if sample.part == .subject { sample.part = .headers } else { editingSample = true }
            return .none
        case .nextPreset:
            presetIndex = (presetIndex + 1) % max(1, presets.count)
            guard presets.indices.contains(presetIndex) else { return .none }
            let preset = presets[presetIndex]
            sample = SampleState(preset.sample, isLambda: context.isLambda)
            message = FormMessage(isError: false, text: "Sample: \(preset.name)")
            return .sampleEdited
        case .type:
            guard sample.part == .subject else { return .none }
            let before = sample.subject.text
            guard sample.subject.handle(key) else { return .none }
            return sample.subject.text == before ? .none : .sampleEdited
        default:
            return .none
        }
    }

    /// Samples that select each of the method's integration responses.
    var presets: [(name: String, sample: SampleBackend)] {
        (context.methodValue.integration?.integrationResponses ?? []).map { response in
            var preset = SampleState.preset(for: response, method: context.methodValue)
            preset.headers = sample.backend.headers
            return ("selects \(response.statusCode)\(response.isDefault ? " (default)" : "")", preset)
        }
    }
}
