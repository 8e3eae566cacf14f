/// The syntax an export file is written in.
public enum ExportFormat: String, Hashable, Sendable {
    case json
    case yaml

    /// The format for a path: `.json` is JSON, `.yaml`/`.yml` YAML, anything else is
    /// decided by the first character (`{` or `[` means JSON).
    public static func guess(path: String, bytes: [UInt8]) -> ExportFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
        let first = bytes.first { $0 != Byte.space && $0 != Byte.tab && $0 != Byte.lineFeed && $0 != Byte.carriageReturn && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == Byte.openBrace || first == Byte.openBracket ? .json : .yaml
    }
}

/// A parsed JSON or YAML file: its text and a node tree that knows where every node is.
public struct ExportDocument: Sendable {
    /// The text the tree was parsed from.
    public let source: SourceText
    /// JSON or YAML.
    public let format: ExportFormat
    /// The top node.
    public let root: DocNode
    /// Every YAML alias with the anchored node it uses (none in JSON).
    public var anchorUses: [DocAnchorUse] = []

    /// Parses text in a format; throws `ExportFileError.malformed` with a place.
    public static func parse(_ source: SourceText, format: ExportFormat) throws -> ExportDocument {
        if let bad = source.firstInvalidUTF8Offset {
            throw ExportFileError.malformed(message: "the file is not valid UTF-8 text", place: source.place(at: bad))
        }
        switch format {
        case .json:
            return ExportDocument(source: source, format: format, root: try JSONDocumentParser.parse(source))
        case .yaml:
            // YAML 1.1 readers (PyYAML, SnakeYAML) end lines at U+0085, U+2028, U+2029 and a lone
            // CR too; lines, columns and indentation must be theirs.
            let source = source.splittingLines(.yaml11)
            let (root, anchorUses) = try YAMLDocumentParser.parse(source)
            return ExportDocument(source: source, format: format, root: root, anchorUses: anchorUses)
        }
    }

    /// Parses a string, guessing the format from the name.
    public static func parse(text: String, file: String, format: ExportFormat? = nil) throws -> ExportDocument {
        let source = SourceText(file: file, text: text)
        return try parse(source, format: format ?? .guess(path: file, bytes: source.bytes))
    }
}
