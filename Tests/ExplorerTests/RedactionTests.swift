import Foundation
import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// A source's failure reaches the screen only through its `Secrets`: a secret it holds and any
/// URL password are gone from the banner, whatever the error's text.
final class RedactionTests: XCTestCase {
    /// A source that knows one secret and fails with errors that echo it.
    private struct LeakySource: GatewaySource {
        let label = "aws leaky"
        let secrets: Secrets
        let echo: String

        func listRestAPIs() async throws -> [RestAPI] { throw FakeAWSError(message: echo, requestID: nil) }
        func loadAPI(id: String) async throws -> APIDefinition { throw FakeAWSError(message: echo, requestID: nil) }
        func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse { throw FakeAWSError(message: echo, requestID: nil) }
        func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse {
            throw FakeAWSError(message: echo, requestID: nil)
        }
        func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws { throw FakeAWSError(message: echo, requestID: nil) }
        func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws { throw FakeAWSError(message: echo, requestID: nil) }
    }

    func testAFailureThatEchoesASecretOrAURLPasswordShowsNeither() async {
        let secrets = Secrets()
        secrets.add(["sessionTokenQ1w2e3r4"])
        let echo = "connect failure on GET http://admin:pa55word@10.0.0.1:9/restapis with X-Amz-Date: 1, token sessionTokenQ1w2e3r4, Authorization: AWS4-HMAC-SHA256 Signature=0123abcd"
        let harness = Harness(sources: [LeakySource(secrets: secrets, echo: echo)], rows: 24, columns: 200)
        await harness.start()
        let screen = harness.screen
        XCTAssertTrue(screen.contains("connect failure on GET http://<redacted>@10.0.0.1:9/restapis"), screen)
        for secret in ["pa55word", "sessionTokenQ1w2e3r4", "0123abcd"] {
            XCTAssertFalse(screen.contains(secret), "\(secret) is on screen:\n\(screen)")
        }
    }
}
