/// An error AWS answered with, or one gwx raised about an AWS object, with AWS's own
/// type and message and the request ID to quote to AWS support.
public struct AWSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The error families gwx acts on; anything else is `.other`.
    public enum Code: Sendable, Equatable {
        case notFound, conflict, badRequest, tooManyRequests, unauthorized, accessDenied
        case limitExceeded, serviceUnavailable, internalFailure
        /// The object changed on the server since gwx loaded it (someone else edited it).
        case changedSinceLoaded
        /// The response could not be read.
        case invalidResponse
        case other
    }

    /// The family of this error.
    public var code: Code
    /// AWS's error type (`NotFoundException`), or gwx's name for its own errors.
    public var type: String
    /// AWS's message, or gwx's explanation.
    public var message: String
    /// The `x-amzn-RequestId` of the failed request, when there was one.
    public var requestId: String?
    /// The HTTP status, when there was a response.
    public var httpStatus: Int?
    /// The request (`GET /restapis/abc/resources`), for context.
    public var request: String

    public init(code: Code, type: String, message: String, requestId: String? = nil, httpStatus: Int? = nil, request: String) {
        self.code = code
        self.type = type
        self.message = message
        self.requestId = requestId
        self.httpStatus = httpStatus
        self.request = request
    }

    /// The family of an AWS error type name.
    public static func code(forType type: String, status: Int?) -> Code {
        switch type {
        case "NotFoundException": return .notFound
        case "ConflictException": return .conflict
        case "BadRequestException", "ValidationException", "SerializationException": return .badRequest
        case "TooManyRequestsException", "ThrottlingException", "Throttling", "ThrottledException": return .tooManyRequests
        case "UnauthorizedException", "UnrecognizedClientException", "InvalidSignatureException",
             "IncompleteSignatureException", "ExpiredTokenException", "InvalidClientTokenId", "SignatureDoesNotMatch":
            return .unauthorized
        case "AccessDeniedException", "AccessDenied": return .accessDenied
        case "LimitExceededException": return .limitExceeded
        case "ServiceUnavailableException": return .serviceUnavailable
        case "InternalFailure", "InternalServerError", "InternalServerErrorException": return .internalFailure
        default:
            switch status {
            case 404: return .notFound
            case 409: return .conflict
            case 400: return .badRequest
            case 429: return .tooManyRequests
            case 401: return .unauthorized
            case 403: return .accessDenied
            case 503: return .serviceUnavailable
            case let status? where status >= 500: return .internalFailure
            default: return .other
            }
        }
    }

    /// Whether AWS asks for the request to be tried again later (throttling, 5xx).
    public var isRetryable: Bool {
        code == .tooManyRequests || code == .serviceUnavailable || (httpStatus ?? 0) >= 500
    }

    public var description: String {
        var text = "\(type): \(message) (\(request)"
        if let httpStatus { text += ", HTTP \(httpStatus)" }
        if let requestId { text += ", request ID \(requestId)" }
        text += ")"
        if let hint { text += "; \(hint)" }
        return text
    }

    /// What the user can do next, for the errors where that is clear.
    public var hint: String? {
        switch code {
        case .unauthorized: return "check the credentials and region of the profile in use (`aws sts get-caller-identity`)"
        case .accessDenied: return "the identity in use lacks an apigateway:* permission for this call"
        case .changedSinceLoaded: return "reload to see the current version, then edit again"
        case .tooManyRequests: return "AWS is throttling this account; wait a moment and try again"
        default: return nil
        }
    }
}
