/// Where in a file something went wrong, with the line's text for the caret.
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

    /// The line followed by a caret line that points at the column.
    public var caretExcerpt: String {
        var caret = ""
        for (index, scalar) in lineText.unicodeScalars.enumerated() where index < column - 1 {
            if scalar == "\t" {
                caret.append("\t")
            } else {
                caret.append(String(repeating: " ", count: SourcePlace.displayWidth(of: scalar)))
            }
        }
        return lineText + "\n" + caret + "^"
    }

    /// How many terminal cells a scalar takes (wide East Asian text and emoji take two).
    static func displayWidth(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default: return 1
        }
    }
}

/// What went wrong reading or writing an API Gateway export file.
///
/// Printed as `FILE:LINE:COLUMN: error: MESSAGE`, then the line and a caret, when the
/// error has a place in the file.
public enum ExportFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON/YAML or not an API Gateway export.
    case malformed(message: String, place: SourcePlace)
    /// A REST API, resource, method or integration response is not in the file.
    case notFound(message: String, file: String)
    /// The file changed since the caller loaded it, or an edit collides with what is there.
    case conflict(message: String, file: String, place: SourcePlace?)
    /// An edit gwx cannot make without rewriting what the user wrote.
    case unsupportedEdit(message: String, place: SourcePlace?, file: String)
    /// Reading or writing the file failed.
    case io(path: String, message: String)
    /// The edited text did not read back as what was asked; nothing was written.
    case verificationFailed(message: String, file: String)

    /// The message without the place.
    public var message: String {
        switch self {
        case let .malformed(message, _), let .notFound(message, _), let .conflict(message, _, _),
             let .unsupportedEdit(message, _, _), let .io(_, message), let .verificationFailed(message, _):
            return message
        }
    }

    /// The place in the file, when there is one.
    public var place: SourcePlace? {
        switch self {
        case let .malformed(_, place): return place
        case let .conflict(_, _, place), let .unsupportedEdit(_, place, _): return place
        case .notFound, .io, .verificationFailed: return nil
        }
    }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, the line and a caret; `FILE: error: MESSAGE` without a place.
    public var description: String {
        if let place {
            return "\(place.file):\(place.line):\(place.column): error: \(message)\n\(place.caretExcerpt)"
        }
        switch self {
        case let .notFound(_, file), let .conflict(_, file, _), let .unsupportedEdit(_, _, file),
             let .verificationFailed(_, file), let .io(file, _):
            return "\(file): error: \(message)"
        case .malformed:
            return "error: \(message)"
        }
    }
}
