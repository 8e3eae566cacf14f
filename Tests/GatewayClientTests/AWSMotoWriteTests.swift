import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// Writes, retries and error handling through gwx's AWS source against moto and the proxy.
final class AWSMotoWriteTests: MotoPeerTestCase {
    struct Seeded {
        var peer: AWSPeer
        var method: MethodID
        func id(_ status: String) -> IntegrationResponseID {
            IntegrationResponseID(restApiId: method.restApiId, resourceId: method.resourceId, httpMethod: method.httpMethod, statusCode: status)
        }
        func boto3Get(_ status: String) async throws -> AWSJSON {
            try await peer.boto3("get_integration_response", [
                ("restApiId", .string(method.restApiId)), ("resourceId", .string(method.resourceId)),
                ("httpMethod", .string(method.httpMethod)), ("statusCode", .string(status)),
            ])
        }
    }

    /// A fresh API with `GET /items`, method responses 200 and 400, integration response 200.
    func seeded() async throws -> Seeded {
        let peer = try startedPeer()
        let spec = """
        {"name": "writes", "resources": [{"path": "/items", "methods": [{"httpMethod": "GET", "integration": {"type": "MOCK"},
          "methodResponses": [{"statusCode": "200", "responseParameters": {"method.response.header.X-Id": false}}, {"statusCode": "400"}],
          "integrationResponses": [{"statusCode": "200", "responseTemplates": {"application/json": "{}"}}]}]}]}
        """
        let result = try await peer.control("seed", try AWSJSON.parse(spec))
        try await peer.control("reset")
        let method = MethodID(restApiId: result["id"]?.stringValue ?? "", resourceId: result["resources"]?["/items"]?.stringValue ?? "", httpMethod: "GET")
        return Seeded(peer: peer, method: method)
    }

