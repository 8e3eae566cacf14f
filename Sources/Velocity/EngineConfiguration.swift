// How an engine is configured: the runtime properties of Velocity 1.7 that change what a
// template means (which directives exist, whether `#macro` defines anything) and its
// InvalidReferenceEventHandler. The default is stock Velocity 1.7.

import Text

/// The runtime configuration of the engine (Velocity's `velocity.properties`); the default is
/// stock Velocity 1.7. The engine has no resource loader: `#include` and `#parse`, when they are
/// among `directives`, fail with a located error when rendered.
public struct EngineConfiguration: Sendable {
    /// The directives stock Velocity 1.7 registers (its `directive.properties`).
    public static let velocityDirectives: Set<String> = ["foreach", "include", "parse", "macro", "literal", "evaluate", "break", "define", "stop"]

    /// `velocimacro.permissions.allow.inline`: when false, `#macro` defines nothing (it renders
    /// nothing) and every call of it prints as written.
    public var allowsInlineMacros: Bool
    /// The directive names the engine knows (Velocity's `directive.properties`); any other
    /// `#name(...)` is a macro call, printed as written when no such macro exists.
    public var directives: Set<String>
    /// `eventhandler.invalidreferences.class`: asked for a value whenever a reference is null
    /// or undefined; nil is stock Velocity (no handler).
    public var invalidReferenceHandler: (any InvalidReferenceEventHandler)?

    /// Stock Velocity 1.7 unless told otherwise.
    public init(allowsInlineMacros: Bool = true, directives: Set<String> = EngineConfiguration.velocityDirectives,
                invalidReferenceHandler: (any InvalidReferenceEventHandler)? = nil) {
        self.allowsInlineMacros = allowsInlineMacros
        self.directives = directives
        self.invalidReferenceHandler = invalidReferenceHandler
    }
}

/// Velocity 1.7's `InvalidReferenceEventHandler`: consulted where a reference evaluates to null
/// (`ASTReference.execute`) or `#set` gets a null value (`ASTSetDirective`). A value returned
/// replaces the null everywhere the reference is used (printing, `#if`, `==`, arguments, `#set`).
public protocol InvalidReferenceEventHandler: Sendable {
    /// A variable is undefined or null (`$x`), or a property is missing or null (`$a.b`).
    func invalidGetMethod(_ reference: InvalidReference) -> Value?
    /// `#set` got a null value and leaves its target unchanged (Velocity ignores the answer).
    func invalidSetMethod(_ reference: InvalidReference)
    /// A method is missing or returned null (`$a.b()`).
    func invalidMethod(_ reference: InvalidReference) -> Value?
}

/// One call of the invalid reference handler, with what Velocity 1.7 passes it.
public struct InvalidReference: Sendable, Equatable {
    /// Which of the handler's methods was called.
    public enum Kind: Sendable, Equatable {
        case getMethod, setMethod, method
    }

    /// Which method of the handler was called.
    public var kind: Kind
    /// The reference up to the step that failed, as Velocity names it: `$x`, `$!x`, `$a.b`,
    /// `$a.b()`; for `#set`, the name assigned (`y` of `#set($y = …)`).
    public var reference: String
    /// The property or method that failed (`b`), nil when the root variable itself did.
    public var member: String?
    /// The whole reference as the template writes it (`$input.path('$.a')`; for `#set`, its target).
    public var text: String
    /// Where the reference (or the `#set`) is.
    public var location: SourceLocation

    /// Creates a record of one call.
    public init(kind: Kind, reference: String, member: String?, text: String, location: SourceLocation) {
        self.kind = kind
        self.reference = reference
        self.member = member
        self.text = text
        self.location = location
    }
}

/// What a render reports besides its output.
public struct RenderReport: Sendable, Equatable {
    /// How many of the first handler calls are kept in `invalidReferences`.
    public static let keptInvalidReferences = 20

    /// The first calls of the invalid reference handler, in order.
    public var invalidReferences: [InvalidReference] = []
    /// How many calls of the handler there were in all (a loop may make thousands).
    public var invalidReferenceCount = 0
    /// How many of them were `invalidSetMethod` calls.
    public var invalidSetCount = 0
    /// Each `#foreach` run that stopped at the iteration limit, in the order they ran.
    public var truncatedLoops: [TruncatedLoop] = []

    /// An empty report.
    public init() {}

    /// Records one handler call.
    mutating func record(_ reference: InvalidReference) {
        invalidReferenceCount += 1
        if reference.kind == .setMethod { invalidSetCount += 1 }
        if invalidReferences.count < RenderReport.keptInvalidReferences { invalidReferences.append(reference) }
    }
}

/// A handler that answers every invalid reference with the same text (such as `""`).
public struct ConstantInvalidReferenceHandler: InvalidReferenceEventHandler {
    /// The answer, as text (a `Value` itself is not Sendable).
    public let text: String

    /// Answers every invalid reference with `text`.
    public init(text: String) {
        self.text = text
    }

    public func invalidGetMethod(_ reference: InvalidReference) -> Value? { .string(text) }
    public func invalidSetMethod(_ reference: InvalidReference) {}
    public func invalidMethod(_ reference: InvalidReference) -> Value? { .string(text) }
}
