import Foundation

/// A role assumed with a web identity token file (GitHub Actions OIDC, EKS IRSA).
public struct WebIdentitySpec: Sendable, Equatable {
    public var roleArn: String
    public var sessionName: String
    /// The token file, read again at each refresh (the platform rotates it).
    public var tokenFile: String
    /// The STS endpoint (`AWS_ENDPOINT_URL_STS`, the profile's services section, else AWS's).
    public var stsEndpoint: String
}

/// Temporary credentials from STS `AssumeRoleWithWebIdentity`, an unsigned call: the token is the proof.
final class WebIdentityCredentialsProvider: CredentialsProvider {
    let spec: WebIdentitySpec
    let call: UnsignedCall
    let tokenLimit: FileSizeLimit
    private let cache = Locked<AWSCredentials?>(nil)

    init(spec: WebIdentitySpec, call: UnsignedCall, tokenLimit: FileSizeLimit = FileSizeLimit(bytes: 1 << 20)) {
        self.spec = spec
        self.call = call
        self.tokenLimit = tokenLimit
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        let bytes = try GuardedFile.read(spec.tokenFile, what: "web identity token file", limit: tokenLimit)
        let token = try GuardedFile.decodeUTF8(bytes, file: spec.tokenFile, what: "web identity token file")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw ConfigError("the web identity token file \(spec.tokenFile) is empty") }
        call.secrets.add([token])
        let form = [("Action", "AssumeRoleWithWebIdentity"), ("RoleArn", spec.roleArn), ("RoleSessionName", spec.sessionName),
                    ("WebIdentityToken", token), ("Version", "2011-06-15")]
        let request = HTTPRequest(method: "POST", url: spec.stsEndpoint.trimmingTrailingSlash + "/",
                                  headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                                  body: Array(URIEncoding.query(form).utf8))
        let response = try await call.send(request, what: "sts AssumeRoleWithWebIdentity")
        let credentials = try STSCredentials.parse(response, operation: "AssumeRoleWithWebIdentity", role: spec.roleArn,
                                                   source: "web identity (\(spec.tokenFile)) for role \(spec.roleArn)", secrets: call.secrets)
        cache.withLock { $0 = credentials }
        return credentials
    }
}

/// The `<Credentials>` of an STS answer (AssumeRole, AssumeRoleWithWebIdentity).
enum STSCredentials {
    static func parse(_ response: HTTPResponse, operation: String, role: String, source: String, secrets: Secrets) throws -> AWSCredentials {
        let text = String(decoding: response.body, as: UTF8.self)
        secrets.add(["SecretAccessKey", "SessionToken"].compactMap { AWSClient.xmlElement($0, in: text) })
        guard let keyId = AWSClient.xmlElement("AccessKeyId", in: text),
              let secret = AWSClient.xmlElement("SecretAccessKey", in: text) else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "STS \(operation) answered without credentials",
                           requestId: AWSClient.requestId(response), httpStatus: response.status, request: "POST sts \(operation) \(role)")
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: AWSClient.xmlElement("SessionToken", in: text),
                              expiration: AWSClient.xmlElement("Expiration", in: text).flatMap(parseISO8601), source: source)
    }
}

extension String {
    /// The text without one trailing `/`.
    var trimmingTrailingSlash: String { hasSuffix("/") ? String(dropLast()) : self }
}
