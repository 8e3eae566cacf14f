import Foundation

/// Reads `integration.response.body.PATH` with Foundation's JSON parser and a small path
/// walker (`a.b`, `a[0]`, `['a b']`); stands in until Mapping's JSON model and JSONPath are
/// wired in. Objects and arrays come back as compact JSON with sorted keys.
struct FoundationBodyReader: ResponseBodyReading {
    func lookup(path: String, in body: String, decodeJSONStrings: Bool) -> BodyLookup {
        let steps: [BodyPathStep]
        switch BodyPathStep.parse(path) {
        case .success(let parsed): steps = parsed
        case .failure(let failure): return .noMatch(message: failure.message)
        }
        guard var current = parse(body) else {
            return .notJSON(message: "the integration response body is not JSON")
        }
        var walked = "$"
        for step in steps {
            if decodeJSONStrings, let text = current as? String, let decoded = parse(text) {
                current = decoded
            }
            switch step {
            case .key(let key):
                guard let object = current as? [String: Any] else {
                    return .noMatch(message: "\(walked) is not an object, so it has no '\(key)'")
                }
                guard let next = object[key] else {
                    return .noMatch(message: "\(walked) has no '\(key)'")
                }
                current = next
                walked += "." + key
            case .index(let index):
                guard let array = current as? [Any] else {
                    return .noMatch(message: "\(walked) is not an array, so it has no [\(index)]")
                }
                guard index >= 0, index < array.count else {
                    return .noMatch(message: "\(walked) has \(array.count) element(s), so no [\(index)]")
                }
                current = array[index]
                walked += "[\(index)]"
            }
        }
        return Self.headerText(of: current)
    }

    private func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// A JSON value as a header carries it: strings bare, everything else as compact JSON.
    static func headerText(of value: Any) -> BodyLookup {
        if value is NSNull { return .null }
        if let text = value as? String { return .value(text) }
        let options: JSONSerialization.WritingOptions = [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: options) else {
            return .noMatch(message: "the value cannot be written as JSON")
        }
        return .value(String(decoding: data, as: UTF8.self))
    }
}

/// One step of a body path: an object key or an array index.
enum BodyPathStep: Hashable, Sendable {
    case key(String)
    case index(Int)

    /// Why a path could not be read.
    struct ParseFailure: Error, Hashable {
        var message: String
    }

    /// Parses `a.b[0]['c d']` (an optional leading `$` or `$.` is allowed).
    static func parse(_ path: String) -> Result<[BodyPathStep], ParseFailure> {
        var steps: [BodyPathStep] = []
        var characters = Array(path)
        if characters.first == "$" { characters.removeFirst() }
        var index = 0
        var name = ""
        func flushName() {
            if !name.isEmpty { steps.append(.key(name)) }
            name = ""
        }
        while index < characters.count {
            let character = characters[index]
            switch character {
            case ".":
                flushName()
                index += 1
            case "[":
                flushName()
                guard let close = characters[index...].firstIndex(of: "]") else {
                    return .failure(ParseFailure(message: "the path '\(path)' has a '[' without ']'"))
                }
                let inside = String(characters[(index + 1)..<close])
                if let number = Int(inside) {
                    steps.append(.index(number))
                } else if inside.count >= 2, let quote = inside.first, quote == "'" || quote == "\"", inside.last == quote {
                    steps.append(.key(String(inside.dropFirst().dropLast())))
                } else {
                    return .failure(ParseFailure(message: "'[\(inside)]' in '\(path)' is not supported here (use a name, a quoted name or an index)"))
                }
                index = close + 1
            case "*":
                return .failure(ParseFailure(message: "wildcards in '\(path)' are not supported in a header mapping"))
            default:
                name.append(character)
                index += 1
            }
        }
        flushName()
        return .success(steps)
    }
}
