import Foundation

/// EC2 instance metadata: where it is, and what was looked at before it (for the message when
/// it does not answer, which is the usual case on a laptop).
public struct InstanceMetadataSpec: Sendable, Equatable {
    /// `http://169.254.169.254` unless `AWS_EC2_METADATA_SERVICE_ENDPOINT` says otherwise.
    public var endpoint: String
    /// The sources tried before, for the "no credentials" message.
    public var lookedAt: [String]
}

/// The instance role's credentials through IMDSv2 only: a session token from `PUT
/// /latest/api/token`, then the role name and its credentials with that token. Its transport
/// has botocore's 1 s timeout, so a laptop does not wait for it.
final class InstanceMetadataCredentialsProvider: CredentialsProvider {
    static let tokenTTLSeconds = "21600"
    let spec: InstanceMetadataSpec
    let call: UnsignedCall
    private let cache = Locked<AWSCredentials?>(nil)

    init(spec: InstanceMetadataSpec, call: UnsignedCall) {
        self.spec = spec
        self.call = call
    }

    /// When instance metadata is only the last resort (nothing else had credentials), asks for
    /// an IMDSv2 token right away, so that off EC2 the "no credentials" message comes at once
    /// (botocore's resolver asks at the same point); nothing else is fetched.
    static func probe(_ spec: InstanceMetadataSpec, transport: CurlTransport) throws {
        let base = spec.endpoint.trimmingTrailingSlash
        let request = HTTPRequest(method: "PUT", url: base + "/latest/api/token",
                                  headers: [HTTPHeader("x-aws-ec2-metadata-token-ttl-seconds", tokenTTLSeconds)])
        let reason: String
        do {
            let response = try transport.sendBlocking(request)
            if (200..<300).contains(response.status) { return }
            reason = "HTTP \(response.status) to the IMDSv2 token request"
        } catch let error as TransportError {
            reason = "no answer: \(error.kind.rawValue)"
        }
        throw ConfigError(AWSConfigLoader.noCredentials(spec.lookedAt + ["EC2 instance metadata at \(base) (\(reason))"]))
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        let base = spec.endpoint.trimmingTrailingSlash
        let token: String
        do {
            let answer = try await call.send(HTTPRequest(method: "PUT", url: base + "/latest/api/token",
                                                         headers: [HTTPHeader("x-aws-ec2-metadata-token-ttl-seconds", Self.tokenTTLSeconds)]),
                                             what: "IMDSv2 token")
            token = String(decoding: answer.body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch let error as TransportError where spec.lookedAt.count > 0 {
            // Nothing answers: this is not an EC2 instance, and every other source was empty.
            throw ConfigError(AWSConfigLoader.noCredentials(spec.lookedAt + ["EC2 instance metadata (no answer at \(base): \(error.kind.rawValue))"]))
        }
        call.secrets.add([token])
        let headers = [HTTPHeader("x-aws-ec2-metadata-token", token)]
        let roles = try await call.send(HTTPRequest(method: "GET", url: base + "/latest/meta-data/iam/security-credentials/", headers: headers),
                                        what: "IMDSv2 role name")
        guard let role = String(decoding: roles.body, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init), !role.isEmpty else {
            throw ConfigError("EC2 instance metadata at \(base) names no instance role; attach an IAM role to the instance or configure other credentials")
        }
        let answer = try await call.send(HTTPRequest(method: "GET", url: base + "/latest/meta-data/iam/security-credentials/" + URIEncoding.encode(role),
                                                     headers: headers), what: "IMDSv2 role credentials")
        let json = try? AWSJSON.parse(answer.body)
        call.secrets.add(["SecretAccessKey", "Token"].compactMap { json?[$0]?.stringValue })
        guard let json, let keyId = json["AccessKeyId"]?.stringValue, let secret = json["SecretAccessKey"]?.stringValue else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "EC2 instance metadata answered without AccessKeyId and SecretAccessKey",
                           httpStatus: answer.status, request: "GET \(base)/latest/meta-data/iam/security-credentials/\(role)")
        }
        let credentials = AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: json["Token"]?.stringValue,
                                         expiration: json["Expiration"]?.stringValue.flatMap(parseISO8601),
                                         source: "EC2 instance metadata (IMDSv2) role \(role)")
        cache.withLock { $0 = credentials }
        return credentials
    }
}
