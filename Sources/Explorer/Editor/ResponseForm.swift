import GatewayModel
import TerminalUI

/// The fields of the integration-response form, in Tab order.
enum FormField: Int, CaseIterable, Hashable, Sendable {
    case status, pattern, contentHandling, parameters, templates, sample
}

/// One row of the response parameters table.
struct ParameterRow: Hashable, Sendable {
    var key: String
    var value: String
}

/// The row being typed into, and which side.
struct ParameterEdit: Hashable, Sendable {
    var row: Int
    var editingValue: Bool
    var input: TextInput
    /// Whether the row was added for this edit (Esc removes it again).
    var isNew: Bool
}

/// One response template tab: its content type and its editor.
struct TemplateTab: Equatable, Sendable {
    var contentType: String
    var editor: TextEditorState
}

/// A line under the form: what happened or what is wrong.
struct FormMessage: Hashable, Sendable {
    var isError: Bool
    var text: String
}

/// Everything about the method the form edits that the form needs to know.
struct FormContext: Hashable, Sendable {
    var api: APIKey
    var sourceLabel: String
    /// The source's stable identity, which keys the draft.
    var sourceIdentity: String
    var method: MethodID
    var resourcePath: String
    var methodValue: Method
    /// The response as the source had it; `nil` when adding one.
    var original: IntegrationResponse?

    /// The method response the form's status code maps to, if declared.
    func methodResponse(_ status: String) -> MethodResponse? { methodValue.methodResponse(statusCode: status) }
    /// The draft key.
    var draftKey: DraftKey { DraftKey(source: sourceIdentity, method: method, status: original?.statusCode) }
    /// Whether patterns match Lambda error messages rather than status codes.
    var isLambda: Bool { methodValue.integration?.isLambda ?? false }
}

/// The integration-response form: every field's input, the focus and the preview (a question
/// it asks is a `FormQuestion` over it).
struct ResponseForm: Equatable, Sendable {
    var context: FormContext
    var status: TextInput
    var pattern: TextInput {
        didSet { if pattern.text != patternCheck.text { patternCheck = PatternCheck(pattern.text) } }
    }
    /// The pattern checked and compiled, once per text (validation and drawing read it).
    private(set) var patternCheck = PatternCheck("")
    var contentHandling: ContentHandling?
    var parameters: [ParameterRow]
    var parameterCursor = 0
    var parameterEdit: ParameterEdit?
    var templates: [TemplateTab]
    var templateTab = 0
    var focus: FormField = .status
    var message: FormMessage?
    var sample: SampleState
    /// Whether a sample editor (headers or body) has the keys.
    var editingSample = false
    /// The sample preset last chosen with Ctrl-R.
    var presetIndex = -1
    var preview = PreviewState()
    /// On narrow terminals the preview replaces the form while shown.
    var showPreview = false
    /// The save in flight.
    var savingRequest: Int?

    /// A form for a response (or a new one), with a draft's values when restoring one.
    init(context: FormContext, draft: Draft?) {
        self.context = context
        let response = draft?.current.response ?? context.original ?? IntegrationResponse(statusCode: "")
        status = TextInput(response.statusCode)
        pattern = TextInput(response.selectionPattern ?? "")
        patternCheck = PatternCheck(pattern.text)
        contentHandling = response.contentHandling
        parameters = response.responseParameters.entries.map { ParameterRow(key: $0.key, value: $0.value) }
        templates = response.responseTemplates.entries.map {
            TemplateTab(contentType: $0.key, editor: TextEditorState(text: $0.value, language: .template(mediaType: $0.key)))
        }
        sample = SampleState(draft?.sample ?? SampleState.preset(for: response, method: context.methodValue), isLambda: context.isLambda)
        if context.original == nil, draft == nil {
            status = TextInput(Self.suggestedStatus(for: context.methodValue))
        }
    }

    /// A status code for a new response: the first method response without an integration response.
    static func suggestedStatus(for method: Method) -> String {
        let used = Set(method.integration?.integrationResponses.map(\.statusCode) ?? [])
        return method.methodResponses.map(\.statusCode).first { !used.contains($0) } ?? ""
    }

    /// The response as the form has it now.
    var current: IntegrationResponse {
        IntegrationResponse(
            statusCode: status.text.trimmingWhitespace(),
            selectionPattern: pattern.text.isEmpty ? nil : pattern.text,
            responseParameters: OrderedMap(parameters.map { ($0.key, $0.value) }),
            responseTemplates: OrderedMap(templates.map { ($0.contentType, $0.editor.text) }),
            contentHandling: contentHandling
        )
    }

    /// Whether anything differs from what the source has.
    var isDirty: Bool {
        guard let original = context.original else { return true }
        return current.normalized != original.normalized
    }

    /// The draft to journal for the form's state now.
    func draft(writtenAt: Double) -> Draft {
        Draft(key: context.draftKey, apiId: context.method.restApiId, resourceId: context.method.resourceId, resourcePath: context.resourcePath,
              httpMethod: context.method.httpMethod, original: context.original.map(ResponseRecord.init), current: ResponseRecord(current),
              sample: sample.backend, writtenAt: writtenAt)
    }

    /// The method with the form's response in place of the original (for the preview).
    var methodWithDraft: Method {
        var method = context.methodValue
        guard var integration = method.integration else { return method }
        let response = current
        if let original = context.original, let index = integration.integrationResponses.firstIndex(where: { $0.statusCode == original.statusCode }) {
            integration.integrationResponses[index] = response
        } else {
            integration.integrationResponses.append(response)
        }
        method.integration = integration
        return method
    }

    /// The template editor shown, if there is a template.
    var currentEditor: TextEditorState? {
        templates.indices.contains(templateTab) ? templates[templateTab].editor : nil
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
