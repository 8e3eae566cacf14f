/// A place in a text: 1-based line and column. Columns count Unicode scalars from the start of
/// the line (what an editor shows for text without tabs); the caret printer turns them into
/// display cells.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}

/// Where in a file something went wrong, with the line's text for the caret: what every
/// error that points into a file carries.
public struct SourcePlace: Hashable, Sendable {
    /// The file name as given.
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, in Unicode scalars.
    public var column: Int
    /// The text of the line, without its line break.
    public var lineText: String

    /// A place with the text of its line.
    public init(file: String, line: Int, column: Int, lineText: String) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    /// A place from a location.
    public init(file: String, location: SourceLocation, lineText: String) {
        self.init(file: file, line: location.line, column: location.column, lineText: lineText)
    }

    /// The line and column.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The line followed by a caret line that points at the column.
    public var caretExcerpt: String { Caret.excerpt(line: lineText, column: column) }

    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE`, then the line and a caret: the one way gwx
    /// reports a problem at a place.
    public func diagnostic(_ message: String, severity: String = "error") -> String {
        "\(headline(message, severity: severity))\n\(caretExcerpt)"
    }

    /// `FILE:LINE:COLUMN: SEVERITY: MESSAGE` alone.
    public func headline(_ message: String, severity: String = "error") -> String {
        "\(file):\(line):\(column): \(severity): \(message)"
    }
}
