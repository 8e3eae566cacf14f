import GatewayModel

/// Which integration response a draft belongs to: the source's label and the import ID
/// (`API/RESOURCE/METHOD/STATUS`, with `new` as the status of a response not saved yet).
public struct DraftKey: Hashable, Sendable, Codable, CustomStringConvertible {
    public var source: String
    public var importID: String

    public init(source: String, importID: String) {
        self.source = source
        self.importID = importID
    }

    /// The key of a method's integration response; `status` `nil` for a new one.
    init(source: String, method: MethodID, status: String?) {
        self.init(source: source, importID: "\(method)/\(status ?? "new")")
    }

    public var description: String { "\(source) \(importID)" }

    /// A file name for the key: readable, and unique thanks to a hash of the whole key.
    var fileName: String {
        let readable = String(importID.map { $0.isLetter || $0.isNumber || "-_.".contains($0) ? $0 : "_" }.prefix(80))
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(source)\u{0}\(importID)".utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return readable + "-" + String(hash, radix: 16) + ".json"
    }
}

/// An integration response as a draft file stores it (plain fields, order kept).
/// Both directions walk `IntegrationResponse.Field`, so a new field is a compile error here.
struct ResponseRecord: Hashable, Sendable, Codable {
    var statusCode = ""
    var selectionPattern: String?
    var contentHandling: String?
    var responseParameters: [[String]] = []
    var responseTemplates: [[String]] = []

    init(_ response: IntegrationResponse) {
        for field in IntegrationResponse.Field.allCases {
            switch field {
            case .statusCode: statusCode = response.statusCode
            case .selectionPattern: selectionPattern = response.selectionPattern
            case .contentHandling: contentHandling = response.contentHandling?.rawValue
            case .responseParameters: responseParameters = Self.pairs(response.responseParameters)
            case .responseTemplates: responseTemplates = Self.pairs(response.responseTemplates)
            }
        }
    }

    /// The response; pairs that are not two strings are skipped.
    var response: IntegrationResponse {
        var response = IntegrationResponse(statusCode: "")
        for field in IntegrationResponse.Field.allCases {
            switch field {
            case .statusCode: response.statusCode = statusCode
            case .selectionPattern: response.selectionPattern = selectionPattern
            case .contentHandling: response.contentHandling = contentHandling.flatMap(ContentHandling.init(rawValue:))
            case .responseParameters: response.responseParameters = Self.map(responseParameters)
            case .responseTemplates: response.responseTemplates = Self.map(responseTemplates)
            }
        }
        return response
    }

    private static func pairs(_ map: OrderedMap<String>) -> [[String]] {
        map.entries.map { [$0.key, $0.value] }
    }

    private static func map(_ pairs: [[String]]) -> OrderedMap<String> {
        OrderedMap(pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil })
    }
}

/// The sample backend response of the preview, kept per integration response.
struct SampleBackend: Hashable, Sendable, Codable {
    /// The backend's HTTP status (HTTP, MOCK and AWS service integrations).
    var statusCode = "200"
    /// The Lambda function error's message; empty for a successful invocation.
    var errorMessage = ""
    /// Response headers, one `Name: value` per line.
    var headers = "Content-Type: application/json"
    /// The body.
    var body = "{}"
}

/// An unsaved edit of one integration response, as journaled on disk.
struct Draft: Hashable, Sendable, Codable {
    var formatVersion = 1
    var key: DraftKey
    var apiId: String
    var resourceId: String
    var resourcePath: String
    var httpMethod: String
    /// What the source had when editing started (`nil` for a new response).
    var original: ResponseRecord?
    /// The edited fields.
    var current: ResponseRecord
    /// The preview's sample backend response.
    var sample: SampleBackend?
    /// When it was written, in seconds since 1970.
    var writtenAt: Double

    /// The method the draft's response belongs to.
    var method: MethodID { MethodID(restApiId: apiId, resourceId: resourceId, httpMethod: httpMethod) }

    /// `/pets GET 200` for lists and messages.
    var title: String { "\(resourcePath) \(httpMethod) \(original?.statusCode ?? current.statusCode)\(original == nil ? " (new)" : "")" }
}

/// Responses compared as a user sees them: an empty selection pattern is no pattern.
extension IntegrationResponse {
    var normalized: IntegrationResponse {
        var copy = self
        if (copy.selectionPattern ?? "").isEmpty { copy.selectionPattern = nil }
        return copy
    }
}
