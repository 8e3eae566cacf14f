import TerminalUI

extension ResponseForm {
    /// Whether a multi-line editor (the sample's headers or body) has the keys,
    /// with no prompt over it: text arriving in one read goes in as it is.
    var takesTextBlocks: Bool {
        guard parameterEdit == nil else { return false }
        if focus == .sample, editingSample {
            return (sample.part == .body ? sample.body.search : sample.headers.search) == nil
        }
        return false
    }

    /// Pastes into the field that has the keys, as one edit; a field that is not being typed
    /// in takes nothing (the paste's bytes are not keys).
    mutating func paste(_ text: String, layout: FormLayout) -> FormCommand {
        message = nil
        if var edit = parameterEdit {
            guard parameters.indices.contains(edit.row) else { return .none }
            edit.input.paste(text)
            parameterEdit = edit
            if edit.editingValue { parameters[edit.row].value = edit.input.text } else { parameters[edit.row].key = edit.input.text }
            return .edited
        }
        switch focus {
        case .sample where editingSample:
            let isBody = sample.part == .body
            let viewport = isBody ? layout.sampleBodyViewport : layout.sampleHeadersViewport
            let outcome = isBody ? sample.body.paste(text, viewport: viewport) : sample.headers.paste(text, viewport: viewport)
            guard outcome == .edited else { return .none }
            if isBody { sample.bodyEdited() }
            return .sampleEdited
        case .sample where sample.part == .subject:
            let before = sample.subject.text
            sample.subject.paste(text)
            return sample.subject.text == before ? .none : .sampleEdited
        case .status, .pattern:
            var input = focus == .status ? status : pattern
            let before = input.text
            input.paste(text)
            if focus == .status { status = input } else { pattern = input }
            return input.text == before ? .none : .edited
        default:
            message = FormMessage(isError: false, text: "Nothing to paste into here: \(FormKeymap.rows(for: .templates).key(of: .edit)) starts editing the template, then paste")
            return .none
        }
    }
}