    func testANewIntegrationResponseIsPutAndReadBackByBoto3() async throws {
        let s = try await seeded()
        let new = IntegrationResponse(statusCode: "400", selectionPattern: "Invalid.*",
                                      responseTemplates: ["application/json": "{\"error\": \"$input.path('$.errorMessage')\"}"])
        let saved = try await s.peer.source().saveIntegrationResponse(new, original: nil, at: s.method)
        XCTAssertEqual(saved.statusCode, "400")
        let stored = try await s.boto3Get("400")
        XCTAssertEqual(stored["selectionPattern"]?.stringValue, "Invalid.*")
        XCTAssertEqual(stored["responseTemplates"]?["application/json"]?.stringValue, "{\"error\": \"$input.path('$.errorMessage')\"}")
        let log = try await s.peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log.map { String($0.split(separator: " ")[0]) }, ["GET", "PUT"], "re-read, then put, nothing else: \(log)")
    }

    func testCreatingAStatusThatAlreadyExistsIsRefused() async throws {
        let s = try await seeded()
        do {
            _ = try await s.peer.source().saveIntegrationResponse(IntegrationResponse(statusCode: "200"), original: nil, at: s.method)
            XCTFail("expected a refusal")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .changedSinceLoaded)
        }
    }

    func testAStatusCodeChangePutsTheNewOneAndDeletesTheOld() async throws {
        let s = try await seeded()
        let source = s.peer.source()
        let original = try await source.getIntegrationResponse(s.id("200"))
        var updated = original
        updated.statusCode = "400"
        _ = try await source.saveIntegrationResponse(updated, original: original, at: s.method)
        let moved = try await s.boto3Get("400")
        XCTAssertEqual(moved["responseTemplates"]?["application/json"]?.stringValue, "{}")
        let definition = try await source.loadAPI(id: s.method.restApiId)
        XCTAssertEqual(definition.resource(s.method.resourceId)?.method("GET")?.integration?.integrationResponses.map(\.statusCode), ["400"])
    }

    func testASaveIsRefusedWhenSomeoneElseChangedTheResponse() async throws {
        let s = try await seeded()
        let source = s.peer.source()
        let original = try await source.getIntegrationResponse(s.id("200"))
        _ = try await s.peer.boto3("put_integration_response", [
            ("restApiId", .string(s.method.restApiId)), ("resourceId", .string(s.method.resourceId)), ("httpMethod", .string("GET")),
            ("statusCode", .string("200")), ("responseTemplates", .object([("application/json", .string("{\"edited\": true}"))])),
        ])
        var updated = original
        updated.selectionPattern = "mine"
        do {
            _ = try await source.saveIntegrationResponse(updated, original: original, at: s.method)
            XCTFail("expected a refusal")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .changedSinceLoaded)
            XCTAssertTrue(error.description.contains("changed by someone else"), error.description)
        }
        let stored = try await s.boto3Get("200")
        XCTAssertEqual(stored["responseTemplates"]?["application/json"]?.stringValue, "{\"edited\": true}", "nothing was overwritten")
    }

    func testAnEditIsSentAsPatchOperationsAndAppliedByTheProxyEmulation() async throws {
        let s = try await seeded()
        try await s.peer.control("config", .object([("emulatePatch", .bool(true))]))
        let source = s.peer.source()
        let original = try await source.getIntegrationResponse(s.id("200"))
        var updated = original
        updated.selectionPattern = "2\\d{2}"
        updated.responseTemplates["application/json"] = nil
        updated.responseTemplates["application/xml"] = "<a>${x}</a>"
        updated.responseParameters["method.response.header.X-Id"] = "'42'"
        let saved = try await source.saveIntegrationResponse(updated, original: original, at: s.method)
        XCTAssertTrue(AWSSource.sameContent(saved, updated))
        let stored = try await s.boto3Get("200")
        XCTAssertEqual(stored["selectionPattern"]?.stringValue, "2\\d{2}")
        XCTAssertNil(stored["responseTemplates"]?["application/json"])
        XCTAssertEqual(stored["responseTemplates"]?["application/xml"]?.stringValue, "<a>${x}</a>")
        XCTAssertEqual(stored["responseParameters"]?["method.response.header.X-Id"]?.stringValue, "'42'")
        let log = try await s.peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        XCTAssertEqual(log.last?.hasPrefix("PATCH "), true, "\(log)")
    }

    func testDeleteRemovesTheIntegrationResponse() async throws {
        let s = try await seeded()
        try await s.peer.source().deleteIntegrationResponse(s.id("200"))
        let definition = try await s.peer.source().loadAPI(id: s.method.restApiId)
        XCTAssertEqual(definition.resource(s.method.resourceId)?.method("GET")?.integration?.integrationResponses, [])
    }

    func testPutMethodResponseDeclaresANewStatusWithHeaders() async throws {
        let s = try await seeded()
        try await s.peer.source().putMethodResponse(MethodResponse(statusCode: "503", responseParameters: ["method.response.header.Retry-After": true]), at: s.method)
        let stored = try await s.peer.boto3("get_method_response", [
            ("restApiId", .string(s.method.restApiId)), ("resourceId", .string(s.method.resourceId)),
            ("httpMethod", .string("GET")), ("statusCode", .string("503")),
        ])
        XCTAssertEqual(stored["responseParameters"]?["method.response.header.Retry-After"]?.boolValue, true)
    }

    // MARK: - Retries

    func testThrottlingAndServerErrorsAndResetsAreRetriedUntilSuccess() async throws {
        let s = try await seeded()
        try await s.peer.control("faults", try AWSJSON.parse(#"{"faults": [{"status": 429}, {"status": 503}, {"reset": true}, {"status": 500}]}"#))
        let response = try await s.peer.source().getIntegrationResponse(s.id("200"))
        XCTAssertEqual(response.responseTemplates["application/json"], "{}")
        let count = try await s.peer.requestCount()
        XCTAssertEqual(count, 5, "four injected failures, then the answer")
    }

    func testRetriesStopAtTheAttemptLimitAndShowAWSsError() async throws {
        let s = try await seeded()
        try await s.peer.control("faults", try AWSJSON.parse(#"{"faults": [{"status": 429}, {"status": 429}, {"status": 429}]}"#))
        do {
            _ = try await s.peer.source(retry: RetryPolicy(maxAttempts: 3, base: .milliseconds(1), cap: .milliseconds(2))).getIntegrationResponse(s.id("200"))
            XCTFail("expected throttling to surface")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .tooManyRequests)
            XCTAssertEqual(error.type, "TooManyRequestsException")
            XCTAssertEqual(error.requestId, "peer-TooManyRequestsException")
        }
        let count = try await s.peer.requestCount()
        XCTAssertEqual(count, 3)
    }

    func testAClientErrorIsNotRetried() async throws {
        let s = try await seeded()
        try await s.peer.control("faults", try AWSJSON.parse(#"{"faults": [{"status": 400, "type": "BadRequestException", "message": "Invalid mapping expression"}]}"#))
        do {
            _ = try await s.peer.source().getIntegrationResponse(s.id("200"))
            XCTFail("expected BadRequestException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .badRequest)
            XCTAssertEqual(error.message, "Invalid mapping expression")
        }
        let count = try await s.peer.requestCount()
        XCTAssertEqual(count, 1)
    }

    func testDebugLogShowsEachRequestWithoutSecrets() async throws {
        let s = try await seeded()
        let lines = Locked<[String]>([])
        _ = try await s.peer.source(debugLog: { line in lines.withLock { $0.append(line) } }).getIntegrationResponse(s.id("200"))
        let all = lines.withLock { $0 }
        XCTAssertEqual(all.filter { $0.hasPrefix("credentials from test (access key \(AWSPeer.accessKey))") }.count, 1, "\(all)")
        let logged = all.filter { !$0.hasPrefix("credentials from") }
        XCTAssertEqual(logged.count, 1)
        XCTAssertTrue(logged[0].contains("GET \(s.peer.proxyURL)/restapis/"), logged[0])
        XCTAssertTrue(logged[0].contains("→ 200 in "), logged[0])
        XCTAssertFalse(all.joined().contains(AWSPeer.secretKey))
    }
}
