/// An AWS-style INI file (`~/.aws/config`, `~/.aws/credentials`): sections of `key = value`,
/// `#`/`;` comment lines, and indented sub-settings (`s3 =` then `  key = value`), which are kept
/// under `parent.key`.
struct INIFile: Sendable {
    /// One `[section]`.
    struct Section: Sendable {
        var name: String
        var line: Int
        var values: [String: (value: String, line: Int)] = [:]

        subscript(key: String) -> String? {
            guard let value = values[key]?.value, !value.isEmpty else { return nil }
            return value
        }
    }

    var path: String
    var sections: [String: Section] = [:]

    /// Parses the text of a file; a line that is neither a section, a setting nor a comment
    /// is an error at that line.
    static func parse(_ text: String, path: String) throws(ConfigError) -> INIFile {
        var file = INIFile(path: path)
        var current: String?
        var parentKey: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmingSpaces()
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if line.hasPrefix("[") {
                guard line.hasSuffix("]") else { throw ConfigError("a section header must end with ']'", file: path, line: lineNumber) }
                let name = String(line.dropFirst().dropLast()).trimmingSpaces()
                current = name
                parentKey = nil
                if file.sections[name] == nil { file.sections[name] = Section(name: name, line: lineNumber) }
                continue
            }
            guard let section = current else {
                throw ConfigError("a setting before any [section] header", file: path, line: lineNumber)
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ConfigError("expected `key = value`", file: path, line: lineNumber)
            }
            let key = String(line[..<equals]).trimmingSpaces()
            let value = String(line[line.index(after: equals)...]).trimmingSpaces()
            if indented, let parent = parentKey {
                file.sections[section]?.values["\(parent).\(key)"] = (value, lineNumber)
            } else {
                file.sections[section]?.values[key] = (value, lineNumber)
                parentKey = value.isEmpty ? key : nil
            }
        }
        return file
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (and a trailing `\r`).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
