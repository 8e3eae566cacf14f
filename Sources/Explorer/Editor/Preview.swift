import Foundation
import GatewayModel
import JavaRegex
import Mapping
import TerminalUI

/// The part of the sample backend response being edited.
enum SamplePart: Int, CaseIterable, Hashable, Sendable { case subject, headers, body }

/// The sample backend response: inputs for status (or Lambda error message), headers and body.
struct SampleState: Equatable, Sendable {
    var subject: TextInput
    var errorMode: Bool
    var headers: TextEditorState
    var body: TextEditorState
    var part: SamplePart = .subject
    /// The body as text, kept in step with the editor (a large body is joined once per edit).
    private(set) var bodyText: String

    init(_ backend: SampleBackend, isLambda: Bool = false) {
        errorMode = isLambda
        subject = TextInput(isLambda ? backend.errorMessage : backend.statusCode)
        headers = TextEditorState(text: backend.headers, language: .plain)
        body = TextEditorState(text: backend.body, language: .json)
        bodyText = backend.body
        statusCode = backend.statusCode
        errorMessage = backend.errorMessage
    }

    private var statusCode: String
    private var errorMessage: String

    /// The sample as stored with the draft.
    var backend: SampleBackend {
        SampleBackend(statusCode: errorMode ? statusCode : subject.text, errorMessage: errorMode ? subject.text : errorMessage, headers: headers.text, body: bodyText)
    }

    /// Re-reads the body after an edit of the body editor.
    mutating func bodyEdited() { bodyText = body.text }

    /// A sample that selects `response`: a status its pattern matches (or a Lambda error
    /// message made from the pattern), with a JSON body.
    static func preset(for response: IntegrationResponse, method: Method) -> SampleBackend {
        var sample = SampleBackend()
        let pattern = response.selectionPattern ?? ""
        if method.integration?.isLambda ?? false {
            sample.errorMessage = pattern.isEmpty ? "" : exampleMessage(for: pattern)
            sample.body = pattern.isEmpty ? "{\"id\": 1, \"name\": \"Rex\"}" : ""
            return sample
        }
        if !pattern.isEmpty, Validation.selectionPatternLength(pattern) == nil, let regex = try? JavaRegex(pattern) {
            let candidates = [response.statusCode] + (100...599).map(String.init)
            sample.statusCode = candidates.first { regex.matchesWhole($0) } ?? response.statusCode
        } else {
            sample.statusCode = response.statusCode.isEmpty ? "200" : response.statusCode
        }
        sample.body = "{\"id\": 1, \"name\": \"Rex\"}"
        return sample
    }

    /// A message a pattern probably matches: the pattern with its regex syntax taken out.
    static func exampleMessage(for pattern: String) -> String {
        var text = pattern
        for token in [".*", ".+", "^", "$", "\\s", "\\d", "(", ")", "?", "\\"] { text = text.replacingOccurrences(of: token, with: token == "\\s" ? " " : "") }
        text = text.split(separator: "|").first.map(String.init) ?? text
        if Validation.selectionPatternLength(pattern) == nil, let regex = try? JavaRegex(pattern), regex.matchesWhole(text) { return text }
        return text.isEmpty ? "Error" : text
    }
}

/// One header of the previewed method response.
struct PreviewHeader: Hashable, Sendable {
    var name: String
    var value: String
}

/// A problem the preview found, with its place in the form when it has one.
struct PreviewIssue: Hashable, Sendable {
    var isError: Bool
    var message: String
    /// The integration response it is in, if any.
    var statusCode: String?
    /// `selectionPattern`, `responseTemplates[application/json]`, …
    var field: String?
    /// 1-based line and column inside a template.
    var line: Int?
    var column: Int?
}

/// What the simulator answered for a sample.
struct PreviewOutcome: Hashable, Sendable {
    var statusCode: String
    var selected: String
    var headers: [PreviewHeader]
    /// The first lines of the body (a huge body is cut for the screen).
    var bodyLines: [String]
    var bodyLineCount: Int
    var issues: [PreviewIssue]
    var steps: [String]
    /// `gwx lint`'s findings for the method with the draft in place, on the sample body.
    var lint: [LintFinding] = []
    /// Where an API Gateway rule, not Velocity, decided the body (the first place, and how
    /// many more), e.g. "`$coupon` is undefined: API Gateway treats it as \"\"".
    var gatewayRule: String? = nil
}

/// What to simulate: the method with the draft in place and the sample.
struct PreviewJob: Hashable, Sendable {
    var method: Method
    var resourcePath: String
    var sample: SampleBackend
    var errorMode: Bool
    /// The content type of the template shown, sent as `Accept` so its template is the one run.
    var accept: String?
    /// The status code of the response being edited: the one `gwx lint` checks.
    var lintStatusCode: String?
}

/// The preview's state: the last outcome, and the run in flight (edits during a run only
/// mark it stale, so renders are coalesced: at most one runs, and one more follows).
struct PreviewState: Equatable, Sendable {
    var outcome: PreviewOutcome?
    var running: Int?
    var stale = false
    var firstLine = 0
}
