import GatewayModel
import TerminalUI

/// The request the test panel sends, as the user gives it before running: the path and query
/// string (a one-line `TextInput`), headers, stage variables and a body (template editors).
/// It becomes the `TestInvokeRequest` that `gwx test` would send, and the replay uses the same.
struct TestRequestForm: Sendable {
    /// The fields, in Tab order.
    enum Field: Int, CaseIterable, Sendable {
        case path, headers, stageVariables, body

        /// The label above the field.
        var title: String {
            switch self {
            case .path: return "Path and query string"
            case .headers: return "Headers"
            case .stageVariables: return "Stage variables"
            case .body: return "Body"
            }
        }

        /// What goes in it, after the label when there is room.
        var shortNote: String {
            switch self {
            case .path: return "such as /pets/42?type=dog"
            case .headers: return "Name: value a line"
            case .stageVariables: return "name=value a line"
            case .body: return "empty: none"
            }
        }

        /// What goes in it, after the label when there is room.
        var note: String {
            switch self {
            case .path: return "to call, such as /pets/42?type=dog"
            case .headers: return "Name: value, one a line; a name given twice goes in multiValueHeaders"
            case .stageVariables: return "name=value, one a line"
            case .body: return "sent as it is; empty: no body"
            }
        }
    }

    /// A line of the form that is not a request (the field and the message).
    struct Problem: Error, Sendable {
        var field: Field
        var message: String
    }

    var path: TextInput
    var headers: TextEditorState
    var stageVariables: TextEditorState
    var body: TextEditorState
    var focus: Field = .path
    /// What is wrong with the request the user tried to run, under the fields.
    var problem: String?

    /// A form holding `request` (the last one run on this method, or just the resource's path).
    init(_ request: TestInvokeRequest) {
        path = TextInput(request.pathWithQueryString ?? "/")
        headers = TextEditorState(text: request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n"), language: .plain)
        stageVariables = TextEditorState(text: request.stageVariables.map { "\($0.name)=\($0.value)" }.joined(separator: "\n"), language: .plain)
        body = TextEditorState(text: request.body ?? "", language: .json)
    }

    /// The request the fields spell, or the first line that is not one.
    func request() -> Result<TestInvokeRequest, Problem> {
        let pathText = path.text.trimmingWhitespace()
        guard pathText.hasPrefix("/") else {
            return .failure(Problem(field: .path, message: "A request path starts with / (such as /pets/42?type=dog)"))
        }
        var headerPairs: [(name: String, value: String)] = []
        for (index, line) in headers.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            guard !text.trimmingWhitespace().isEmpty else { continue }
            guard let colon = text.firstIndex(of: ":") else {
                return .failure(Problem(field: .headers, message: "Headers line \(index + 1): \"\(Self.clipped(text))\" has no colon; write Name: value"))
            }
            let name = String(text[..<colon]).trimmingWhitespace()
            guard Self.isHeaderName(name) else {
                return .failure(Problem(field: .headers, message: "Headers line \(index + 1): \"\(Self.clipped(name))\" is not a header name (letters, digits and !#$%&'*+-.^_`|~, no spaces)"))
            }
            headerPairs.append((name: name, value: String(text[text.index(after: colon)...]).trimmingWhitespace()))
        }
        var variables: [(name: String, value: String)] = []
        for (index, line) in stageVariables.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            guard !text.trimmingWhitespace().isEmpty else { continue }
            guard let equals = text.firstIndex(of: "=") else {
                return .failure(Problem(field: .stageVariables, message: "Stage variables line \(index + 1): \"\(Self.clipped(text))\" has no =; write name=value"))
            }
            let name = String(text[..<equals]).trimmingWhitespace()
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }) else {
                return .failure(Problem(field: .stageVariables, message: "Stage variables line \(index + 1): a stage variable name has only letters, digits and _ (API Gateway's rule)"))
            }
            // Spaces around the value are invisible on screen: they are not part of it.
            variables.append((name: name, value: String(text[text.index(after: equals)...]).trimmingWhitespace()))
        }
        let bodyText = body.text
        return .success(TestInvokeRequest(pathWithQueryString: pathText, body: bodyText.isEmpty ? nil : bodyText, headers: headerPairs, stageVariables: variables))
    }

    /// An HTTP header name: a token (RFC 9110's `tchar`s).
    static func isHeaderName(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }

    /// A line quoted in a message, cut to a readable length.
    static func clipped(_ text: String, to length: Int = 40) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }

    /// The editor of a multi-line field.
    func editor(_ field: Field) -> TextEditorState? {
        switch field {
        case .path: return nil
        case .headers: return headers
        case .stageVariables: return stageVariables
        case .body: return body
        }
    }

    /// Changes the editor of a multi-line field.
    mutating func changeEditor(_ field: Field, _ change: (inout TextEditorState) -> Void) {
        switch field {
        case .path: return
        case .headers: change(&headers)
        case .stageVariables: change(&stageVariables)
        case .body: change(&body)
        }
    }

    /// Whether the field with the keys is a multi-line editor (without its search prompt open):
    /// Enter is a line break there, and text arriving in one read goes in as it is.
    var editorHasKeys: Bool {
        guard let editor = editor(focus) else { return false }
        return editor.search == nil
    }

    /// Whether the focused editor's search prompt is open (it takes Esc and Enter).
    var searching: Bool { editor(focus)?.search != nil }

    /// Moves to the next (or previous) field.
    mutating func move(by step: Int) {
        let count = Field.allCases.count
        focus = Field(rawValue: ((focus.rawValue + step) % count + count) % count) ?? .path
    }

    /// A key typed into the field with the keys; `viewport` is that editor's text area.
    mutating func type(_ key: Key, viewport: Size, clipboard: inout String) -> TextEditorOutcome {
        problem = nil
        if focus == .path {
            var input = path
            guard input.handle(key) else { return .ignored }
            path = input
            return .edited
        }
        var outcome = TextEditorOutcome.ignored
        changeEditor(focus) { outcome = $0.handle(key, viewport: viewport, clipboard: &clipboard) }
        return outcome
    }

    /// A paste into the field with the keys, as one edit (a 100 KB body is one insert).
    mutating func paste(_ text: String, viewport: Size) {
        problem = nil
        if focus == .path {
            path.paste(text)
            return
        }
        changeEditor(focus) { _ = $0.paste(text, viewport: viewport) }
    }
}
