import Foundation

/// Everything needed to talk to API Gateway, resolved as the AWS CLI does.
public struct AWSResolvedConfig: Sendable {
    public var profileName: String
    public var region: String
    /// The API Gateway endpoint (`https://apigateway.{region}.amazonaws.com` unless overridden).
    public var endpoint: String
    public var credentials: CredentialSpec
    /// A CA bundle to trust (`AWS_CA_BUNDLE` or the profile's `ca_bundle`).
    public var caBundle: String?

    public init(profileName: String, region: String, endpoint: String, credentials: CredentialSpec, caBundle: String? = nil) {
        self.profileName = profileName
        self.region = region
        self.endpoint = endpoint
        self.credentials = credentials
        self.caBundle = caBundle
    }
}

/// Resolves profile, region, endpoint and credentials from flags, environment and `~/.aws` files.
public struct AWSConfigLoader: Sendable {
    public var environment: [String: String]
    /// Reads a file's text; nil when it does not exist, an error when it cannot be read.
    public var readFile: @Sendable (String) throws -> String?

    /// A loader that reads `~/.aws` files through `GuardedFile` (regular files, UTF-8, at most
    /// `GWX_MAX_FILE_SIZE`), unless `readFile` says otherwise.
    public init(environment: [String: String], readFile: (@Sendable (String) throws -> String?)? = nil) {
        self.environment = environment
        let limit = FileSizeLimit.lenient(environment)
        self.readFile = readFile ?? { path in
            try GuardedFile.readIfPresent(path, what: "AWS configuration file", limit: limit)
                .map { try GuardedFile.decodeUTF8($0, file: path, what: "AWS configuration file") }
        }
    }

    /// The configuration for the given flags (each nil when not passed).
    public func load(profile flagProfile: String?, region flagRegion: String?, endpointURL flagEndpoint: String?) throws -> AWSResolvedConfig {
        let profileName = nonEmpty(flagProfile) ?? nonEmpty(environment["AWS_PROFILE"]) ?? nonEmpty(environment["AWS_DEFAULT_PROFILE"]) ?? "default"
        let configPath = expand(nonEmpty(environment["AWS_CONFIG_FILE"]) ?? "~/.aws/config")
        let credentialsPath = expand(nonEmpty(environment["AWS_SHARED_CREDENTIALS_FILE"]) ?? "~/.aws/credentials")
        let configFile = try readFile(configPath).map { try INIFile.parse($0, path: configPath) }
        let credentialsFile = try readFile(credentialsPath).map { try INIFile.parse($0, path: credentialsPath) }
        let profileOf = { (name: String) in AWSProfile.load(name: name, config: configFile, credentials: credentialsFile) }
        let profile = profileOf(profileName)
        let explicitProfile = nonEmpty(flagProfile) != nil || nonEmpty(environment["AWS_PROFILE"]) != nil
        if explicitProfile && !profile.exists {
            throw ConfigError("profile \"\(profileName)\" is not in \(configPath) (as [profile \(profileName)]) nor in \(credentialsPath) (as [\(profileName)]); run `aws configure --profile \(profileName)` or pick another profile")
        }

        guard let region = nonEmpty(flagRegion) ?? nonEmpty(environment["AWS_REGION"]) ?? nonEmpty(environment["AWS_DEFAULT_REGION"]) ?? profile["region"] else {
            throw ConfigError("no AWS region: looked at --region, AWS_REGION, AWS_DEFAULT_REGION and `region` of profile \"\(profileName)\" in \(configPath); pass --region eu-west-1, export AWS_REGION, or run `aws configure set region eu-west-1 --profile \(profileName)`")
        }

        let files = ConfigFiles(configPath: configPath, config: configFile, credentialsPath: credentialsPath,
                                credentials: credentialsFile, profileOf: profileOf)
        let endpoints = ServiceEndpoints(environment: environment, profile: profile, services: try files.services(of: profile))
        let endpoint = nonEmpty(flagEndpoint) ?? endpoints.configured("api_gateway") ?? "https://apigateway.\(region).amazonaws.com"

        // botocore's order: environment, assume-role, web identity, SSO, the credentials file,
        // credential_process, the config file, the container endpoint, instance metadata.
        var lookedAt: [String] = []
        var credentials: CredentialSpec?
        let useEnvironment = nonEmpty(flagProfile) == nil
        if !useEnvironment {
            lookedAt.append("AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (skipped: --profile was given)")
        } else {
            credentials = try environmentCredentials(&lookedAt)
        }
        if credentials == nil {
            var visited = Set<String>()
            credentials = try profileCredentials(profile, files: files, region: region, useEnvironment: useEnvironment,
                                                 visited: &visited, lookedAt: &lookedAt)
        }
        if credentials == nil {
            credentials = try container()
            if credentials == nil { lookedAt.append("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI/AWS_CONTAINER_CREDENTIALS_FULL_URI (not set)") }
        }
        if credentials == nil {
            credentials = instanceMetadata(profile, lookedAt: lookedAt)
            if credentials == nil { lookedAt.append("EC2 instance metadata (AWS_EC2_METADATA_DISABLED is true)") }
        }
        guard let credentials else {
            throw ConfigError(AWSConfigLoader.noCredentials(lookedAt))
        }
        let caBundle = nonEmpty(environment["AWS_CA_BUNDLE"]) ?? profile["ca_bundle"]
        return AWSResolvedConfig(profileName: profileName, region: region, endpoint: endpoint, credentials: credentials,
                                 caBundle: caBundle.map(expand))
    }

