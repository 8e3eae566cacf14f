import Foundation
import XCTest
@testable import GatewayClient

/// Profile, region, endpoint and credential resolution, as the AWS CLI does it.
final class AWSConfigTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-aws-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(".aws"), withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    func load(_ environment: [String: String] = [:], profile: String? = nil, region: String? = nil, endpoint: String? = nil) throws -> AWSResolvedConfig {
        var env = environment
        env["HOME"] = directory.path
        return try AWSConfigLoader(environment: env).load(profile: profile, region: region, endpointURL: endpoint)
    }

    func fixedKeys(_ config: AWSResolvedConfig) -> AWSCredentials? {
        if case .fixed(let credentials) = config.credentials { return credentials }
        return nil
    }

    func testEnvironmentKeysWinOverTheDefaultProfile() throws {
        try write(".aws/credentials", "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n")
        let config = try load(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret", "AWS_SESSION_TOKEN": "tok", "AWS_REGION": "eu-west-1"])
        XCTAssertEqual(fixedKeys(config)?.accessKeyId, "AKIDENV")
        XCTAssertEqual(fixedKeys(config)?.sessionToken, "tok")
        XCTAssertEqual(config.endpoint, "https://apigateway.eu-west-1.amazonaws.com")
    }

    func testProfileFlagSkipsEnvironmentKeysAndReadsBothFiles() throws {
        try write(".aws/credentials", "# keys\n[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = devsecret\n")
        try write(".aws/config", "[default]\nregion = us-east-1\n\n[profile dev]\nregion = ap-south-1\ns3 =\n  max_concurrent_requests = 2\n")
        let config = try load(["AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "envsecret"], profile: "dev")
        XCTAssertEqual(fixedKeys(config)?.accessKeyId, "AKIDDEV")
        XCTAssertEqual(config.region, "ap-south-1")
        XCTAssertEqual(config.profileName, "dev")
    }

    func testAWSProfileVariableAndAlternativeFileLocations() throws {
        try write("creds", "[ci]\naws_access_key_id = AKIDCI\naws_secret_access_key = cisecret\n")
        try write("conf", "[profile ci]\nregion = ca-central-1\nendpoint_url = http://localhost:4566\n")
        let config = try load(["AWS_PROFILE": "ci", "AWS_SHARED_CREDENTIALS_FILE": directory.appendingPathComponent("creds").path,
                               "AWS_CONFIG_FILE": directory.appendingPathComponent("conf").path])
        XCTAssertEqual(fixedKeys(config)?.accessKeyId, "AKIDCI")
        XCTAssertEqual(config.endpoint, "http://localhost:4566")
    }

    func testRegionPrecedenceIsFlagThenAWSRegionThenDefaultRegionThenProfile() throws {
        try write(".aws/config", "[default]\nregion = from-profile\naws_access_key_id = A\naws_secret_access_key = B\n")
        XCTAssertEqual(try load().region, "from-profile")
        XCTAssertEqual(try load(["AWS_DEFAULT_REGION": "default-region"]).region, "default-region")
        XCTAssertEqual(try load(["AWS_DEFAULT_REGION": "default-region", "AWS_REGION": "region"]).region, "region")
        XCTAssertEqual(try load(["AWS_REGION": "region"], region: "flag").region, "flag")
    }

    func testEndpointPrecedence() throws {
        try write(".aws/config", "[default]\nregion = us-west-2\nendpoint_url = http://profile\naws_access_key_id = A\naws_secret_access_key = B\n")
        XCTAssertEqual(try load().endpoint, "http://profile")
        XCTAssertEqual(try load(["AWS_ENDPOINT_URL": "http://all"]).endpoint, "http://all")
        XCTAssertEqual(try load(["AWS_ENDPOINT_URL": "http://all", "AWS_ENDPOINT_URL_API_GATEWAY": "http://apigw"]).endpoint, "http://apigw")
        XCTAssertEqual(try load(["AWS_ENDPOINT_URL_API_GATEWAY": "http://apigw"], endpoint: "http://flag").endpoint, "http://flag")
        XCTAssertEqual(try load(["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true", "AWS_ENDPOINT_URL": "http://all"]).endpoint,
                       "https://apigateway.us-west-2.amazonaws.com")
    }

    func testNoCredentialsNamesEveryPlaceLookedAtAndTheFix() throws {
        try write(".aws/config", "[default]\nregion = eu-west-1\n")
        XCTAssertThrowsError(try load(["AWS_EC2_METADATA_DISABLED": "true"])) { error in
            let text = String(describing: error)
            XCTAssertTrue(text.contains("AWS_ACCESS_KEY_ID"), text)
            XCTAssertTrue(text.contains(self.directory.path + "/.aws/credentials (file not found)"), text)
            XCTAssertTrue(text.contains(self.directory.path + "/.aws/config"), text)
            XCTAssertTrue(text.contains("aws configure"), text)
        }
    }

    func testNoRegionSaysHowToSetOne() throws {
        XCTAssertThrowsError(try load(["AWS_ACCESS_KEY_ID": "A", "AWS_SECRET_ACCESS_KEY": "B"])) { error in
            XCTAssertTrue(String(describing: error).contains("--region"))
        }
    }

    func testAnUnknownProfileIsNamed() throws {
        XCTAssertThrowsError(try load(profile: "ghost", region: "us-east-1")) { error in
            XCTAssertTrue(String(describing: error).contains("\"ghost\""))
        }
    }

    func testABrokenLineIsReportedWithFileAndLine() throws {
        try write(".aws/config", "[default]\nregion = eu-west-1\nthis is not a setting\n")
        XCTAssertThrowsError(try load()) { error in
            XCTAssertEqual((error as? ConfigError)?.line, 3)
            XCTAssertTrue(String(describing: error).contains(".aws/config:3: error:"))
        }
    }

    func testSourceProfileAndRoleArnBecomeAnAssumeRole() throws {
        try write(".aws/credentials", "[base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = basesecret\n")
        try write(".aws/config", "[profile admin]\nrole_arn = arn:aws:iam::123456789012:role/admin\nsource_profile = base\nregion = eu-central-1\nexternal_id = ext\n")
        let config = try load(profile: "admin")
        guard case .assumeRole(let roleArn, _, let externalId, _, let source, let stsEndpoint, let region, _) = config.credentials else {
            return XCTFail("expected an assume-role spec, got \(config.credentials.summary)")
        }
        XCTAssertEqual(roleArn, "arn:aws:iam::123456789012:role/admin")
        XCTAssertEqual(externalId, "ext")
        XCTAssertEqual(stsEndpoint, "https://sts.eu-central-1.amazonaws.com")
        XCTAssertEqual(region, "eu-central-1")
        guard case .fixed(let keys) = source else { return XCTFail("source must be the base keys") }
        XCTAssertEqual(keys.accessKeyId, "AKIDBASE")
    }

    func testCredentialProcessOutputIsUsed() async throws {
        try write(".aws/config", """
        [default]
        region = us-east-1
        credential_process = printf '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "procsecret", "SessionToken": "proctoken"}'
        """)
        let config = try load()
        let provider = AWSSource.credentialsProvider(config.credentials, transport: CurlTransport(), debugLog: nil)
        let credentials = try await provider.credentials()
        XCTAssertEqual(credentials.accessKeyId, "AKIDPROC")
        XCTAssertEqual(credentials.sessionToken, "proctoken")
    }

    func testAFailingCredentialProcessIsAConfigErrorAtItsLine() async throws {
        try write(".aws/config", "[default]\nregion = us-east-1\ncredential_process = sh -c 'echo nope >&2; exit 3'\n")
        let provider = AWSSource.credentialsProvider(try load().credentials, transport: CurlTransport(), debugLog: nil)
        do {
            _ = try await provider.credentials()
            XCTFail("expected a failure")
        } catch let error as ConfigError {
            XCTAssertEqual(error.line, 3)
            XCTAssertTrue(error.message.contains("status 3"), error.message)
            XCTAssertTrue(error.message.contains("nope"), error.message)
        }
    }

    func testConfigureFailsWithTheSameMessageWhenThereAreNoCredentials() throws {
        XCTAssertThrowsError(try AWSSource.configure(profile: nil, region: "us-east-1", endpointURL: nil, debug: false,
                                                     environment: ["HOME": directory.path, "AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1"])) { error in
            XCTAssertTrue(error is ConfigError)
            XCTAssertTrue(String(describing: error).contains("no AWS credentials found"), String(describing: error))
            XCTAssertTrue(String(describing: error).contains("EC2 instance metadata at http://127.0.0.1:1 (no answer"), String(describing: error))
        }
    }
}
