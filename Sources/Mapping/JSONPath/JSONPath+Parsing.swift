extension JSONPath {
    /// Compiles a JSONPath expression; like Jayway, a path without a leading `$` is read as `$.path`.
    public init(_ text: String) throws(JSONPathError) {
        var parser = JSONPathParser(text: text)
        self.init(text: text, steps: try parser.parsePath())
    }
}

/// The recursive-descent reader of JSONPath expressions and their filters.
struct JSONPathParser {
    let original: String
    let characters: [Character]
    var position = 0
    /// Characters of the original text prepended by the implicit `$.` rule (for error offsets).
    let shift: Int
    /// Levels of `!`, `(` and nested filters open (each is a recursion here and when evaluating).
    var filterDepth = 0
    /// The most levels accepted: 100,000 `!` overflowed the stack.
    static let maxFilterDepth = 256

    init(text: String) {
        original = text
        let trimmed = Array(text)
        if trimmed.first == "$" || trimmed.first == "@" {
            characters = trimmed
            shift = 0
        } else if trimmed.first == "[" {
            characters = ["$"] + trimmed
            shift = 1
        } else {
            characters = ["$", "."] + trimmed
            shift = 2
        }
    }

    private func error(_ message: String) -> JSONPathError {
        JSONPathError(message: message, path: original, offset: max(0, position - shift))
    }

    private var current: Character? { position < characters.count ? characters[position] : nil }