    // MARK: - Credential sources

    func environmentCredentials(_ lookedAt: inout [String]) throws -> CredentialSpec? {
        let keyId = nonEmpty(environment["AWS_ACCESS_KEY_ID"])
        let secret = nonEmpty(environment["AWS_SECRET_ACCESS_KEY"])
        switch (keyId, secret) {
        case let (keyId?, secret?):
            return .fixed(AWSCredentials(accessKeyId: keyId, secretAccessKey: secret,
                                         sessionToken: nonEmpty(environment["AWS_SESSION_TOKEN"]), source: "environment variables"))
        case (_?, nil): throw ConfigError("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not; export both, or unset AWS_ACCESS_KEY_ID to use a profile")
        case (nil, _?): throw ConfigError("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not; export both, or unset AWS_SECRET_ACCESS_KEY to use a profile")
        case (nil, nil):
            lookedAt.append("AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY (not set)")
            return nil
        }
    }

    private func profileCredentials(
        _ profile: AWSProfile, files: ConfigFiles, region: String, useEnvironment: Bool,
        visited: inout Set<String>, lookedAt: inout [String]
    ) throws -> CredentialSpec? {
        visited.insert(profile.name)
        let endpoints = ServiceEndpoints(environment: environment, profile: profile, services: try files.services(of: profile))
        let stsEndpoint = endpoints.url("sts", fallback: "https://sts.\(region).amazonaws.com")
        if let roleArn = profile["role_arn"], profile["source_profile"] != nil || profile["credential_source"] != nil {
            let place = profile.place(of: "role_arn").map { "\($0.file):\($0.line)" } ?? files.configPath
            let source: CredentialSpec
            if let sourceName = profile["source_profile"] {
                if sourceName == profile.name {
                    guard let keys = staticKeys(profile) else {
                        throw ConfigError("profile \"\(profile.name)\" is its own source_profile but has no aws_access_key_id/aws_secret_access_key", file: place)
                    }
                    source = keys
                } else {
                    guard !visited.contains(sourceName) else {
                        throw ConfigError("source_profile \"\(sourceName)\" of profile \"\(profile.name)\" leads back to itself", file: place)
                    }
                    let sourceProfile = files.profileOf(sourceName)
                    guard sourceProfile.exists else {
                        throw ConfigError("profile \"\(profile.name)\" names source_profile \"\(sourceName)\", which does not exist", file: place)
                    }
                    var ignored: [String] = []
                    guard let found = try profileCredentials(sourceProfile, files: files, region: region, useEnvironment: false,
                                                             visited: &visited, lookedAt: &ignored) else {
                        throw ConfigError("source_profile \"\(sourceName)\" of profile \"\(profile.name)\" has no credentials (no aws_access_key_id/aws_secret_access_key, credential_process, role_arn, web identity or SSO settings)", file: place)
                    }
                    source = found
                }
            } else {
                source = try credentialSource(profile["credential_source"] ?? "", profile: profile, place: place)
            }
            return assumeRole(roleArn, profile: profile, source: source, region: region, stsEndpoint: stsEndpoint)
        }
        if let spec = try webIdentity(profile, useEnvironment: useEnvironment, endpoints: endpoints, region: region) { return spec }
        if let spec = try sso(profile, files: files, endpoints: endpoints) { return spec }
        if profile["role_arn"] != nil {
            let place = profile.place(of: "role_arn").map { "\($0.file):\($0.line)" } ?? files.configPath
            throw ConfigError("profile \"\(profile.name)\" has role_arn but no source_profile, credential_source or web_identity_token_file", file: place)
        }
        // The credentials file's keys, then credential_process, then the config file's keys.
        if let keys = staticKeys(profile), profile.place(of: "aws_access_key_id")?.file == files.credentialsPath { return keys }
        if let command = profile["credential_process"] {
            let place = profile.place(of: "credential_process")
            return .process(command: command, file: place?.file ?? files.configPath, line: place?.line ?? 0)
        }
        if let keys = staticKeys(profile) { return keys }
        let inCredentials = files.credentials != nil ? "no keys for [\(profile.name)]" : "file not found"
        let inConfig = files.config != nil ? "no keys, credential_process, role_arn or sso settings for profile \"\(profile.name)\"" : "file not found"
        lookedAt.append("\(files.credentialsPath) (\(inCredentials))")
        lookedAt.append("\(files.configPath) (\(inConfig))")
        return nil
    }

