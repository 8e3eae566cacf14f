/// How API Gateway converts a response body between text and binary.
public enum ContentHandling: String, Hashable, Sendable, CaseIterable {
    case convertToBinary = "CONVERT_TO_BINARY"
    case convertToText = "CONVERT_TO_TEXT"
}

/// One integration response: how a backend response becomes a method response.
///
/// Mirrors Terraform's `aws_api_gateway_integration_response` and API Gateway's
/// `IntegrationResponse` shape.
public struct IntegrationResponse: Hashable, Sendable {
    /// The method response status code this response maps to (`200`, `404`, …).
    public var statusCode: String
    /// The Java regular expression matched against the backend status or Lambda error message;
    /// `nil` (or empty) marks the default response.
    public var selectionPattern: String?
    /// `method.response.header.NAME` → mapping expression, in the order written.
    public var responseParameters: OrderedMap<String>
    /// Media type → VTL mapping template, in the order written.
    ///
    /// An entry whose text is `""` is an empty template, a value like any other: API Gateway
    /// returns it as `null`, chooses it for its media type and returns the payload unmapped,
    /// whereas a missing entry lets another template be chosen. Sources read `null` as `""`.
    public var responseTemplates: OrderedMap<String>
    /// Optional body conversion.
    public var contentHandling: ContentHandling?

    public init(
        statusCode: String,
        selectionPattern: String? = nil,
        responseParameters: OrderedMap<String> = [:],
        responseTemplates: OrderedMap<String> = [:],
        contentHandling: ContentHandling? = nil
    ) {
        self.statusCode = statusCode
        self.selectionPattern = selectionPattern
        self.responseParameters = responseParameters
        self.responseTemplates = responseTemplates
        self.contentHandling = contentHandling
    }

    /// Whether this is the default response (no selection pattern).
    public var isDefault: Bool { (selectionPattern ?? "").isEmpty }
}
