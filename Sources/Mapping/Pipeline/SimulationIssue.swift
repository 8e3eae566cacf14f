import Text

/// An error or warning found while simulating, with the place it belongs to.
public struct SimulationIssue: Hashable, Sendable, CustomStringConvertible {
    /// How serious an issue is.
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    /// The pipeline stage an issue comes from.
    public enum Stage: String, Hashable, Sendable {
        case selection, responseParameters, template, responseOverride, contentHandling, configuration
    }

    /// Error or warning.
    public var severity: Severity
    /// The stage it comes from.
    public var stage: Stage
    /// Where it is.
    public var place: SimulationPlace
    /// What is wrong and what to do, in one or two sentences.
    public var message: String

    /// Creates a value from its parts.
    public init(severity: Severity, stage: Stage, place: SimulationPlace, message: String) {
        self.severity = severity
        self.stage = stage
        self.place = place
        self.message = message
    }

    /// `PLACE: error: MESSAGE`, then the source line and a caret when the place has a column.
    public var description: String {
        var text = "\(place): \(severity.rawValue): \(message)"
        if let line = place.sourceLine, let column = place.column {
            text += "\n" + Caret.excerpt(line: line, column: column)
        }
        return text
    }
}

/// Where in the method's configuration an issue is.
public struct SimulationPlace: Hashable, Sendable, CustomStringConvertible {
    /// The integration response's status code, when the issue is in one.
    public var statusCode: String?
    /// The field: `selectionPattern`, `responseParameters[method.response.header.X]`,
    /// `responseTemplates[application/json]`, `contentHandling`, …
    public var field: String?
    /// A 1-based line inside the field's text (templates).
    public var line: Int?
    /// A 1-based column inside that line.
    public var column: Int?
    /// The text of that line, for a caret display.
    public var sourceLine: String?

    /// Creates a value from its parts.
    public init(statusCode: String? = nil, field: String? = nil, line: Int? = nil, column: Int? = nil, sourceLine: String? = nil) {
        self.statusCode = statusCode
        self.field = field
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// `integration response 404 responseTemplates[application/json]:3:7`.
    public var description: String {
        var parts: [String] = []
        if let statusCode { parts.append("integration response \(statusCode)") }
        if let field { parts.append(field) }
        var text = parts.isEmpty ? "method" : parts.joined(separator: " ")
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}
