import Foundation

/// An IAM Identity Center profile, resolved (the `[sso-session]` merged in).
public struct SSOSpec: Sendable, Equatable {
    public var profileName: String
    public var startURL: String
    public var ssoRegion: String
    public var accountId: String
    public var roleName: String
    /// The `sso_session` name; nil for a legacy profile (no refresh, cache keyed by start URL).
    public var sessionName: String?
    /// `~/.aws/sso/cache`.
    public var cacheDirectory: String
    /// The access portal (`GetRoleCredentials`).
    public var portalEndpoint: String
    /// SSO OIDC (`CreateToken`).
    public var oidcEndpoint: String
}

/// Role credentials from the access portal's `GetRoleCredentials`, with the token `aws sso login`
/// cached, refreshed through SSO OIDC `CreateToken` within 15 minutes of its expiry (as
/// botocore's `SSOTokenProvider`), cached until five minutes before they expire.
final class SSOCredentialsProvider: CredentialsProvider {
    /// botocore refreshes a token this long before it expires.
    static let refreshWindow: TimeInterval = 15 * 60
    let spec: SSOSpec
    let call: UnsignedCall
    let now: @Sendable () -> Date
    private let cache = Locked<AWSCredentials?>(nil)
    /// One fetch at a time: concurrent first requests must not refresh (and rotate) the token twice.
    private let fetching = AsyncGate()

    init(spec: SSOSpec, call: UnsignedCall, now: @escaping @Sendable () -> Date = { Date() }) {
        self.spec = spec
        self.call = call
        self.now = now
    }

    var loginMessage: String {
        "the IAM Identity Center (SSO) session of profile \"\(spec.profileName)\" has expired or is not signed in; run `aws sso login --profile \(spec.profileName)`"
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        return try await fetching.run {
            if let cached = self.cache.withLock({ $0 }), !cached.expiresSoon { return cached }
            return try await self.fetch()
        }
    }

    private func fetch() async throws -> AWSCredentials {
        let token = try await accessToken()
        call.secrets.add([token])
        let query = URIEncoding.query([("account_id", spec.accountId), ("role_name", spec.roleName)])
        let request = HTTPRequest(method: "GET", url: spec.portalEndpoint.trimmingTrailingSlash + "/federation/credentials?" + query,
                                  headers: [HTTPHeader("x-amz-sso_bearer_token", token), HTTPHeader("Accept", "application/json")])
        let response: HTTPResponse
        do {
            response = try await call.send(request, what: "sso GetRoleCredentials")
        } catch let error as AWSError where error.httpStatus == 401 || error.type == "UnauthorizedException" {
            throw ConfigError(loginMessage)
        }
        guard let json = try? AWSJSON.parse(response.body), let role = json["roleCredentials"],
              let keyId = role.text("accessKeyId"), let secret = role.text("secretAccessKey") else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "the SSO portal answered GetRoleCredentials without roleCredentials",
                           requestId: AWSClient.requestId(response), httpStatus: response.status, request: "GET sso GetRoleCredentials")
        }
        let sessionToken = role.text("sessionToken")
        call.secrets.add([secret] + (sessionToken.map { [$0] } ?? []))
        // The portal gives the expiry in milliseconds since 1970.
        let expiration = role["expiration"]?.numberValue.map { Date(timeIntervalSince1970: $0 / 1000) }
        let credentials = AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: sessionToken, expiration: expiration,
                                         source: "IAM Identity Center (SSO) role \(spec.roleName) in account \(spec.accountId) (profile \(spec.profileName))")
        cache.withLock { $0 = credentials }
        return credentials
    }

    /// The cached access token, refreshed first when it is within the refresh window and can be.
    func accessToken() async throws -> String {
        let store = SSOTokenCache(directory: spec.cacheDirectory)
        let key = spec.sessionName ?? spec.startURL
        guard let token = try store.load(key, secrets: call.secrets) else {
            throw ConfigError("no IAM Identity Center (SSO) token is cached for \(spec.sessionName.map { "sso-session \"\($0)\"" } ?? spec.startURL) (\(store.path(for: key))); run `aws sso login --profile \(spec.profileName)`")
        }
        let remaining = token.expiresAt.timeIntervalSince(now())
        // Legacy profiles (no sso_session) are never refreshed, as in botocore.
        if spec.sessionName != nil, remaining < Self.refreshWindow, token.refreshable(now: now()) {
            do {
                return try await refresh(token, store: store, key: key)
            } catch let error as AWSError {
                call.debugLog?("SSO token refresh failed: \(call.secrets.redact(error.description))")
            }
        }
        guard remaining > 0 else { throw ConfigError(loginMessage) }
        return token.accessToken
    }

    /// SSO OIDC `CreateToken` with the refresh-token grant; the new token is written back as botocore writes it.
    private func refresh(_ token: SSOToken, store: SSOTokenCache, key: String) async throws -> String {
        let fields = token.fields
        let body = AWSJSON.object([("clientId", .string(fields["clientId"] ?? "")), ("clientSecret", .string(fields["clientSecret"] ?? "")),
                                   ("grantType", .string("refresh_token")), ("refreshToken", .string(fields["refreshToken"] ?? ""))])
        let request = HTTPRequest(method: "POST", url: spec.oidcEndpoint.trimmingTrailingSlash + "/token",
                                  headers: [HTTPHeader("Content-Type", "application/json")], body: Array(body.serialized.utf8))
        let response = try await call.send(request, what: "sso-oidc CreateToken")
        guard let json = try? AWSJSON.parse(response.body), let accessToken = json["accessToken"]?.stringValue,
              let expiresIn = json["expiresIn"]?.numberValue else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "SSO OIDC answered CreateToken without accessToken and expiresIn",
                           requestId: AWSClient.requestId(response), httpStatus: response.status, request: "POST sso-oidc CreateToken")
        }
        let refreshToken = json["refreshToken"]?.stringValue
        call.secrets.add([accessToken] + (refreshToken.map { [$0] } ?? []))
        // The same keys, in the same order, as botocore's SSOTokenProvider._attempt_create_token.
        var pairs: [(String, String)] = [
            ("startUrl", spec.startURL), ("region", spec.ssoRegion), ("accessToken", accessToken),
            ("expiresAt", SSOToken.format(now().addingTimeInterval(expiresIn))),
            ("clientId", fields["clientId"] ?? ""), ("clientSecret", fields["clientSecret"] ?? ""),
            ("registrationExpiresAt", fields["registrationExpiresAt"] ?? ""),
        ]
        if let refreshToken { pairs.append(("refreshToken", refreshToken)) }
        try store.save(pairs, for: key)
        call.debugLog?("SSO token for \(spec.sessionName ?? spec.startURL) refreshed and written to \(store.path(for: key))")
        return accessToken
    }
}
