import Foundation
import XCTest
@testable import GatewayClient

/// botocore's provider order, `credential_source`, IAM Identity Center settings and the
/// per-service endpoint overrides, as the loader resolves them (no network).
final class AWSCredentialChainTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try temporaryFolder("chain")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".aws"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func load(_ environment: [String: String] = [:], profile: String? = nil) throws -> CredentialSpec {
        var env = environment
        env["HOME"] = directory.path
        env["AWS_REGION"] = env["AWS_REGION"] ?? "us-east-1"
        return try AWSConfigLoader(environment: env).load(profile: profile, region: nil, endpointURL: nil).credentials
    }

    static let ssoConfig = """
        [profile dev]
        sso_session = corp
        sso_account_id = 111122223333
        sso_role_name = Reader
        services = local

        [sso-session corp]
        sso_start_url = https://corp.awsapps.com/start
        sso_region = eu-central-1
        sso_registration_scopes = sso:account:access

        [services local]
        sso =
          endpoint_url = http://portal.local
        sso_oidc =
          endpoint_url = http://oidc.local

        """

    func testSSOSessionProfileIsMergedWithItsSessionAndServicesSection() throws {
        try write(".aws/config", Self.ssoConfig)
        guard case .sso(let spec) = try load(profile: "dev") else { return XCTFail("expected SSO") }
        XCTAssertEqual(spec.startURL, "https://corp.awsapps.com/start")
        XCTAssertEqual(spec.ssoRegion, "eu-central-1")
        XCTAssertEqual(spec.sessionName, "corp")
        XCTAssertEqual(spec.portalEndpoint, "http://portal.local")
        XCTAssertEqual(spec.oidcEndpoint, "http://oidc.local")
        XCTAssertEqual(spec.cacheDirectory, directory.path + "/.aws/sso/cache")
        guard case .sso(let overridden) = try load(["AWS_ENDPOINT_URL_SSO": "http://env.portal"], profile: "dev") else { return XCTFail() }
        XCTAssertEqual(overridden.portalEndpoint, "http://env.portal", "the variable wins over the services section")
        guard case .sso(let global) = try load(["AWS_ENDPOINT_URL": "http://everything"], profile: "dev") else { return XCTFail() }
        XCTAssertEqual(global.oidcEndpoint, "http://everything", "AWS_ENDPOINT_URL comes before the services section, as in botocore")
        try write(".aws/config", Self.ssoConfig.replacingOccurrences(of: "[services local]", with: "[services other]"))
        XCTAssertThrowsError(try load(profile: "dev")) { XCTAssertTrue("\($0)".contains("no [services local] section"), "\($0)") }
    }

    func testSSODefaultsToAWSsPortalAndOIDCInTheSSORegion() throws {
        try write(".aws/config", "[profile old]\nsso_start_url = https://x.awsapps.com/start\nsso_region = ap-southeast-2\nsso_account_id = 1\nsso_role_name = R\n")
        guard case .sso(let spec) = try load(profile: "old") else { return XCTFail("expected SSO") }
        XCTAssertNil(spec.sessionName)
        XCTAssertEqual(spec.portalEndpoint, "https://portal.sso.ap-southeast-2.amazonaws.com")
        XCTAssertEqual(spec.oidcEndpoint, "https://oidc.ap-southeast-2.amazonaws.com")
    }

    func testIncompleteSSOProfilesNameWhatIsMissing() throws {
        try write(".aws/config", "[profile a]\nsso_session = nope\nsso_account_id = 1\nsso_role_name = R\n[profile b]\nsso_account_id = 1\nsso_role_name = R\nsso_region = x\n")
        XCTAssertThrowsError(try load(profile: "a")) { XCTAssertTrue("\($0)".contains("[sso-session nope]"), "\($0)") }
        XCTAssertThrowsError(try load(profile: "b")) { XCTAssertTrue("\($0)".contains("missing: sso_start_url"), "\($0)") }
    }

    func testEnvironmentKeysComeBeforeEveryProfileProvider() throws {
        try write(".aws/config", Self.ssoConfig.replacingOccurrences(of: "[profile dev]", with: "[default]"))
        guard case .fixed(let keys) = try load(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s3cr3t"]) else { return XCTFail() }
        XCTAssertEqual(keys.accessKeyId, "AKIDENV")
    }

    func testWebIdentityVariablesWinOverTheProfileAndComeBeforeSSO() throws {
        try write(".aws/config", Self.ssoConfig.replacingOccurrences(of: "[profile dev]", with: "[default]\nrole_arn = arn:aws:iam::1:role/profile\nweb_identity_token_file = /p/token"))
        guard case .webIdentity(let spec) = try load(["AWS_WEB_IDENTITY_TOKEN_FILE": "/env/token", "AWS_ROLE_SESSION_NAME": "ci",
                                                      "AWS_ENDPOINT_URL_STS": "http://sts.local"]) else { return XCTFail() }
        XCTAssertEqual(spec.tokenFile, "/env/token")
        XCTAssertEqual(spec.roleArn, "arn:aws:iam::1:role/profile")
        XCTAssertEqual(spec.sessionName, "ci")
        XCTAssertEqual(spec.stsEndpoint, "http://sts.local")
        guard case .webIdentity(let fromProfile) = try load() else { return XCTFail() }
        XCTAssertEqual(fromProfile.tokenFile, "/p/token")
        XCTAssertTrue(fromProfile.sessionName.hasPrefix("botocore-session-"))
    }

    func testCredentialsFileKeysThenProcessThenConfigFileKeys() throws {
        try write(".aws/config", "[default]\ncredential_process = echo hi\naws_access_key_id = AKIDCONF\naws_secret_access_key = conf\n")
        guard case .process = try load() else { return XCTFail("credential_process comes before the config file's keys") }
        try write(".aws/credentials", "[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = cred\n")
        guard case .fixed(let keys) = try load() else { return XCTFail() }
        XCTAssertEqual(keys.accessKeyId, "AKIDCRED")
    }

    func testContainerThenInstanceMetadataWhenNothingElseIsSet() throws {
        guard case .container(let relative) = try load(["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/credentials/x",
                                                        "AWS_CONTAINER_AUTHORIZATION_TOKEN": "tok"]) else { return XCTFail() }
        XCTAssertEqual(relative.url, "http://169.254.170.2/v2/credentials/x")
        XCTAssertEqual(relative.authToken, "tok")
        XCTAssertThrowsError(try load(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"])) {
            XCTAssertTrue("\($0)".contains("in the clear"), "\($0)")
        }
        guard case .container = try load(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/creds"]) else { return XCTFail() }
        guard case .instanceMetadata(let imds) = try load() else { return XCTFail() }
        XCTAssertEqual(imds.endpoint, "http://169.254.169.254")
        XCTAssertTrue(imds.lookedAt.contains { $0.contains("AWS_CONTAINER_CREDENTIALS") }, "\(imds.lookedAt)")
        guard case .instanceMetadata(let custom) = try load(["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:7"]) else { return XCTFail() }
        XCTAssertEqual(custom.endpoint, "http://127.0.0.1:7")
        XCTAssertThrowsError(try load(["AWS_EC2_METADATA_DISABLED": "TRUE"]))
    }

    func testCredentialSourceNamesTheSourceOfTheAssumedRole() throws {
        try write(".aws/config", """
            [profile ecs]
            role_arn = arn:aws:iam::1:role/a
            credential_source = EcsContainer
            [profile ec2]
            role_arn = arn:aws:iam::1:role/b
            credential_source = Ec2InstanceMetadata
            mfa_serial = arn:aws:iam::1:mfa/me
            [profile bad]
            role_arn = arn:aws:iam::1:role/c
            credential_source = Somewhere

            """)
        guard case .assumeRole(_, _, _, _, .container, _, _, nil) = try load(["AWS_CONTAINER_CREDENTIALS_FULL_URI": "https://c/x"], profile: "ecs") else {
            return XCTFail("EcsContainer")
        }
        XCTAssertThrowsError(try load(profile: "ecs")) { XCTAssertTrue("\($0)".contains("EcsContainer"), "\($0)") }
        guard case .assumeRole(_, _, _, _, .instanceMetadata, _, _, let mfa) = try load(profile: "ec2") else { return XCTFail("Ec2InstanceMetadata") }
        XCTAssertEqual(mfa?.serial, "arn:aws:iam::1:mfa/me")
        XCTAssertEqual(mfa?.profileName, "ec2")
        XCTAssertEqual(mfa?.cacheDirectory, directory.path + "/.aws/cli/cache")
        XCTAssertThrowsError(try load(profile: "bad")) { XCTAssertTrue("\($0)".contains("Environment, EcsContainer, Ec2InstanceMetadata"), "\($0)") }
    }

    func testASourceProfileMayBeAnSSOProfile() throws {
        try write(".aws/config", Self.ssoConfig + "[profile admin]\nrole_arn = arn:aws:iam::1:role/admin\nsource_profile = dev\n")
        guard case .assumeRole(_, _, _, _, .sso(let spec), _, _, _) = try load(profile: "admin") else { return XCTFail() }
        XCTAssertEqual(spec.roleName, "Reader")
    }
}