    private func staticKeys(_ profile: AWSProfile) -> CredentialSpec? {
        guard let keyId = profile["aws_access_key_id"], let secret = profile["aws_secret_access_key"] else { return nil }
        let place = profile.place(of: "aws_access_key_id").map { " in \($0.file)" } ?? ""
        return .fixed(AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: profile["aws_session_token"],
                                     source: "profile \(profile.name)\(place)"))
    }

    private func assumeRole(_ roleArn: String, profile: AWSProfile, source: CredentialSpec, region: String, stsEndpoint: String) -> CredentialSpec {
        .assumeRole(roleArn: roleArn, sessionName: profile["role_session_name"] ?? "gwx-\(Int(Date().timeIntervalSince1970))",
                    externalId: profile["external_id"], durationSeconds: profile["duration_seconds"].flatMap { Int($0) },
                    source: source, stsEndpoint: stsEndpoint, region: profile["sts_region"] ?? region,
                    mfa: profile["mfa_serial"].map {
                        MFASpec(serial: $0, profileName: profile.name, cacheDirectory: expand("~/.aws/cli/cache"),
                                sessionNameIsConfigured: profile["role_session_name"] != nil)
                    })
    }

    /// The one-line message when no source has credentials.
    static func noCredentials(_ lookedAt: [String]) -> String {
        "no AWS credentials found. Looked at: " + lookedAt.joined(separator: "; ")
            + ". To fix: run `aws configure` (or `aws configure --profile NAME` and pass --profile NAME), `aws sso login --profile NAME` for IAM Identity Center, or export AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
    }

    // MARK: - Helpers

    func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }

    func expand(_ path: String) -> String {
        guard path.hasPrefix("~/") else { return path }
        let home = nonEmpty(environment["HOME"]) ?? NSHomeDirectory()
        return home + path.dropFirst()
    }
}
