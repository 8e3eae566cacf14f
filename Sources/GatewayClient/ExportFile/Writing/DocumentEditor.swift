/// Computes surgical text edits on a parsed document: every byte outside an edit stays.
///
/// Knows the file's layout habits (line break, YAML indentation step, JSON indentation
/// unit and `key : value` spacing) so that inserted text looks like its neighbours.
struct DocumentEditor {
    let document: ExportDocument
    let bytes: [UInt8]
    let newline: String
    let yamlStep: Int
    let jsonUnit: String
    let jsonColon: String
    /// Whether the YAML file quotes its text values with `"` (as AWS's YAML exports do),
    /// so new values are written the same way.
    let prefersDoubleQuotes: Bool
    /// Whether the JSON file is written on one line (minified): new JSON stays on one line.
    let jsonIsCompact: Bool

    init(document: ExportDocument) {
        self.document = document
        bytes = document.source.bytes
        newline = document.source.newline
        var step = Int.max
        DocumentEditor.measureSteps(document.root, source: document.source, into: &step)
        yamlStep = step == Int.max ? 2 : step
        var unit = "  "
        var colon = ": "
        if let first = document.root.mapping?.written.first {
            let keyStart = first.key.span.start.offset
            let lineStart = document.source.lineStart(of: keyStart)
            if document.source.lineIndex(of: keyStart) != document.source.lineIndex(of: document.root.span.start.offset) {
                unit = document.source.text(lineStart..<keyStart)
            }
            let between = document.source.text(first.key.span.end.offset..<first.value.span.start.offset)
            if !document.source.containsLineBreak(between) { colon = between }
        }
        jsonUnit = unit.isEmpty ? "  " : unit
        jsonColon = colon
        var counts = (doubleQuoted: 0, other: 0)
        DocumentEditor.countValueStyles(document.root, into: &counts)
        prefersDoubleQuotes = counts.doubleQuoted > counts.other
        let source = document.source
        jsonIsCompact = document.format == .json
            && source.lineIndex(of: document.root.span.start.offset) == source.lineIndex(of: max(document.root.span.start.offset, document.root.span.end.offset - 1))
    }

    static func countValueStyles(_ node: DocNode, into counts: inout (doubleQuoted: Int, other: Int)) {
        switch node {
        case let .mapping(mapping): mapping.written.forEach { countValueStyles($0.value, into: &counts) }
        case let .sequence(sequence): sequence.items.forEach { countValueStyles($0, into: &counts) }
        case let .scalar(scalar) where !scalar.span.range.isEmpty:
            if scalar.style == .doubleQuoted { counts.doubleQuoted += 1 } else { counts.other += 1 }
        default: break
        }
    }

    /// The style a new YAML text value is written in before falling back to what it needs.
    var newValueStyle: ScalarStyle? { prefersDoubleQuotes ? .doubleQuoted : nil }

    static func measureSteps(_ node: DocNode, source: SourceText, into step: inout Int) {
        guard case let .mapping(mapping) = node else {
            if case let .sequence(sequence) = node { sequence.items.forEach { measureSteps($0, source: source, into: &step) } }
            return
        }
        for entry in mapping.written {
            if !mapping.isFlow, case let .mapping(child) = entry.value, !child.isFlow, let childKey = child.written.first {
                let difference = column(childKey.key.span.start.offset, source) - column(entry.key.span.start.offset, source)
                if difference > 0 { step = min(step, difference) }
            }
            measureSteps(entry.value, source: source, into: &step)
        }
    }

    // MARK: - Layout

    static func column(_ offset: Int, _ source: SourceText) -> Int { offset - source.lineStart(of: offset) }
    func column(_ offset: Int) -> Int { DocumentEditor.column(offset, document.source) }
    func lineStart(_ offset: Int) -> Int { document.source.lineStart(of: offset) }

    /// The offset of the line break ending the line that holds `offset` (or the file's end).
    /// In YAML, U+0085, U+2028, U+2029 and a lone CR end lines too (see `SourceText.LineBreaks`).
    func lineEnd(_ offset: Int) -> Int { document.source.lineEnd(of: offset) }

    /// The length of the line break at `offset` (0 at the end of the file).
    func breakLength(at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        return max(1, document.source.breakLength(at: offset))
    }

