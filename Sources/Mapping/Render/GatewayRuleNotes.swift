import Velocity

/// Where a rule of API Gateway, not of stock Velocity, decided a render's output: the
/// references that were null or undefined and evaluated to `""` (the editor's preview shows
/// the first, and how many there were).
public struct GatewayRuleNotes: Sendable, Hashable {
    /// The first such place, as a sentence with its line and column.
    public var first: GatewayRuleNote?
    /// How many times a rule decided (a loop may count one reference many times).
    public var count: Int

    /// No rule decided anything.
    public init(first: GatewayRuleNote? = nil, count: Int = 0) {
        self.first = first
        self.count = count
    }

    /// The notes of a render's report: every invalid reference read (not `#set` of a null,
    /// which stock Velocity also ignores).
    init(report: RenderReport) {
        self.first = report.invalidReferences.first { $0.kind != .setMethod }.map(GatewayRuleNote.init(reference:))
        self.count = report.invalidReferenceCount - report.invalidSetCount
    }
}

/// One place where API Gateway's rule decided the output.
public struct GatewayRuleNote: Sendable, Hashable {
    /// What happened, e.g. "`$coupon` is undefined: API Gateway treats it as \"\"".
    public var message: String
    /// The 1-based line of the reference in the template.
    public var line: Int
    /// The 1-based column of the reference.
    public var column: Int

    /// Creates a note.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    init(reference: InvalidReference) {
        // A method is named as written (`$input.path('$.a')`, not Velocity's `$input.path()`).
        let message: String
        switch (reference.kind, reference.member) {
        case (.method, _): message = "`\(reference.text)` is null"
        case (_, nil): message = "`\(reference.reference)` is undefined"
        default: message = "`\(reference.reference)` is null or missing"
        }
        self.init(message: message + ": API Gateway treats it as \"\"", line: reference.location.line, column: reference.location.column)
    }
}
