import Text

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
            return place.diagnostic(message)
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
