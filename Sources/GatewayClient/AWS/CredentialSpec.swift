import Foundation

/// How the credentials of a configuration are obtained, before any request is made.
public indirect enum CredentialSpec: Sendable {
    /// Fixed keys (environment or a profile).
    case fixed(AWSCredentials)
    /// A `credential_process` command, with where it was written.
    case process(command: String, file: String, line: Int)
    /// STS `AssumeRole` signed with the source credentials (with an MFA code when `mfaSerial` is set).
    case assumeRole(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?,
                    source: CredentialSpec, stsEndpoint: String, region: String, mfa: MFASpec?)
    /// STS `AssumeRoleWithWebIdentity` with a token file (unsigned).
    case webIdentity(WebIdentitySpec)
    /// IAM Identity Center: the token `aws sso login` cached, then the portal's `GetRoleCredentials`.
    case sso(SSOSpec)
    /// The container credentials endpoint (ECS, EKS Pod Identity).
    case container(ContainerSpec)
    /// EC2 instance metadata (IMDSv2).
    case instanceMetadata(InstanceMetadataSpec)

    /// Where the credentials come from, for messages (never a secret).
    public var summary: String {
        switch self {
        case .fixed(let credentials): return credentials.source
        case .process(let command, let file, let line): return "credential_process `\(command)` (\(file):\(line))"
        case .assumeRole(let roleArn, _, _, _, let source, _, _, let mfa):
            return "role \(roleArn) assumed with \(source.summary)" + (mfa.map { " and an MFA code for \($0.serial)" } ?? "")
        case .webIdentity(let spec): return "web identity token \(spec.tokenFile) for role \(spec.roleArn)"
        case .sso(let spec): return "IAM Identity Center (SSO) role \(spec.roleName) in account \(spec.accountId) (profile \(spec.profileName))"
        case .container(let spec): return "container credentials endpoint \(spec.url)"
        case .instanceMetadata(let spec): return "EC2 instance metadata (IMDSv2) at \(spec.endpoint)"
        }
    }
}

/// The MFA device of an assumed-role profile.
public struct MFASpec: Sendable, Equatable {
    /// The device's serial number or ARN (`mfa_serial`).
    public var serial: String
    /// The profile that asks, for the prompt.
    public var profileName: String
    /// The AWS CLI's assume-role cache folder (`~/.aws/cli/cache`); nil keeps sessions in memory only.
    public var cacheDirectory: String?
    /// Whether `role_session_name` was configured (botocore's cache key includes it only then).
    public var sessionNameIsConfigured = false
}
