/// A parsed response parameter mapping expression: where a method response header's value
/// comes from. Printing (`description`) gives back the text API Gateway stores.
public enum ResponseParameterSource: Hashable, Sendable, CustomStringConvertible {
    /// `'text'`: a static value (without the quotes).
    case staticValue(String)
    /// `integration.response.header.NAME`.
    case header(String)
    /// `integration.response.multivalueheader.NAME`.
    case multiValueHeader(String)
    /// `integration.response.body`: the whole body.
    case body
    /// `integration.response.body.FIELD.SUB`: a JSONPath into the body, written without `$.`.
    case bodyPath(String)
    /// `context.VARIABLE` (`context.requestId`, `context.identity.sourceIp`).
    case context(String)
    /// `stageVariables.NAME`.
    case stageVariable(String)

    static let headerPrefix = "integration.response.header."
    static let multiValueHeaderPrefix = "integration.response.multivalueheader."
    static let bodyPrefix = "integration.response.body"
    static let contextPrefix = "context."
    static let stageVariablesPrefix = "stageVariables."

    /// The mapping expression text.
    public var description: String {
        switch self {
        case .staticValue(let value): return "'\(value)'"
        case .header(let name): return Self.headerPrefix + name
        case .multiValueHeader(let name): return Self.multiValueHeaderPrefix + name
        case .body: return Self.bodyPrefix
        case .bodyPath(let path): return Self.bodyPrefix + "." + path
        case .context(let variable): return Self.contextPrefix + variable
        case .stageVariable(let name): return Self.stageVariablesPrefix + name
        }
    }

    /// Parses a mapping expression, or throws a message that says what API Gateway accepts.
    public init(parsing text: String) throws(ModelError) {
        func fail(_ message: String) -> ModelError { ModelError(message, input: text) }
        if text.hasPrefix("'") {
            guard text.count >= 2, text.hasSuffix("'") else {
                throw fail("Static value \(text) is missing its closing single quote: write '\(text.dropFirst())'.")
            }
            self = .staticValue(String(text.dropFirst().dropLast()))
            return
        }
        if text.hasPrefix("\"") {
            throw fail("Mapping expression \(text) uses double quotes: API Gateway static values use single quotes, for example '\(text.filter { $0 != "\"" })'.")
        }
        if text.hasPrefix("$") {
            let field = text.drop { $0 == "$" || $0 == "." }
            throw fail("Mapping expression \"\(text)\" is a JSONPath: API Gateway writes a body field as integration.response.body.\(field.isEmpty ? "FIELD" : String(field)) (no \"$\").")
        }
        if let name = text.dropPrefix(Self.headerPrefix) {
            guard HTTPToken.isValid(name) else { throw fail(Self.badName(text, kind: "header", prefix: Self.headerPrefix)) }
            self = .header(name)
        } else if let name = text.dropPrefix(Self.multiValueHeaderPrefix) {
            guard HTTPToken.isValid(name) else { throw fail(Self.badName(text, kind: "header", prefix: Self.multiValueHeaderPrefix)) }
            self = .multiValueHeader(name)
        } else if text == Self.bodyPrefix {
            self = .body
        } else if let path = text.dropPrefix(Self.bodyPrefix + ".") {
            if path.hasPrefix("$") {
                let field = path.drop { $0 == "$" || $0 == "." }
                throw fail("Mapping expression \"\(text)\" starts its JSONPath with \"$\": API Gateway writes integration.response.body.\(field.isEmpty ? "FIELD" : String(field)) (the \"$.\" is left out).")
            }
            guard Self.isBodyPath(path) else {
                throw fail("Mapping expression \"\(text)\" has an invalid body path: write fields separated by dots, for example integration.response.body.error.code.")
            }
            self = .bodyPath(path)
        } else if let variable = text.dropPrefix(Self.contextPrefix) {
            guard Self.isDottedName(variable) else { throw fail(Self.badName(text, kind: "context variable", prefix: Self.contextPrefix)) }
            self = .context(variable)
        } else if let name = text.dropPrefix(Self.stageVariablesPrefix) {
            guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw fail(Self.badName(text, kind: "stage variable", prefix: Self.stageVariablesPrefix))
            }
            self = .stageVariable(name)
        } else {
            throw fail("Mapping expression \"\(text)\" is not one API Gateway accepts: use 'static value' (in single quotes), integration.response.header.NAME, integration.response.multivalueheader.NAME, integration.response.body, integration.response.body.FIELD, context.VARIABLE or stageVariables.NAME.")
        }
    }

    private static func badName(_ text: String, kind: String, prefix: String) -> String {
        text == prefix
            ? "Mapping expression \"\(text)\" needs a \(kind) name after \(prefix)"
            : "Mapping expression \"\(text)\" does not name a valid \(kind) after \(prefix)"
    }

    /// Dot-separated identifiers, each with optional `[n]` or `['key']` subscripts.
    static func isBodyPath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("."), !path.hasSuffix("."), !path.contains("..") else { return false }
        return path.allSatisfy { !$0.isWhitespace }
    }

    static func isDottedName(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("."), !name.hasSuffix("."), !name.contains("..") else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-") }
    }
}

/// RFC 9110 tokens (header field names).
enum HTTPToken {
    /// Whether `name` is a non-empty token: letters, digits and ``!#$%&'*+-.^_`|~``.
    static func isValid(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$%&'*+-.^_`|~".unicodeScalars.contains(scalar))
        }
    }
}

extension String {
    /// The rest of the string after `prefix`, or `nil` if it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
