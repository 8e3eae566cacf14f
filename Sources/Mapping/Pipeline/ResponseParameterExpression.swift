/// The right-hand side of a `responseParameters` entry: where a method response header's
/// value comes from.
enum ResponseParameterExpression: Hashable, Sendable {
    /// `integration.response.header.NAME`: the last value of that header.
    case integrationHeader(String)
    /// `integration.response.multivalueheader.NAME`: every value, comma-joined.
    case integrationMultiValueHeader(String)
    /// `integration.response.body`: the whole body text.
    case integrationBody
    /// `integration.response.body.JSONPATH` (without `$.`).
    case integrationBodyPath(String)
    /// `'text'`: a static value.
    case staticValue(String)
    /// `context.NAME` (dotted).
    case context(String)
    /// `stageVariables.NAME`.
    case stageVariable(String)

    /// The message API Gateway gives for an expression it does not accept.
    static func invalidExpressionMessage(_ text: String) -> String {
        "Invalid mapping expression specified: \(text)"
    }

    /// Parses an expression; `nil` when API Gateway would reject it.
    static func parse(_ text: String) -> ResponseParameterExpression? {
        if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") {
            return .staticValue(String(text.dropFirst().dropLast()))
        }
        let prefixes: [(String, (String) -> ResponseParameterExpression)] = [
            ("integration.response.header.", { .integrationHeader($0) }),
            ("integration.response.multivalueheader.", { .integrationMultiValueHeader($0) }),
            ("integration.response.body.", { .integrationBodyPath($0) }),
            ("context.", { .context($0) }),
            ("stageVariables.", { .stageVariable($0) }),
        ]
        if text == "integration.response.body" { return .integrationBody }
        for (prefix, make) in prefixes where text.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            return rest.isEmpty ? nil : make(rest)
        }
        return nil
    }
}
