import Velocity

/// A template that failed to parse or render, with its place; when the cause is a body that
/// is not JSON, the body's place too.
public struct RenderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template error (`NAME:LINE:COLUMN`, message, source line).
    public var templateError: TemplateError
    /// Where the body stopped being JSON, when that is why the template failed.
    public var bodyError: JSONSyntaxError?
    /// The body's name for the note (`body.json`).
    public var bodyName: String

    /// Creates a render error.
    public init(templateError: TemplateError, bodyError: JSONSyntaxError? = nil, bodyName: String = "body") {
        self.templateError = templateError
        self.bodyError = bodyError
        self.bodyName = bodyName
    }

    /// The template error with its line and caret, then, for a body error, a note with the
    /// body's line and caret: `body.json:3:14: note: expected ',' or '}'`.
    public var description: String {
        var text = templateError.description
        if let bodyError {
            text += "\n" + bodyError.formatted(name: bodyName, severity: "note")
        }
        return text
    }
}
