/// One problem with an integration response, tied to the form field it is about.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// The field a problem is about.
    public enum Field: Hashable, Sendable {
        case statusCode
        case selectionPattern
        case contentHandling
        /// The response parameter with this key (`method.response.header.X`).
        case responseParameter(key: String)
        /// The response template for this content type.
        case responseTemplate(contentType: String)
    }

    /// Where the problem is.
    public var field: Field
    /// What is wrong and what to do.
    public var message: String

    /// An issue on a field.
    public init(field: Field, message: String) {
        self.field = field
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
