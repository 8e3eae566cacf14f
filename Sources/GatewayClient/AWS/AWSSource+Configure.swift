import Foundation

extension AWSSource {
    /// An AWS source configured as the AWS CLI would be: flags first, then `AWS_*` variables,
    /// then the profile in `~/.aws`. Throws a `ConfigError` naming every place looked at when
    /// there are no credentials or no region.
    /// Every secret the configuration holds (static keys, the endpoint's user info) goes into
    /// `secrets`, and so do credentials fetched later, so the caller can redact all it prints.
    /// `mfaPrompt` asks for MFA codes (the terminal's prompt unless given).
    public static func configure(profile: String?, region: String?, endpointURL: String?, debug: Bool,
                                 environment: [String: String], secrets: Secrets = Secrets(),
                                 mfaPrompt: MFAPrompt? = nil) throws -> AWSSource {
        secrets.add(userInfoOf: endpointURL ?? "")
        let config = try AWSConfigLoader(environment: environment).load(profile: profile, region: region, endpointURL: endpointURL)
        try CurlTransport.loadLibrary()
        try Crypto.loadLibrary()
        let transport = CurlTransport(options: CurlTransport.Options(caBundle: config.caBundle))
        // botocore waits 1 s for instance metadata and 2 s for the container endpoint.
        let metadataTransport = CurlTransport(options: CurlTransport.Options(connectTimeout: .seconds(1), totalTimeout: .seconds(2),
                                                                             caBundle: config.caBundle))
        if case .instanceMetadata(let spec) = config.credentials, !spec.lookedAt.isEmpty {
            try InstanceMetadataCredentialsProvider.probe(spec, transport: metadataTransport)
        }
        var log: (@Sendable (String) -> Void)?
        if debug {
            log = { line in FileHandle.standardError.write(Data("gwx debug: \(secrets.redact(line))\n".utf8)) }
        }
        return make(config: config, transport: transport, metadataTransport: metadataTransport, debugLog: log, secrets: secrets,
                    mfaPrompt: mfaPrompt ?? { try await TerminalMFAPrompt.ask($0) })
    }

    /// An AWS source for a resolved configuration over any transport (tests pass doubles or peers).
    public static func make(config: AWSResolvedConfig, transport: any HTTPTransport, metadataTransport: (any HTTPTransport)? = nil,
                            debugLog: (@Sendable (String) -> Void)? = nil, retryPolicy: RetryPolicy = RetryPolicy(),
                            secrets: Secrets = Secrets(), mfaPrompt: MFAPrompt? = nil) -> AWSSource {
        config.credentials.addSecrets(to: secrets)
        secrets.add(userInfoOf: config.endpoint)
        let transports = CredentialTransports(main: transport, metadata: metadataTransport ?? transport)
        let provider = AnnouncingCredentialsProvider(
            inner: credentialsProvider(config.credentials, transports: transports, debugLog: debugLog, secrets: secrets, mfaPrompt: mfaPrompt),
            debugLog: debugLog)
        let client = AWSClient(endpoint: config.endpoint, signer: SigV4Signer(service: "apigateway", region: config.region),
                               credentials: provider, transport: transport, retryPolicy: retryPolicy, debugLog: debugLog, secrets: secrets)
        return AWSSource(client: client, label: "aws \(config.profileName) \(config.region)", mfa: config.credentials.mfa)
    }

    /// The provider for a spec, with one transport for everything.
    static func credentialsProvider(_ spec: CredentialSpec, transport: any HTTPTransport, debugLog: (@Sendable (String) -> Void)?,
                                    secrets: Secrets = Secrets(), mfaPrompt: MFAPrompt? = nil) -> any CredentialsProvider {
        credentialsProvider(spec, transports: CredentialTransports(main: transport, metadata: transport), debugLog: debugLog,
                            secrets: secrets, mfaPrompt: mfaPrompt)
    }

    /// The provider that produces credentials as a spec describes.
    static func credentialsProvider(_ spec: CredentialSpec, transports: CredentialTransports, debugLog: (@Sendable (String) -> Void)?,
                                    secrets: Secrets = Secrets(), mfaPrompt: MFAPrompt? = nil) -> any CredentialsProvider {
        let call = UnsignedCall(transport: transports.main, debugLog: debugLog, secrets: secrets)
        let metadataCall = UnsignedCall(transport: transports.metadata, debugLog: debugLog, secrets: secrets)
        switch spec {
        case .fixed(let credentials):
            return StaticCredentialsProvider(credentials)
        case .process(let command, let file, let line):
            return ProcessCredentialsProvider(command: command, file: file, line: line, secrets: secrets)
        case .assumeRole(let roleArn, let sessionName, let externalId, let durationSeconds, let source, let stsEndpoint, let region, let mfa):
            let sourceProvider = credentialsProvider(source, transports: transports, debugLog: debugLog, secrets: secrets, mfaPrompt: mfaPrompt)
            let sts = AWSClient(endpoint: stsEndpoint, signer: SigV4Signer(service: "sts", region: region),
                                credentials: sourceProvider, transport: transports.main, debugLog: debugLog, secrets: secrets)
            return AssumeRoleCredentialsProvider(roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                                                 durationSeconds: durationSeconds, mfa: mfa, prompt: mfaPrompt, sts: sts)
        case .webIdentity(let spec):
            return WebIdentityCredentialsProvider(spec: spec, call: call)
        case .sso(let spec):
            return SSOCredentialsProvider(spec: spec, call: call)
        case .container(let spec):
            return ContainerCredentialsProvider(spec: spec, call: metadataCall)
        case .instanceMetadata(let spec):
            return InstanceMetadataCredentialsProvider(spec: spec, call: metadataCall)
        }
    }
}

/// The transport for AWS services, and the short-timeout one for the metadata endpoints.
struct CredentialTransports: Sendable {
    var main: any HTTPTransport
    var metadata: any HTTPTransport
}

/// Logs, when debugging, which provider answered each time the credentials change.
final class AnnouncingCredentialsProvider: CredentialsProvider {
    let inner: any CredentialsProvider
    let debugLog: (@Sendable (String) -> Void)?
    private let lastAnnounced = Locked<String?>(nil)

    init(inner: any CredentialsProvider, debugLog: (@Sendable (String) -> Void)?) {
        self.inner = inner
        self.debugLog = debugLog
    }

    func credentials() async throws -> AWSCredentials {
        let credentials = try await inner.credentials()
        if let debugLog {
            let line = "credentials from \(credentials.source) (access key \(credentials.accessKeyId))"
            let isNew = lastAnnounced.withLock { last -> Bool in
                defer { last = line }
                return last != line
            }
            if isNew { debugLog(line) }
        }
        return credentials
    }
}

extension CredentialSpec {
    /// The MFA device an assumed role (at any depth) needs a code from.
    var mfa: MFASpec? {
        guard case .assumeRole(_, _, _, _, let source, _, _, let mfa) = self else { return nil }
        return mfa ?? source.mfa
    }

    /// Adds the secrets known before any request (fixed keys, at any depth) to `secrets`.
    func addSecrets(to secrets: Secrets) {
        switch self {
        case .fixed(let credentials): secrets.add(credentials.secrets)
        case .container(let spec): secrets.add(spec.authToken.map { [$0] } ?? [])
        case .process, .webIdentity, .sso, .instanceMetadata: break
        case .assumeRole(_, _, _, _, let source, _, _, _): source.addSecrets(to: secrets)
        }
    }
}
