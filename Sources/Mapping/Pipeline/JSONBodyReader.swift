/// Reads `integration.response.body.PATH` with Mapping's JSON model (json-smart's reading
/// rules) and Jayway-style JSONPath, and writes the value as a header carries it: strings
/// bare, numbers as Java prints them, objects and arrays as compact JSON.
struct JSONBodyReader: ResponseBodyReading {
    func lookup(path: String, in body: String, decodeJSONStrings: Bool) -> BodyLookup {
        let compiled: JSONPath
        do {
            compiled = try JSONPath(path.hasPrefix("$") ? path : "$." + path)
        } catch {
            return .noMatch(message: error.description)
        }
        var document: JSONValue
        do {
            document = try JSONParser.parseBody(body)
        } catch {
            return .notJSON(message: "the integration response body is not JSON (line \(error.line), column \(error.column): \(error.message))")
        }
        if decodeJSONStrings {
            document = Self.decodingErrorMessage(in: document, for: path)
        }
        switch compiled.evaluate(on: document) {
        case .missing:
            return .noMatch(message: Self.whereItStops(path: compiled, in: document))
        case .value(let value):
            return Self.headerText(of: value)
        }
    }

    /// A Lambda custom error carries JSON inside its `errorMessage` string; when a path walks
    /// into it (`errorMessage.trace.function`), API Gateway parses that string first.
    static func decodingErrorMessage(in document: JSONValue, for path: String) -> JSONValue {
        let trimmed = path.hasPrefix("$.") ? String(path.dropFirst(2)) : path
        guard trimmed.hasPrefix("errorMessage.") || trimmed.hasPrefix("errorMessage["),
              case .object(var object) = document,
              case .string(let text)? = object["errorMessage"],
              let inner = try? JSONParser.parse(text)
        else { return document }
        object["errorMessage"] = inner
        return .object(object)
    }

    /// A header's text for a JSON value.
    static func headerText(of value: JSONValue) -> BodyLookup {
        switch value {
        case .null: return .null
        case .string(let text): return .value(text)
        case .number(let text): return .value(JavaNumber(jsonText: text).javaString)
        case .bool(let flag): return .value(flag ? "true" : "false")
        case .array, .object: return .value(value.compactJSON)
        }
    }

    /// Names the first step of a definite path that finds nothing, for the missing reason.
    static func whereItStops(path: JSONPath, in document: JSONValue) -> String {
        var node = document
        var walked = "$"
        for step in path.steps {
            guard let next = JSONPath.evaluateDefinite([step], on: node, root: document) else {
                let kind: String
                switch node {
                case .object: kind = "an object"
                case .array(let elements): kind = "an array of \(elements.count)"
                case .string: kind = "a string"
                case .number: kind = "a number"
                case .bool: kind = "a boolean"
                case .null: kind = "null"
                }
                return "\(walked) is \(kind) and has no \(step.display)"
            }
            node = next
            walked += step.display.hasPrefix("[") ? step.display : "." + step.display
        }
        return "\(path.text) selects nothing"
    }
}

extension JSONPath.Step {
    /// The step as a user would write it, for messages.
    var display: String {
        switch selector {
        case .names(let names): return names.count == 1 ? names[0] : "[" + names.map { "'\($0)'" }.joined(separator: ",") + "]"
        case .index(let index): return "[\(index)]"
        case .indexes(let indexes): return "[" + indexes.map(String.init).joined(separator: ",") + "]"
        case .wildcard: return "*"
        case .slice(let start, let end): return "[\(start.map(String.init) ?? ""):\(end.map(String.init) ?? "")]"
        case .filter: return "[?(…)]"
        }
    }
}
