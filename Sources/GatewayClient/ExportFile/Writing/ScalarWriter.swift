import Text

/// Where a YAML scalar is going to be written.
enum YAMLScalarPlace {
    /// A value in block context; block scalars put their lines at `contentIndent`.
    case blockValue(contentIndent: Int)
    /// A value inside `{}` or `[]`.
    case flowValue
    /// A mapping key.
    case key(inFlow: Bool)
}

/// Writes strings as JSON and YAML scalars that read back as exactly the same string.
enum ScalarWriter {
    // MARK: - JSON

    /// A JSON string literal (non-ASCII text is kept as UTF-8, not escaped).
    static func json(_ text: String) -> String {
        StringEscaping.quoted(text, .exportFile)
    }

    // MARK: - YAML styles

    /// A YAML scalar for `text`, keeping `previous` style where it can represent the text.
    static func yaml(_ text: String, previous: ScalarStyle?, place: YAMLScalarPlace, newline: String) -> String {
        var contentIndent: Int?
        var isKey = false
        var inFlow = false
        switch place {
        case let .blockValue(indent): contentIndent = indent
        case .flowValue: inFlow = true
        case let .key(flow):
            isKey = true
            inFlow = flow
        }
        if text.isEmpty { return previous == .singleQuoted ? "''" : "\"\"" }
        let multiline = text.contains("\n")
        if multiline {
            if previous == .doubleQuoted || previous == .jsonString { return doubleQuoted(text) }
            if let contentIndent, !isKey, let literal = literal(text, indent: contentIndent, newline: newline) { return literal }
            return doubleQuoted(text)
        }
        switch previous {
        case .doubleQuoted?, .jsonString?:
            return doubleQuoted(text)
        case .singleQuoted?:
            return singleQuoted(text) ?? doubleQuoted(text)
        case .literal?, .folded?:
            if let contentIndent, let literal = literal(text, indent: contentIndent, newline: newline) { return literal }
            return doubleQuoted(text)
        case .plain?, nil:
            if isPlainSafe(text, inFlow: inFlow) { return text }
            if !text.contains("'"), let single = singleQuoted(text) { return single }
            return doubleQuoted(text)
        }
    }

    /// `"…"` with YAML escapes; always possible.
    static func doubleQuoted(_ text: String) -> String {
        StringEscaping.quoted(text, .yaml)
    }

    /// `'…'`, when the text is one line of printable characters without tabs.
    static func singleQuoted(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ isPrintable($0) && $0 != "\t" && !isYAMLBreak($0) }) else { return nil }
        return "'" + String(text.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    /// A literal block (`|`, `|-` or `|+` by the trailing line breaks) at `indent`, when the
    /// text can be written as one: printable, no tab-only or space-only lines, no trailing
    /// blanks, and a first line that does not start with a blank.
    static func literal(_ text: String, indent: Int, newline: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ ($0 == "\n" || $0 == "\t" || isPrintable($0)) && !isYAMLBreak($0) && $0 != "\u{FEFF}" }) else { return nil }
        var body = Substring(text)
        var trailing = 0
        while body.hasSuffix("\n") {
            body = body.dropLast()
            trailing += 1
        }
        guard !body.isEmpty else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard let firstContent = lines.first(where: { !$0.isEmpty }),
              let first = firstContent.first, first != " ", first != "\t" else { return nil }
        for line in lines where !line.isEmpty {
            guard let last = line.last, last != " ", last != "\t" else { return nil }
        }
        let chomping = trailing == 0 ? "-" : trailing == 1 ? "" : "+"
        let padding = String(repeating: " ", count: indent)
        var out = "|" + chomping
        for line in lines {
            out += newline + (line.isEmpty ? "" : padding + line)
        }
        if trailing > 1 { out += String(repeating: newline, count: trailing - 1) }
        return out
    }

    /// Whether the text can be written without quotes and read back as the same string.
    static func isPlainSafe(_ text: String, inFlow: Bool) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if first == " " || first == "\t" || last == " " || last == "\t" || last == ":" { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        let scalars = Array(text.unicodeScalars)
        if "-?:".unicodeScalars.contains(first) {
            guard scalars.count > 1, scalars[1] != " ", scalars[1] != "\t" else { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalars[1]) { return false }
        } else if ",[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            return false
        }
        for (index, scalar) in scalars.enumerated() {
            guard isPrintable(scalar), scalar != "\t", !isYAMLBreak(scalar), scalar != "\u{FEFF}", scalar != "\u{A0}" else { return false }
            if inFlow, ",[]{}".unicodeScalars.contains(scalar) { return false }
            if scalar == ":", index + 1 < scalars.count, scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return !YAMLScalarResolver.isNonString(text)
    }

    // MARK: - Characters

    /// YAML's printable set (tab and line feed are handled by the callers).
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool { StringEscaping.isYAMLPrintable(scalar) }

    /// Characters YAML 1.1 readers treat as line breaks.
    static func isYAMLBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\r" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
