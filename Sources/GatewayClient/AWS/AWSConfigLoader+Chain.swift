import Foundation

/// The files and settings one resolution reads (profiles, `[sso-session]` and `[services]` sections).
struct ConfigFiles {
    var configPath: String
    var config: INIFile?
    var credentialsPath: String
    var credentials: INIFile?
    var profileOf: (String) -> AWSProfile

    /// The `[services NAME]` section a profile names; an error when it names one that is not there.
    func services(of profile: AWSProfile) throws -> INIFile.Section? {
        guard let name = profile["services"] else { return nil }
        guard let section = config?.sections["services \(name)"] else {
            let place = profile.place(of: "services")
            throw ConfigError("profile \"\(profile.name)\" names services \"\(name)\", but there is no [services \(name)] section in \(configPath)",
                              file: place?.file ?? configPath, line: place?.line)
        }
        return section
    }
}

extension AWSConfigLoader {
    /// Web identity from the environment (`AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`,
    /// `AWS_ROLE_SESSION_NAME`, each winning over the profile's key) or the profile's
    /// `web_identity_token_file`, as botocore's `AssumeRoleWithWebIdentityProvider`.
    func webIdentity(_ profile: AWSProfile, useEnvironment: Bool, endpoints: ServiceEndpoints, region: String) throws -> CredentialSpec? {
        let setting = { (key: String, variable: String) -> String? in
            (useEnvironment ? self.nonEmpty(self.environment[variable]) : nil) ?? profile[key]
        }
        guard let tokenFile = setting("web_identity_token_file", "AWS_WEB_IDENTITY_TOKEN_FILE") else { return nil }
        guard let roleArn = setting("role_arn", "AWS_ROLE_ARN") else {
            throw ConfigError("a web identity token file (\(tokenFile)) is configured but no role: set AWS_ROLE_ARN or the profile's role_arn")
        }
        let sessionName = setting("role_session_name", "AWS_ROLE_SESSION_NAME") ?? "botocore-session-\(Int(Date().timeIntervalSince1970))"
        return .webIdentity(WebIdentitySpec(roleArn: roleArn, sessionName: sessionName, tokenFile: expand(tokenFile),
                                            stsEndpoint: endpoints.url("sts", fallback: "https://sts.\(region).amazonaws.com")))
    }

    /// IAM Identity Center settings of a profile (`sso_session` and its `[sso-session NAME]`, or
    /// the legacy `sso_start_url`…), as botocore's `SSOProvider` reads them; nil when the profile
    /// has neither `sso_role_name` nor `sso_account_id`.
    func sso(_ profile: AWSProfile, files: ConfigFiles, endpoints: ServiceEndpoints) throws -> CredentialSpec? {
        guard profile["sso_role_name"] != nil || profile["sso_account_id"] != nil else { return nil }
        var settings: [String: String] = [:]
        for key in ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"] { settings[key] = profile[key] }
        let place = profile.place(of: "sso_role_name") ?? profile.place(of: "sso_account_id")
        let at = place.map { "\($0.file):\($0.line)" } ?? files.configPath
        let sessionName = profile["sso_session"]
        if let sessionName {
            guard let section = files.config?.sections["sso-session \(sessionName)"] else {
                throw ConfigError("profile \"\(profile.name)\" names sso_session \"\(sessionName)\", but there is no [sso-session \(sessionName)] section in \(files.configPath); run `aws configure sso --profile \(profile.name)`", file: at)
            }
            for (key, entry) in section.values where !entry.value.isEmpty {
                if let own = settings[key], own != entry.value {
                    throw ConfigError("the value for \(key) is inconsistent between profile \"\(profile.name)\" (\(own)) and sso-session \"\(sessionName)\" (\(entry.value))", file: at)
                }
                settings[key] = entry.value
            }
        }
        let missing = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"].filter { settings[$0] == nil }
        guard missing.isEmpty, let roleName = settings["sso_role_name"], let accountId = settings["sso_account_id"],
              let startURL = settings["sso_start_url"], let ssoRegion = settings["sso_region"] else {
            throw ConfigError("profile \"\(profile.name)\" is configured to use IAM Identity Center (SSO) but is missing: \(missing.joined(separator: ", ")); run `aws configure sso --profile \(profile.name)`", file: at)
        }
        return .sso(SSOSpec(profileName: profile.name, startURL: startURL, ssoRegion: ssoRegion, accountId: accountId, roleName: roleName,
                            sessionName: sessionName, cacheDirectory: expand("~/.aws/sso/cache"),
                            portalEndpoint: endpoints.url("sso", fallback: "https://portal.sso.\(ssoRegion).amazonaws.com"),
                            oidcEndpoint: endpoints.url("sso_oidc", fallback: "https://oidc.\(ssoRegion).amazonaws.com")))
    }

    /// The container endpoint from `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (under
    /// `http://169.254.170.2`) or `…_FULL_URI`, with `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`
    /// (read at each fetch) or `…_TOKEN`; nil when neither URI is set.
    func container() throws -> CredentialSpec? {
        let url: String
        if let relative = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]) {
            url = "http://169.254.170.2" + relative
        } else if let full = nonEmpty(environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"]) {
            guard ContainerSpec.isAllowed(full) else {
                throw ConfigError("AWS_CONTAINER_CREDENTIALS_FULL_URI \(full) is neither https nor a loopback address or one of \(ContainerSpec.allowedHosts.joined(separator: ", ")), so its credentials would travel in the clear; fix the variable or unset it")
            }
            url = full
        } else {
            return nil
        }
        return .container(ContainerSpec(url: url, authToken: nonEmpty(environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"]),
                                        authTokenFile: nonEmpty(environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"]).map(expand)))
    }

    /// EC2 instance metadata unless `AWS_EC2_METADATA_DISABLED=true`; the endpoint from
    /// `AWS_EC2_METADATA_SERVICE_ENDPOINT` or the profile's `ec2_metadata_service_endpoint`.
    func instanceMetadata(_ profile: AWSProfile, lookedAt: [String]) -> CredentialSpec? {
        guard environment["AWS_EC2_METADATA_DISABLED"]?.lowercased() != "true" else { return nil }
        let endpoint = nonEmpty(environment["AWS_EC2_METADATA_SERVICE_ENDPOINT"]) ?? profile["ec2_metadata_service_endpoint"] ?? "http://169.254.169.254"
        return .instanceMetadata(InstanceMetadataSpec(endpoint: endpoint, lookedAt: lookedAt))
    }

    /// The source a profile's `credential_source` names (`Environment`, `EcsContainer`, `Ec2InstanceMetadata`).
    func credentialSource(_ name: String, profile: AWSProfile, place: String) throws -> CredentialSpec {
        switch name {
        case "Environment":
            var ignored: [String] = []
            guard let source = try environmentCredentials(&ignored) else {
                throw ConfigError("profile \"\(profile.name)\" has credential_source = Environment but AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are not set", file: place)
            }
            return source
        case "EcsContainer":
            guard let source = try container() else {
                throw ConfigError("profile \"\(profile.name)\" has credential_source = EcsContainer but neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set", file: place)
            }
            return source
        case "Ec2InstanceMetadata":
            guard let source = instanceMetadata(profile, lookedAt: []) else {
                throw ConfigError("profile \"\(profile.name)\" has credential_source = Ec2InstanceMetadata but AWS_EC2_METADATA_DISABLED is true", file: place)
            }
            return source
        default:
            throw ConfigError("credential_source \"\(name)\" of profile \"\(profile.name)\" is not one of Environment, EcsContainer, Ec2InstanceMetadata", file: place)
        }
    }
}
