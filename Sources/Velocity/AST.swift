// The syntax tree of a parsed template. Every node that can fail at render time carries its
// source location. The tree is immutable and Sendable, so a parsed template can be shared.

import Text

/// A sequence of nodes rendered in order.
typealias Block = [Node]

/// A statement of a template.
indirect enum Node: Sendable {
    /// Literal output (text, comments' leftovers, escapes, #[[ ]]# blocks, #literal bodies).
    case text(String)
    /// `$a.b(1)[2]`, printed.
    case reference(ReferenceNode)
    /// `#set($a = expression)`.
    case set(SetNode)
    /// `#if (...) ... #elseif (...) ... #else ... #end`.
    case ifChain(IfNode)
    /// `#foreach($x in expression) ... #end`.
    case foreach(ForeachNode)
    /// `#name(args)` or `#@name(args) body #end`: a macro call, or literal text when no macro
    /// of that name exists when it runs.
    case macroCall(MacroCallNode)
    /// `#define($name) body #end`.
    case define(DefineNode)
    /// `#evaluate(expression)`.
    case evaluate(Expression, SourceLocation)
    /// `#break` or `#break($scope)`.
    case breakDirective(Expression?, SourceLocation)
    /// `#stop`.
    case stop(SourceLocation)
    /// A directive gwx cannot run offline (`#include`, `#parse`): fails when rendered.
    case unsupported(name: String, location: SourceLocation)
    /// A macro definition; renders nothing (macros are collected when parsing).
    case macroDefinition
}

/// The kind of a reference, as Velocity 1.7 classifies it.
enum ReferenceKind: Sendable {
    /// `$a`
    case normal
    /// `${a}`
    case formal
    /// `$!a` or `$!{a}`: null prints nothing.
    case quiet
    /// Not a computable reference (e.g. `$\!a`): prints its text.
    case text
}

/// A reference: a root name and a chain of properties, method calls and indexes.
/// A class so that rendering passes it around without copying its strings.
final class ReferenceNode: Sendable {
    let location: SourceLocation
    let kind: ReferenceKind
    let rootName: String
    let modifiers: [Modifier]
    /// An odd number of backslashes before the `$`: the reference prints as its text.
    let escaped: Bool
    /// Half of the backslashes before the `$` (they print before the reference).
    let escapePrefix: String
    /// Text glued before the `$` by the lexer (`#$a`, `$$a`), printed as is.
    let morePrefix: String
    /// The reference's own text, printed when it is escaped or null (stock Velocity).
    let literal: String
    /// Velocity's null literal: the text for normal references, empty for `$!` ones.
    let nullString: String
    /// False for `$\!a`, which Velocity never evaluates (it is always null).
    let computable: Bool
    /// The first token's text after the prefixes (what a plain `#set` assigns to, minus `$`).
    let firstImage: String
    /// `escapePrefix + morePrefix`: what prints before a value (joined once, when parsed).
    let valuePrefix: String
    /// The root name's number in its template's numbering (`names`).
    let nameNumber: Int
    /// The numbering `nameNumber` belongs to.
    let names: NameTableToken
    /// Whether a plain `#set` of this reference assigns the root variable itself (`$a`, not
    /// `$!a` or `${a}`, whose first token Velocity assigns to instead).
    let setsRoot: Bool

    init(location: SourceLocation, kind: ReferenceKind, rootName: String, modifiers: [Modifier], escaped: Bool,
         escapePrefix: String, morePrefix: String, literal: String, nullString: String,
         computable: Bool = true, firstImage: String = "", numbering: NameNumbering) {
        self.location = location
        self.kind = kind
        self.rootName = rootName
        self.modifiers = modifiers
        self.escaped = escaped
        self.escapePrefix = escapePrefix
        self.morePrefix = morePrefix
        self.literal = literal
        self.nullString = nullString
        self.computable = computable
        self.firstImage = firstImage
        self.valuePrefix = escapePrefix + morePrefix
        self.nameNumber = numbering.number(of: rootName)
        self.names = numbering.token
        self.setsRoot = firstImage.dropFirst() == rootName
    }
}

/// One step after a reference's root.
enum Modifier: Sendable {
    /// `.name` (Java bean rules: `getName()`, `get("name")`, `isName()`).
    case property(PropertyStep)
    /// `.name(arguments)`.
    case method(MethodCall)
    /// `[index]`.
    case index(IndexStep)
}

// The steps are classes: a render borrows them (one retain) instead of copying their fields.

/// `.name` in a reference.
final class PropertyStep: Sendable {
    let name: String
    let location: SourceLocation

    init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}

/// `[expression]` in a reference.
final class IndexStep: Sendable {
    let expression: Expression
    let location: SourceLocation

    init(expression: Expression, location: SourceLocation) {
        self.expression = expression
        self.location = location
    }
}

/// `.name(arguments)` in a reference.
final class MethodCall: Sendable {
    let name: String
    let arguments: [Expression]
    let location: SourceLocation

    init(name: String, arguments: [Expression], location: SourceLocation) {
        self.name = name
        self.arguments = arguments
        self.location = location
    }
}

/// `#set(left = right)`.
struct SetNode: Sendable {
    var location: SourceLocation
    var target: ReferenceNode
    var value: Expression
}

/// An `#if` chain: conditions with their bodies, then the optional `#else` body.
struct IfNode: Sendable {
    var branches: [(condition: Expression, body: Block)]
    var elseBody: Block?
}

/// `#foreach($variable in iterable) body #end`.
struct ForeachNode: Sendable {
    var location: SourceLocation
    var variable: String
    /// The variable's number in its template's numbering (`names`).
    var variableNumber: Int
    var names: NameTableToken
    var iterable: Expression
    var body: Block
}

/// A call of a macro (or what may be one), with the source text to print when it is not.
struct MacroCallNode: Sendable {
    var location: SourceLocation
    var name: String
    var arguments: [Expression]
    /// The body of a block call `#@name(...) body #end`.
    var body: Block?
    /// The call's source text, printed when no macro of that name exists.
    var literal: String
}

/// `#define($name) body #end`.
struct DefineNode: Sendable {
    var location: SourceLocation
    var name: String
    var body: Block
}

/// A macro defined with `#macro(name $a $b) body #end`.
struct MacroDefinition: Sendable {
    var name: String
    var parameters: [String]
    var body: Block
    var location: SourceLocation
}

/// An expression, with its place and its source text (Velocity prints the text of a null
/// operand in string concatenation).
struct Expression: Sendable {
    var kind: ExpressionKind
    var location: SourceLocation
    var literal: String
}

/// The kinds of expressions.
indirect enum ExpressionKind: Sendable {
    case reference(ReferenceNode)
    /// A string without interpolation.
    case string(String)
    /// A double-quoted string with `$` or `#`: a small template rendered each time.
    case interpolated(Block, keepsLastCharacter: Bool)
    case integer(Int)
    /// An integer literal beyond Long (Java's BigInteger).
    case bigInteger(String)
    case double(Double)
    case boolean(Bool)
    case list([Expression])
    case map([MapEntryExpression])
    case range(Expression, Expression)
    case binary(BinaryOperator, Expression, Expression)
    case not(Expression)
    /// A bare word in a directive's arguments (`in` of `#foreach`).
    case word(String)
}

/// One `key : value` of a map literal.
struct MapEntryExpression: Sendable {
    var key: Expression
    var value: Expression
}

/// The binary operators of VTL.
enum BinaryOperator: Sendable {
    case or, and, equal, notEqual, less, greater, lessOrEqual, greaterOrEqual
    case add, subtract, multiply, divide, modulo
}
