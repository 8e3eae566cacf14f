import Foundation

/// Signs HTTP requests with AWS Signature Version 4 (header form, payload hashed).
///
/// The request's path and query must already be in wire form (percent-encoded as sent);
/// the canonical URI encodes that path once more, as SigV4 requires for every service but S3.
public struct SigV4Signer: Sendable {
    /// The signing name of the service (`apigateway`, `sts`).
    public var service: String
    /// The region in the credential scope.
    public var region: String

    public init(service: String, region: String) {
        self.service = service
        self.region = region
    }

    /// What signing produced, with the intermediate strings for tests and debugging.
    public struct Signature: Sendable {
        /// The headers to add to the request (`Authorization`, `X-Amz-Date`, maybe `X-Amz-Security-Token`).
        public var headers: [(name: String, value: String)]
        public var canonicalRequest: String
        public var stringToSign: String
        /// The hex signature (a secret-derived value: redacted from logs).
        public var signature: String
    }

    /// Signs a request. `headers` are every header that will be sent and signed (Host is
    /// derived from the URL when absent); the returned headers must be added as they are.
    public func sign(method: String, url: String, headers: [(name: String, value: String)], body: [UInt8],
                     credentials: AWSCredentials, date: Date) -> Signature {
        let amzDate = SigV4Signer.amzDate(date)
        let parts = SigV4Signer.splitURL(url)
        var toSign: [(name: String, value: String)] = headers.filter { !SigV4Signer.unsignedHeaders.contains($0.name.lowercased()) }
        if !toSign.contains(where: { $0.name.lowercased() == "host" }) {
            toSign.append((name: "host", value: parts.host))
        }
        toSign.removeAll { ["x-amz-date", "authorization", "x-amz-security-token"].contains($0.name.lowercased()) }
        toSign.append((name: "X-Amz-Date", value: amzDate))
        if let token = credentials.sessionToken { toSign.append((name: "X-Amz-Security-Token", value: token)) }

        var grouped: [String: [String]] = [:]
        for header in toSign {
            grouped[header.name.lowercased(), default: []].append(SigV4Signer.trimAll(header.value))
        }
        let names = grouped.keys.sorted()
        let canonicalHeaders = names.map { "\($0):\(grouped[$0, default: []].joined(separator: ","))\n" }.joined()
        let signedHeaders = names.joined(separator: ";")
        let canonicalRequest = [
            method.uppercased(),
            SigV4Signer.canonicalURI(parts.path),
            SigV4Signer.canonicalQuery(parts.query),
            canonicalHeaders,
            signedHeaders,
            Crypto.hex(Crypto.sha256(body)),
        ].joined(separator: "\n")
        let day = String(amzDate.prefix(8))
        let scope = "\(day)/\(region)/\(service)/aws4_request"
        let stringToSign = [
            "AWS4-HMAC-SHA256", amzDate, scope, Crypto.hex(Crypto.sha256(Array(canonicalRequest.utf8))),
        ].joined(separator: "\n")
        let key = signingKey(secret: credentials.secretAccessKey, day: day)
        let signature = Crypto.hex(Crypto.hmacSHA256(key: key, message: Array(stringToSign.utf8)))
        var added: [(name: String, value: String)] = [
            (name: "Authorization", value: "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(scope), SignedHeaders=\(signedHeaders), Signature=\(signature)"),
            (name: "X-Amz-Date", value: amzDate),
        ]
        if let token = credentials.sessionToken { added.append((name: "X-Amz-Security-Token", value: token)) }
        return Signature(headers: added, canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature)
    }

    /// The derived signing key for a day: HMAC chain over date, region, service, `aws4_request`.
    func signingKey(secret: String, day: String) -> [UInt8] {
        let kDate = Crypto.hmacSHA256(key: Array("AWS4\(secret)".utf8), message: Array(day.utf8))
        let kRegion = Crypto.hmacSHA256(key: kDate, message: Array(region.utf8))
        let kService = Crypto.hmacSHA256(key: kRegion, message: Array(service.utf8))
        return Crypto.hmacSHA256(key: kService, message: Array("aws4_request".utf8))
    }

    // MARK: - Canonical pieces

    /// Headers that proxies and HTTP stacks may change, so they are never signed.
    static let unsignedHeaders: Set<String> = [
        "user-agent", "expect", "connection", "keep-alive", "transfer-encoding", "te", "trailer",
        "upgrade", "proxy-authorization", "proxy-authenticate", "accept-encoding", "x-amzn-trace-id",
    ]

    /// `20150830T123600Z` for a date.
    public static func amzDate(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? TimeZone.current
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(c.year, 4))\(pad(c.month, 2))\(pad(c.day, 2))T\(pad(c.hour, 2))\(pad(c.minute, 2))\(pad(c.second, 2))Z"
    }

    /// Collapses runs of spaces and trims, as SigV4's `Trimall`.
    static func trimAll(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
    }

    /// The wire path with dot segments and empty segments removed, then percent-encoded again.
    static func canonicalURI(_ path: String) -> String {
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { _ = segments.popLast(); continue }
            segments.append(segment)
        }
        var normalized = "/" + segments.joined(separator: "/")
        if path.hasSuffix("/") && !segments.isEmpty { normalized += "/" }
        return URIEncoding.encode(normalized, keepSlash: true)
    }

    /// Query pairs (already encoded on the wire) sorted by key, then value.
    static func canonicalQuery(_ query: String) -> String {
        guard !query.isEmpty else { return "" }
        let pairs: [(String, String)] = query.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }
        return pairs.sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
    }

    /// Host (with a non-default port), path and query of a URL, without decoding anything.
    static func splitURL(_ url: String) -> (host: String, path: String, query: String) {
        var rest = Substring(url)
        var defaultPort = ""
        if let range = rest.range(of: "://") {
            defaultPort = rest[..<range.lowerBound].lowercased() == "https" ? "443" : "80"
            rest = rest[range.upperBound...]
        }
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var host = String(rest[..<authorityEnd])
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        if host.hasSuffix(":" + defaultPort) { host = String(host.dropLast(defaultPort.count + 1)) }
        rest = rest[authorityEnd...]
        let queryStart = rest.firstIndex(of: "?")
        let path = queryStart.map { String(rest[..<$0]) } ?? String(rest)
        let query = queryStart.map { String(rest[rest.index(after: $0)...]) } ?? ""
        return (host.lowercased(), path.isEmpty ? "/" : path, query)
    }
}

/// RFC 3986 percent-encoding with AWS's unreserved set (`A-Z a-z 0-9 - _ . ~`).
public enum URIEncoding {
    /// Encodes every byte outside the unreserved set (and `/` unless `keepSlash`).
    public static func encode(_ text: String, keepSlash: Bool = false) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var out = [UInt8]()
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"),
                 UInt8(ascii: "."), UInt8(ascii: "~"):
                out.append(byte)
            case UInt8(ascii: "/") where keepSlash:
                out.append(byte)
            default:
                out.append(UInt8(ascii: "%"))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0f)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Builds a wire query string from unencoded pairs, in the given order.
    public static func query(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(encode($0.0))=\(encode($0.1))" }.joined(separator: "&")
    }
}
