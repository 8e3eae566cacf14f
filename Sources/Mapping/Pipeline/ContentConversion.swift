import Foundation
import GatewayModel

/// How API Gateway converts the integration response payload, from the guide's "Content
/// type conversions" response table (payload kind × first `Accept` type × `binaryMediaTypes`
/// × `contentHandling`):
///
/// | payload | Accept | contentHandling   | result               |
/// |---------|--------|-------------------|----------------------|
/// | text    | text   | none / TO_TEXT    | unchanged            |
/// | text    | any    | CONVERT_TO_BINARY | base64-decoded blob  |
/// | text    | binary | none              | base64-decoded blob  |
/// | text    | binary | CONVERT_TO_TEXT   | unchanged            |
/// | binary  | text   | none / TO_TEXT    | base64-encoded text  |
/// | binary  | binary | none / TO_BINARY  | unchanged            |
/// | binary  | any    | CONVERT_TO_TEXT   | base64-encoded text  |
/// | binary  | text   | CONVERT_TO_BINARY | unchanged            |
///
/// A payload is binary when the backend response is flagged binary or its `Content-Type`
/// is one of the API's `binaryMediaTypes`; `Accept` is binary when its first media type is.
/// "When converting a text payload to a binary blob, API Gateway assumes that the text
/// data is a Base64-encoded string … If the conversion fails, it returns a 500 response
/// indicating an API configuration error" (API_CONFIGURATION_ERROR: "Base64 decoding failed
/// on binary data when binary support is enacted").
struct ContentConversion: Hashable, Sendable {
    /// What happens to the payload.
    enum Action: Hashable, Sendable {
        case passThrough
        case base64Encode
        case base64Decode
    }

    var action: Action
    /// Why, in words.
    var reason: String

    /// Looks the case up in the table.
    static func decide(handling: ContentHandling?, payloadIsBinary: Bool, acceptIsBinary: Bool) -> ContentConversion {
        let payload = payloadIsBinary ? "binary payload" : "text payload"
        let accept = acceptIsBinary ? "binary Accept type" : "text Accept type"
        switch (handling, payloadIsBinary) {
        case (.convertToText?, true):
            return ContentConversion(action: .base64Encode, reason: "CONVERT_TO_TEXT on a \(payload): base64-encoded")
        case (.convertToText?, false):
            return ContentConversion(action: .passThrough, reason: "CONVERT_TO_TEXT on a \(payload): unchanged")
        case (.convertToBinary?, true):
            return ContentConversion(action: .passThrough, reason: "CONVERT_TO_BINARY on a \(payload): unchanged")
        case (.convertToBinary?, false):
            return ContentConversion(action: .base64Decode, reason: "CONVERT_TO_BINARY on a \(payload): base64-decoded")
        case (nil, true):
            return acceptIsBinary
                ? ContentConversion(action: .passThrough, reason: "no contentHandling, \(payload), \(accept): unchanged")
                : ContentConversion(action: .base64Encode, reason: "no contentHandling, \(payload), \(accept): base64-encoded")
        case (nil, false):
            return acceptIsBinary
                ? ContentConversion(action: .base64Decode, reason: "no contentHandling, \(payload), \(accept): base64-decoded")
                : ContentConversion(action: .passThrough, reason: "no contentHandling, \(payload): unchanged")
        }
    }

    /// Decodes base64 text as API Gateway's conversion does; `nil` when it is not base64.
    ///
    /// The standard alphabet with optional `=` padding; surrounding whitespace and line
    /// breaks (as `base64` wraps its output) are ignored, anything else fails.
    static func decodeBase64(_ data: Data) -> Data? {
        var text = String(decoding: data, as: UTF8.self)
        text.removeAll { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        text = PipelineText.trimmed(text)
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let unpadded = text.hasSuffix("==") ? String(text.dropLast(2)) : (text.hasSuffix("=") ? String(text.dropLast()) : text)
        guard unpadded.allSatisfy({ alphabet.contains($0) }), unpadded.count % 4 != 1 else { return nil }
        let padded = unpadded + String(repeating: "=", count: (4 - unpadded.count % 4) % 4)
        return Data(base64Encoded: padded)
    }
}
