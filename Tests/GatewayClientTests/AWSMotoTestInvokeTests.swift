import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// `TestInvokeMethod` through gwx's AWS source against the proxy, which answers from the
/// recorded cases (`Tests/peers/test-invoke/`) after checking the signature.
final class AWSMotoTestInvokeTests: MotoPeerTestCase {
    /// The recorded cases' API seeded once per test; returns the peer, the API ID and a case's method.
    private func seeded(_ name: String) async throws -> (peer: AWSPeer, method: MethodID) {
        let peer = try startedPeer()
        let answer = try await peer.control("seedTestInvoke", .object([("name", .string("PetStore-\(UUID().uuidString.prefix(6))"))]))
        let apiId = answer["id"]?.stringValue ?? ""
        let recorded = answer["cases"]?[name]
        let method = MethodID(restApiId: apiId, resourceId: recorded?["resourceId"]?.stringValue ?? "", httpMethod: recorded?["httpMethod"]?.stringValue ?? "")
        return (peer, method)
    }

    func testTheCallSendsBotocoresShapeAndReadsTheAnswer() async throws {
        let s = try await seeded("http-success")
        let request = TestInvokeRequest(pathWithQueryString: "/pets/42", body: "{\"a\": 1}",
                                        headers: [("Accept", "application/json"), ("X-Multi", "1"), ("X-Multi", "2")], stageVariables: [("env", "test")])
        let response = try await s.peer.source().testInvoke(s.method, request: request)
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.body, #"{"id": 42, "type": "dog", "price": 249.99}"#)
        XCTAssertEqual(response.headers["Access-Control-Allow-Origin"], "*")
        XCTAssertEqual(response.multiValueHeaders["Content-Type"], ["application/json"])
        XCTAssertEqual(response.latency, 31)
        XCTAssertTrue(response.log.hasPrefix("Execution log for request "))

        let sent = try await s.peer.control("testInvokeRequests")["requests"]?.elements.last?["body"]
        XCTAssertEqual(sent?.serialized, #"{"pathWithQueryString":"/pets/42","body":"{\"a\": 1}","headers":{"Accept":"application/json"},"multiValueHeaders":{"X-Multi":["1","2"]},"stageVariables":{"env":"test"}}"#)
        let signatureFailures = try await s.peer.control("stats")["signatureFailures"]?.numberValue
        XCTAssertEqual(signatureFailures, 0)
    }

    func testThrottlingIsRetriedLikeEveryOtherCall() async throws {
        let s = try await seeded("mock")
        try await s.peer.control("reset")
        try await s.peer.control("faults", .object([("faults", .array([.object([("status", .number(429))])]))]))
        let response = try await s.peer.source().testInvoke(s.method, request: TestInvokeRequest(pathWithQueryString: "/pets"))
        XCTAssertEqual(response.status, 200)
        let requests = try await s.peer.requestCount()
        XCTAssertEqual(requests, 2, "one 429, one retry")
    }

    func testAnUnknownMethodIsAWSsNotFound() async throws {
        let s = try await seeded("mock")
        do {
            _ = try await s.peer.source().testInvoke(MethodID(restApiId: s.method.restApiId, resourceId: "nope", httpMethod: "GET"), request: TestInvokeRequest())
            XCTFail("expected NotFoundException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .notFound)
            XCTAssertTrue(String(describing: error).contains("Invalid Method identifier specified"), String(describing: error))
        }
    }

    func testExportFilesRefuseToTestInvoke() async throws {
        let source = try ExportFileSource(path: try ExportFixtures.copy("petstore-oas3.json"))
        XCTAssertFalse(source.supportsTestInvoke)
        do {
            _ = try await source.testInvoke(MethodID(restApiId: "x", resourceId: "/pets", httpMethod: "GET"), request: TestInvokeRequest())
            XCTFail("expected TestInvokeUnsupportedError")
        } catch let error as TestInvokeUnsupportedError {
            XCTAssertTrue(error.description.contains("an export file has no AWS behind it"), error.description)
            XCTAssertTrue(error.description.contains("gwx simulate"), error.description)
        }
    }
}
