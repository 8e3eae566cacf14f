import Foundation

extension AWSSource {
    /// An AWS source configured as the AWS CLI would be: flags first, then `AWS_*` variables,
    /// then the profile in `~/.aws`. Throws a `ConfigError` naming every place looked at when
    /// there are no credentials or no region.
    /// Every secret the configuration holds (static keys, the endpoint's user info) goes into
    /// `secrets`, and so do credentials fetched later, so the caller can redact all it prints.
    public static func configure(profile: String?, region: String?, endpointURL: String?, debug: Bool,
                                 environment: [String: String], secrets: Secrets = Secrets()) throws -> AWSSource {
        secrets.add(userInfoOf: endpointURL ?? "")
        let config = try AWSConfigLoader(environment: environment).load(profile: profile, region: region, endpointURL: endpointURL)
        try CurlTransport.loadLibrary()
        try Crypto.loadLibrary()
        let transport = CurlTransport(options: CurlTransport.Options(caBundle: config.caBundle))
        var log: (@Sendable (String) -> Void)?
        if debug {
            log = { line in FileHandle.standardError.write(Data("gwx debug: \(secrets.redact(line))\n".utf8)) }
        }
        return make(config: config, transport: transport, debugLog: log, secrets: secrets)
    }

    /// An AWS source for a resolved configuration over any transport (tests pass doubles or peers).
    public static func make(config: AWSResolvedConfig, transport: any HTTPTransport, debugLog: (@Sendable (String) -> Void)? = nil,
                            retryPolicy: RetryPolicy = RetryPolicy(), secrets: Secrets = Secrets()) -> AWSSource {
        config.credentials.addSecrets(to: secrets)
        secrets.add(userInfoOf: config.endpoint)
        let provider = credentialsProvider(config.credentials, transport: transport, debugLog: debugLog, secrets: secrets)
        let client = AWSClient(endpoint: config.endpoint, signer: SigV4Signer(service: "apigateway", region: config.region),
                               credentials: provider, transport: transport, retryPolicy: retryPolicy, debugLog: debugLog, secrets: secrets)
        return AWSSource(client: client, label: "aws \(config.profileName) \(config.region)")
    }

    /// The provider that produces credentials as a spec describes.
    static func credentialsProvider(_ spec: CredentialSpec, transport: any HTTPTransport, debugLog: (@Sendable (String) -> Void)?,
                                    secrets: Secrets = Secrets()) -> any CredentialsProvider {
        switch spec {
        case .fixed(let credentials):
            return StaticCredentialsProvider(credentials)
        case .process(let command, let file, let line):
            return ProcessCredentialsProvider(command: command, file: file, line: line, secrets: secrets)
        case .assumeRole(let roleArn, let sessionName, let externalId, let durationSeconds, let source, let stsEndpoint, let region):
            let sourceProvider = credentialsProvider(source, transport: transport, debugLog: debugLog, secrets: secrets)
            let sts = AWSClient(endpoint: stsEndpoint, signer: SigV4Signer(service: "sts", region: region),
                                credentials: sourceProvider, transport: transport, debugLog: debugLog, secrets: secrets)
            return AssumeRoleCredentialsProvider(roleArn: roleArn, sessionName: sessionName, externalId: externalId,
                                                 durationSeconds: durationSeconds, sts: sts)
        }
    }
}

extension CredentialSpec {
    /// Adds the secrets known before any request (fixed keys, at any depth) to `secrets`.
    func addSecrets(to secrets: Secrets) {
        switch self {
        case .fixed(let credentials): secrets.add(credentials.secrets)
        case .process: break
        case .assumeRole(_, _, _, _, let source, _, _): source.addSecrets(to: secrets)
        }
    }
}