    private func peek(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    private mutating func skipSpaces() {
        while current == " " { position += 1 }
    }

    mutating func parsePath() throws(JSONPathError) -> [JSONPath.Step] {
        guard !original.isEmpty else { throw error("the path is empty") }
        guard current == "$" else { throw error("a path starts with '$'") }
        position += 1
        let steps = try parseSteps(inFilter: false)
        if position < characters.count { throw error("unexpected '\(characters[position])'") }
        return steps
    }

    /// Reads `.name`, `..name`, `[...]` steps until something else comes.
    mutating func parseSteps(inFilter: Bool) throws(JSONPathError) -> [JSONPath.Step] {
        var steps: [JSONPath.Step] = []
        while let character = current {
            if character == "." {
                let isDeep = peek(1) == "."
                position += isDeep ? 2 : 1
                if current == "[" {
                    guard isDeep else { throw error("expected a name after '.'") }
                    steps.append(JSONPath.Step(selector: try parseBracket(), isDeepScan: true))
                } else if current == "*" {
                    position += 1
                    steps.append(JSONPath.Step(selector: .wildcard, isDeepScan: isDeep))
                } else {
                    let name = readName(inFilter: inFilter)
                    guard !name.isEmpty else { throw error("expected a name after '.'") }
                    steps.append(JSONPath.Step(selector: .names([name]), isDeepScan: isDeep))
                }
            } else if character == "[" {
                steps.append(JSONPath.Step(selector: try parseBracket(), isDeepScan: false))
            } else {
                break
            }
        }
        return steps
    }

    private mutating func readName(inFilter: Bool) -> String {
        var name = ""
        while let character = current {
            if character == "." || character == "[" { break }
            if inFilter, " )=!<>&|,]".contains(character) { break }
            name.append(character)
            position += 1
        }
        return name
    }

    private mutating func parseBracket() throws(JSONPathError) -> JSONPath.Selector {
        position += 1
        skipSpaces()
        let selector: JSONPath.Selector
        switch current {
        case "*":
            position += 1
            selector = .wildcard
        case "'", "\"":
            var names = [try readQuoted()]
            skipSpaces()
            while current == "," {
                position += 1
                skipSpaces()
                guard current == "'" || current == "\"" else { throw error("expected a quoted name") }
                names.append(try readQuoted())
                skipSpaces()
            }
            selector = .names(names)
        case "?":
            position += 1
            guard current == "(" else { throw error("expected '(' after '?'") }
            position += 1
            let filter = try parseOr()
            skipSpaces()
            guard current == ")" else { throw error("expected ')' to close the filter") }
            position += 1
            selector = .filter(filter)
        default:
            selector = try parseIndexes()
        }
        skipSpaces()
        guard current == "]" else { throw error("expected ']'") }
        position += 1
        return selector
    }

    private mutating func parseIndexes() throws(JSONPathError) -> JSONPath.Selector {
        let start = readInteger()
        skipSpaces()
        if current == ":" {
            position += 1
            skipSpaces()
            let end = readInteger()
            return .slice(start: start, end: end)
        }
        guard let first = start else { throw error("expected an index, a name, '*' or a filter") }
        var indexes = [first]
        while current == "," {
            position += 1
            skipSpaces()
            guard let next = readInteger() else { throw error("expected an index") }
            indexes.append(next)
            skipSpaces()
        }
        return indexes.count == 1 ? .index(first) : .indexes(indexes)
    }

    private mutating func readInteger() -> Int? {
        let start = position
        if current == "-" { position += 1 }
        while let character = current, character.isASCII, character.isNumber { position += 1 }
        guard position > start, let value = Int(String(characters[start..<position])) else {
            position = start
            return nil
        }
        return value
    }

    mutating func readQuoted() throws(JSONPathError) -> String {
        guard let quote = current else { throw error("expected a quoted string") }
        position += 1
        var text = ""
        while let character = current {
            if character == "\\", let next = peek(1) {
                text.append(next)
                position += 2
                continue
            }
            if character == quote {
                position += 1
                return text
            }
            text.append(character)
            position += 1
        }
        throw error("unterminated string")
    }

    // MARK: - Filters

    private mutating func parseOr() throws(JSONPathError) -> JSONPathFilter {
        var left = try parseAnd()
        skipSpaces()
        while current == "|" && peek(1) == "|" {
            position += 2
            left = .or(left, try parseAnd())
            skipSpaces()
        }
        return left
    }

    private mutating func parseAnd() throws(JSONPathError) -> JSONPathFilter {
        var left = try parseUnary()
        skipSpaces()
        while current == "&" && peek(1) == "&" {
            position += 2
            left = .and(left, try parseUnary())
            skipSpaces()
        }
        return left
    }

    private mutating func parseUnary() throws(JSONPathError) -> JSONPathFilter {
        filterDepth += 1
        defer { filterDepth -= 1 }
        guard filterDepth <= Self.maxFilterDepth else {
            throw error("the filter is nested too deeply: at most \(Self.maxFilterDepth) levels of '!', '(' and filters")
        }
        skipSpaces()
        if current == "!" && peek(1) != "=" {
            position += 1
            return .not(try parseUnary())
        }
        if current == "(" {
            position += 1
            let inner = try parseOr()
            skipSpaces()
            guard current == ")" else { throw error("expected ')'") }
            position += 1
            return inner
        }
        let left = try parseOperand()
        skipSpaces()
        if current == "=", peek(1) == "~" { throw error("regular-expression filters (=~) are not supported") }
        guard let comparison = readComparison() else {
            guard case .literal = left else { return .exists(left) }
            throw error("expected a comparison such as '==' or '<'")
        }
        skipSpaces()
        return .compare(left, comparison, try parseOperand())
    }

    private mutating func readComparison() -> JSONPathComparison? {
        for candidate in ["==", "!=", "<=", ">=", "<", ">"] {
            let symbols = Array(candidate)
            if position + symbols.count <= characters.count,
               Array(characters[position..<position + symbols.count]) == symbols {
                position += symbols.count
                return JSONPathComparison(rawValue: candidate)
            }
        }
        return nil
    }

    private mutating func parseOperand() throws(JSONPathError) -> JSONPathFilterOperand {
        switch current {
        case "@":
            position += 1
            return .current(try parseSteps(inFilter: true))
        case "$":
            position += 1
            return .root(try parseSteps(inFilter: true))
        case "'", "\"":
            return .literal(.string(try readQuoted()))
        default:
            for (word, value) in [("true", JSONPathScalar.bool(true)), ("false", .bool(false)), ("null", .null)] {
                let symbols = Array(word)
                if position + symbols.count <= characters.count,
                   Array(characters[position..<position + symbols.count]) == symbols {
                    position += symbols.count
                    return .literal(value)
                }
            }
            let start = position
            while let character = current, character.isNumber || "-+.eE".contains(character) { position += 1 }
            if position > start, let number = Double(String(characters[start..<position])) {
                return .literal(.number(number))
            }
            position = start
            throw error("expected '@', '$', a string, a number, true, false or null")
        }
    }
}