    /// The blanks before the first content of the line that holds `offset`.
    func lineIndentText(_ offset: Int) -> String {
        let start = lineStart(offset)
        var cursor = start
        while cursor < bytes.count, bytes[cursor] == Byte.space || bytes[cursor] == Byte.tab { cursor += 1 }
        return document.source.text(start..<cursor)
    }

    /// Where a node's text really ends: a keep-chomped block scalar owns its trailing empty lines.
    func contentEnd(_ node: DocNode) -> Int {
        switch node {
        case let .scalar(scalar):
            if case .literal(.keep) = scalar.style { return scalar.extendedEnd }
            if case .folded(.keep) = scalar.style { return scalar.extendedEnd }
            return scalar.span.end.offset
        case let .mapping(mapping):
            guard !mapping.isFlow, let last = mapping.written.last else { return mapping.span.end.offset }
            return max(contentEnd(last.value), last.key.span.end.offset)
        case let .sequence(sequence):
            guard !sequence.isFlow, let last = sequence.items.last else { return sequence.span.end.offset }
            return max(contentEnd(last), sequence.span.end.offset)
        case let .alias(alias):
            return alias.span.end.offset
        }
    }

    /// The 0-based column of a block mapping's keys.
    func indent(of mapping: DocMapping) -> Int {
        column(mapping.written.first?.key.span.start.offset ?? mapping.span.start.offset)
    }

    /// Just past the `:` that follows a key.
    func colonEnd(after key: DocScalar) -> Int {
        var cursor = key.span.end.offset
        while cursor < bytes.count, bytes[cursor] != Byte.colon { cursor += 1 }
        return min(cursor + 1, bytes.count)
    }

    func unsupported(_ message: String, at offset: Int) -> ExportFileError {
        .unsupportedEdit(message: message, place: document.source.place(at: offset), file: document.source.file)
    }

    // MARK: - Writing keys and new values

    func keyText(_ key: String, previous: ScalarStyle?, inFlow: Bool) -> String {
        switch document.format {
        case .json: return ScalarWriter.json(key)
        case .yaml: return ScalarWriter.yaml(key, previous: previous, place: .key(inFlow: inFlow), newline: newline)
        }
    }

    /// A new JSON value whose first line continues a line indented by `indent`.
    func jsonText(_ value: EditValue, indent: String) -> String {
        switch value {
        case let .string(text): return ScalarWriter.json(text)
        case let .bool(flag): return flag ? "true" : "false"
        case let .mapping(entries):
            guard !entries.isEmpty else { return jsonIsCompact ? "{}" : "{ }" }
            if jsonIsCompact {
                return "{" + entries.map { ScalarWriter.json($0.key) + jsonColon + jsonText($0.value, indent: "") }.joined(separator: ",") + "}"
            }
            let inner = indent + jsonUnit
            let lines = entries.map { inner + ScalarWriter.json($0.key) + jsonColon + jsonText($0.value, indent: inner) }
            return "{" + newline + lines.joined(separator: "," + newline) + newline + indent + "}"
        }
    }

    /// A new YAML value inside `{}`/`[]`.
    func yamlFlowText(_ value: EditValue) -> String {
        switch value {
        case let .string(text): return ScalarWriter.yaml(text, previous: newValueStyle, place: .flowValue, newline: newline)
        case let .bool(flag): return flag ? "true" : "false"
        case let .mapping(entries):
            let pairs = entries.map { keyText($0.key, previous: nil, inFlow: true) + ": " + yamlFlowText($0.value) }
            return "{" + pairs.joined(separator: ", ") + "}"
        }
    }

    /// What follows `key:` for a new YAML value of a block mapping whose keys are at `indent`.
    func yamlBlockValue(_ value: EditValue, indent: Int) -> String {
        switch value {
        case let .string(text):
            return " " + ScalarWriter.yaml(text, previous: newValueStyle, place: .blockValue(contentIndent: indent + yamlStep), newline: newline)
        case let .bool(flag):
            return flag ? " true" : " false"
        case let .mapping(entries):
            guard !entries.isEmpty else { return " {}" }
            let padding = String(repeating: " ", count: indent + yamlStep)
            return entries.map { newline + padding + yamlBlockEntry($0, indent: indent + yamlStep) }.joined()
        }
    }

    /// `key: value` for a new entry of a block mapping at `indent` (its first line unindented).
    func yamlBlockEntry(_ entry: EditEntry, indent: Int) -> String {
        keyText(entry.key, previous: nil, inFlow: false) + ":" + yamlBlockValue(entry.value, indent: indent)
    }
}
