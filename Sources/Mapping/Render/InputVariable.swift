import Velocity

/// API Gateway's `$input`: the body (raw, or read as JSON once and shared by `path` and
/// `json`) and the method request's parameters.
public final class InputVariable: VelocityObject {
    /// The raw body (`{}` for an empty payload).
    let body: String
    /// Path, query string and header parameters, in that order.
    let parameters: [(kind: String, values: [(name: String, value: String)])]
    // The caches below are read and replaced, never held across a call (no overlapping
    // access), so their exclusivity checks are skipped: they were a tenth of `$input.path`.
    @exclusivity(unchecked) private var document: Value?
    /// The body's JSON error, once a template asked for it as JSON and it was not.
    private(set) var bodyError: JSONSyntaxError?
    /// The first paths parsed in this render, searched in order: comparing a template's few
    /// path literals is cheaper than hashing them.
    @exclusivity(unchecked) private var recentPaths: [(text: String, path: JSONPath)] = []
    /// Paths parsed in this render beyond `recentPaths`, by their text.
    @exclusivity(unchecked) private var parsedPaths: [String: JSONPath] = [:]
    /// How many paths `recentPaths` holds at most.
    private static let recentPathLimit = 8

    /// Creates `$input` for a body and the request's parameters.
    init(body: String, path: [(String, String)], querystring: [(String, String)], header: [(String, String)]) {
        // API Gateway hands a template `{}` for an empty payload: `$input.body` prints `{}`, and
        // `$input.json('$')` and `$input.path('$')` read it as an empty object.
        self.body = body.isEmpty ? "{}" : body
        self.parameters = [
            ("path", path.map { (name: $0.0, value: $0.1) }),
            ("querystring", querystring.map { (name: $0.0, value: $0.1) }),
            ("header", header.map { (name: $0.0, value: $0.1) }),
        ]
    }

    public var description: String { "$input" }

    public func property(_ name: String) -> Value? {
        name == "body" ? .string(body) : nil
    }

    public func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        // `path` and `json` first: they are most of the calls.
        switch (method, arguments.count) {
        case ("path", 1): return try evaluate(arguments[0], method: "path") ?? .null
        case ("json", 1):
            guard let value = try evaluate(arguments[0], method: "json") else { return .string("null") }
            return .string(value.gatewayJSON)
        case ("getBody", 0): return .string(body)
        case ("params", 0): return .map(allParameters())
        case ("params", 1): return .string(parameter(named: arguments[0].javaString))
        default: return nil
        }
    }

    /// The parsed body; every call shares it, so changes made by a template are seen later.
    private func parsedBody(method: String) throws(VelocityObjectError) -> Value {
        if let document { return document }
        do {
            let value = try JSONParser.parseBodyValue(body)
            document = value
            return value
        } catch {
            bodyError = error
            throw VelocityObjectError("$input.\(method): the body is not valid JSON (line \(error.line), column \(error.column): \(error.message))")
        }
    }

    /// The value at a JSONPath, or nil when a definite path finds nothing.
    private func evaluate(_ argument: Value, method: String) throws(VelocityObjectError) -> Value? {
        let text: String
        if case .string(let string) = argument { text = string } else { text = argument.javaString }
        let path = try compiledPath(text, method: method)
        switch path.evaluate(on: try parsedBody(method: method)) {
        case .missing: return nil
        case .value(let value): return value
        }
    }

    /// The path for a text, compiled once per render.
    private func compiledPath(_ text: String, method: String) throws(VelocityObjectError) -> JSONPath {
        let count = text.utf8.count
        for entry in recentPaths where entry.text.utf8.count == count && entry.text == text { return entry.path }
        if let parsed = parsedPaths[text] { return parsed }
        let path: JSONPath
        do {
            path = try JSONPath(text)
        } catch {
            throw VelocityObjectError("$input.\(method): \(error.description)")
        }
        if recentPaths.count < InputVariable.recentPathLimit {
            recentPaths.append((text, path))
        } else {
            parsedPaths[text] = path
        }
        return path
    }

    private func allParameters() -> VMap {
        let all = VMap(style: .java)
        for (kind, values) in parameters {
            let map = VMap(style: .java)
            for (name, value) in values { map[name] = .string(value) }
            all[kind] = .map(map)
        }
        return all
    }

    /// `$input.params(x)`: path, then query string, then header; header names match in any
    /// case (HTTP header names are case-insensitive); nothing found is the empty string.
    private func parameter(named name: String) -> String {
        for (_, values) in parameters {
            if let found = values.first(where: { $0.name == name }) { return found.value }
        }
        let lowered = name.lowercased()
        if let headers = parameters.last?.values, let found = headers.first(where: { $0.name.lowercased() == lowered }) {
            return found.value
        }
        return ""
    }
}
