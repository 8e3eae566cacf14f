import Foundation

/// The container credentials endpoint of ECS or EKS Pod Identity.
public struct ContainerSpec: Sendable, Equatable {
    /// `http://169.254.170.2` + the relative URI, or the full URI.
    public var url: String
    /// `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
    public var authToken: String?
    /// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (wins over the token; read at each fetch).
    public var authTokenFile: String?

    /// The hosts botocore allows over plain http besides loopback addresses.
    static let allowedHosts = ["169.254.170.2", "169.254.170.23", "fd00:ec2::23", "localhost"]

    /// Whether botocore would fetch from this full URI: https, or http to a loopback or allowed host.
    static func isAllowed(_ url: String) -> Bool {
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else { return false }
        if scheme == "https" { return true }
        guard scheme == "http", let host = components.host?.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) else { return false }
        if allowedHosts.contains(host) || host == "::1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}

/// Credentials from the container endpoint (`GET`, `Authorization` set to the token), with
/// botocore's 2 s timeout and 3 attempts; cached until five minutes before they expire.
final class ContainerCredentialsProvider: CredentialsProvider {
    static let attempts = 3
    let spec: ContainerSpec
    let call: UnsignedCall
    private let cache = Locked<AWSCredentials?>(nil)

    init(spec: ContainerSpec, call: UnsignedCall) {
        self.spec = spec
        self.call = call
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        var headers = [HTTPHeader("Accept", "application/json")]
        if let token = try authorizationToken() { headers.append(HTTPHeader("Authorization", token)) }
        var attempt = 0
        while true {
            attempt += 1
            do {
                let response = try await call.send(HTTPRequest(method: "GET", url: spec.url, headers: headers), what: "container credentials")
                let credentials = try parse(response)
                cache.withLock { $0 = credentials }
                return credentials
            } catch let error as TransportError where error.isRetryable && attempt < Self.attempts {
                continue
            } catch let error as AWSError where error.isRetryable && attempt < Self.attempts {
                continue
            }
        }
    }

    private func authorizationToken() throws -> String? {
        var token = spec.authToken
        if let file = spec.authTokenFile {
            let bytes = try GuardedFile.read(file, what: "container authorization token file", limit: FileSizeLimit(bytes: 1 << 20))
            token = try GuardedFile.decodeUTF8(bytes, file: file, what: "container authorization token file")
        }
        guard let token else { return nil }
        call.secrets.add([token])
        // botocore refuses a token that would split the header.
        guard !token.contains("\r") && !token.contains("\n") else {
            throw ConfigError("the container authorization token contains a line break; it must be one line (check AWS_CONTAINER_AUTHORIZATION_TOKEN or its file)")
        }
        return token
    }

    private func parse(_ response: HTTPResponse) throws -> AWSCredentials {
        let json = try? AWSJSON.parse(response.body)
        call.secrets.add(["SecretAccessKey", "Token"].compactMap { json?[$0]?.stringValue })
        guard let json, let keyId = json["AccessKeyId"]?.stringValue, let secret = json["SecretAccessKey"]?.stringValue else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "the container credentials endpoint answered without AccessKeyId and SecretAccessKey",
                           httpStatus: response.status, request: "GET \(spec.url)")
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: json["Token"]?.stringValue,
                              expiration: json["Expiration"]?.stringValue.flatMap(parseISO8601), source: "container credentials endpoint \(spec.url)")
    }
}
