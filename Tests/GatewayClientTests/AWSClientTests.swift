import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// The signed client and source over an in-memory transport: retries, errors, redaction, PATCH.
final class AWSClientTests: XCTestCase {
    func testBackoffIsCappedExponentialWithFullJitter() {
        let policy = RetryPolicy(maxAttempts: 10, base: .milliseconds(100), cap: .seconds(2))
        XCTAssertEqual(policy.delay(beforeRetry: 0, random: 1), .milliseconds(100))
        XCTAssertEqual(policy.delay(beforeRetry: 3, random: 1), .milliseconds(800))
        XCTAssertEqual(policy.delay(beforeRetry: 8, random: 1), .seconds(2))
        XCTAssertEqual(policy.delay(beforeRetry: 3, random: 0.5), .milliseconds(400))
        XCTAssertEqual(policy.delay(beforeRetry: 3, random: 0), .zero)
    }

    func testRetriesSleepTheJitteredBackoffBetweenAttempts() async throws {
        let attempts = Locked(0)
        let transport = AWSFakeTransport { _ in
            let attempt = attempts.withLock { $0 += 1; return $0 }
            return attempt < 3 ? try AWSFakeTransport.response(fixture: "error-too-many-requests.json") : HTTPResponse(status: 200, body: Array("{\"item\": []}".utf8))
        }
        let sleeps = Locked<[Duration]>([])
        _ = try await transport.client(sleeps: sleeps).callJSON("GET", ["restapis"])
        XCTAssertEqual(sleeps.withLock { $0 }, [.milliseconds(50), .milliseconds(100)])
    }

    func testAnEmptyRetryBudgetStopsRetrying() async throws {
        let transport = AWSFakeTransport { _ in HTTPResponse(status: 503, body: Array("{\"message\": \"down\"}".utf8)) }
        let budget = RetryBudget(capacity: 10, retryCost: 5)
        do {
            _ = try await transport.client(retry: RetryPolicy(maxAttempts: 10), budget: budget).callJSON("GET", ["restapis"])
            XCTFail("expected a 503")
        } catch let error as AWSError {
            XCTAssertEqual(error.httpStatus, 503)
        }
        XCTAssertEqual(transport.requests.count, 3, "two retries paid from the budget, then none left")
        XCTAssertEqual(budget.remaining, 0)
    }

    func testAWSErrorsKeepTypeMessageAndRequestID() async throws {
        let transport = AWSFakeTransport { _ in try AWSFakeTransport.response(fixture: "error-not-found.json") }
        do {
            _ = try await transport.client().callJSON("GET", ["restapis", "a", "resources", "b", "methods", "GET", "integration"])
            XCTFail("expected NotFoundException")
        } catch let error as AWSError {
            XCTAssertEqual(error.code, .notFound)
            XCTAssertEqual(error.type, "NotFoundException")
            XCTAssertEqual(error.message, "Invalid Integration identifier specified")
            XCTAssertEqual(error.requestId, "6b1e2c4a-0000-4000-8000-000000000001")
            XCTAssertEqual(transport.requests.count, 1, "a 404 is shown at once")
            XCTAssertTrue(error.description.contains("request ID 6b1e2c4a-0000-4000-8000-000000000001"))
        }
    }

    func testEveryRequestAcceptsJSONAndIsSignedWithTheSessionToken() async throws {
        let transport = AWSFakeTransport { _ in HTTPResponse(status: 200, body: Array("{}".utf8)) }
        _ = try await transport.client().callJSON("GET", ["restapis", "a b"], query: [("limit", "500")])
        let request = try XCTUnwrap(transport.requests.first)
        XCTAssertEqual(request.url, "https://apigateway.us-east-1.amazonaws.com/restapis/a%20b?limit=500")
        XCTAssertTrue(request.headers.contains(HTTPHeader("Accept", "application/json")))
        XCTAssertTrue(request.headers.contains(HTTPHeader("X-Amz-Security-Token", "SESSIONTOKENVALUE")))
        XCTAssertTrue(request.headers.contains { $0.name == "Authorization" && $0.value.contains("SignedHeaders=accept;host;x-amz-date;x-amz-security-token,") })
    }

    func testSecretsNeverReachErrorsOrTheDebugLog() async throws {
        let transport = AWSFakeTransport { request in
            let echoed = request.headers.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
            return HTTPResponse(status: 403, headers: [HTTPHeader("x-amzn-ErrorType", "UnauthorizedException")],
                                body: Array(AWSJSON.object([("message", .string("echo FAKESECRETKEYVALUE \(echoed)"))]).serialized.utf8))
        }
        let lines = Locked<[String]>([])
        do {
            _ = try await transport.client(log: { line in lines.withLock { $0.append(line) } }).callJSON("GET", ["restapis"])
            XCTFail("expected a 403")
        } catch {
            let text = "\(error) \(lines.withLock { $0 }.joined(separator: "\n"))"
            XCTAssertFalse(text.contains("FAKESECRETKEYVALUE"), text)
            XCTAssertFalse(text.contains("SESSIONTOKENVALUE"), text)
            let signature = transport.requests.first?.headers.first { $0.name == "Authorization" }?.value.components(separatedBy: "Signature=").last ?? "missing"
            XCTAssertFalse(text.contains(signature), text)
            XCTAssertTrue(text.contains("<redacted>"), text)
        }
    }

    func testTransportResetsAreRetriedButTLSFailuresAreNot() async throws {
        let calls = Locked(0)
        let flaky = AWSFakeTransport { request in
            let call = calls.withLock { $0 += 1; return $0 }
            if call == 1 { throw TransportError(kind: .reset, message: "Connection reset by peer", request: request.method) }
            return HTTPResponse(status: 200, body: Array("{}".utf8))
        }
        _ = try await flaky.client().callJSON("GET", ["restapis"])
        XCTAssertEqual(flaky.requests.count, 2)

        let untrusted = AWSFakeTransport { request in throw TransportError(kind: .tls, message: "self-signed certificate", request: request.method) }
        do {
            _ = try await untrusted.client().callJSON("GET", ["restapis"])
            XCTFail("expected a TLS failure")
        } catch let error as TransportError {
            XCTAssertEqual(error.kind, .tls)
            XCTAssertTrue(error.description.contains("AWS_CA_BUNDLE"))
        }
        XCTAssertEqual(untrusted.requests.count, 1)
    }

    // MARK: - PATCH against recorded AWS behaviour

    func testPatchRequestsMatchTheRecordedFixtures() async throws {
        for name in ["edit-template-and-pattern.json", "add-and-remove-map-entries.json", "content-handling.json"] {
            let fixture = try AWSJSON.parse(Array(try AWSTestSupport.fixture("patch/\(name)")))
            let original = AWSShapes.integrationResponse(fixture["original"] ?? AWSJSON.emptyObject)
            let updated = AWSShapes.integrationResponse(fixture["updated"] ?? AWSJSON.emptyObject)
            let transport = AWSFakeTransport { request in
                switch request.method {
                case "GET": return HTTPResponse(status: 200, body: Array((fixture["original"] ?? AWSJSON.emptyObject).serialized.utf8))
                case "PATCH": return HTTPResponse(status: 200, body: Array((fixture["response"] ?? AWSJSON.emptyObject).serialized.utf8))
                default: return HTTPResponse(status: 500)
                }
            }
            let source = AWSSource(client: transport.client(), label: "fake")
            let saved = try await source.saveIntegrationResponse(updated, original: original, at: MethodID(restApiId: "api", resourceId: "res", httpMethod: "GET"))
            XCTAssertEqual(transport.requests.map(\.method), ["GET", "PATCH"], name)
            let patch = try XCTUnwrap(transport.requests.last)
            XCTAssertEqual(patch.url, "https://apigateway.us-east-1.amazonaws.com/restapis/api/resources/res/methods/GET/integration/responses/\(original.statusCode)", name)
            XCTAssertEqual(try AWSJSON.parse(patch.body), fixture["request"], name)
            XCTAssertTrue(AWSSource.sameContent(saved, updated), name)
        }
    }

    func testAnUnchangedResponseSendsNoWrite() async throws {
        let stored = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}"])
        let transport = AWSFakeTransport { _ in HTTPResponse(status: 200, body: Array(AWSShapes.putBody(stored).serialized.utf8)) }
        _ = try await AWSSource(client: transport.client(), label: "fake")
            .saveIntegrationResponse(stored, original: stored, at: MethodID(restApiId: "a", resourceId: "r", httpMethod: "GET"))
        XCTAssertEqual(transport.requests.map(\.method), ["GET"])
    }

    func testMapKeysAreEscapedAsJSONPointers() {
        XCTAssertEqual(PatchOperation.escape("application/json"), "application~1json")
        XCTAssertEqual(PatchOperation.escape("a~b/c"), "a~0b~1c")
    }

    func testDetailFetchesNeverExceedTheConcurrencyBound() async throws {
        let inFlight = Locked((now: 0, peak: 0))
        let resources = (0..<20).map { "{\"id\": \"r\($0)\", \"path\": \"/r\($0)\", \"resourceMethods\": {\"GET\": {}, \"POST\": {}}}" }
        let page = "{\"item\": [\(resources.joined(separator: ","))]}"
        let transport = AWSFakeTransport { request in
            if request.url.contains("/methods/") {
                inFlight.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
                Thread.sleep(forTimeInterval: 0.002)
                inFlight.withLock { $0.now -= 1 }
                return HTTPResponse(status: 200, body: Array("{\"httpMethod\": \"GET\"}".utf8))
            }
            if request.url.contains("/resources") { return HTTPResponse(status: 200, body: Array(page.utf8)) }
            return HTTPResponse(status: 200, body: Array("{\"id\": \"api\", \"name\": \"n\"}".utf8))
        }
        let definition = try await AWSSource(client: transport.client(), label: "fake", maxConcurrentDetailRequests: 8).loadAPI(id: "api")
        XCTAssertEqual(definition.resources.count, 20)
        XCTAssertEqual(transport.requests.filter { $0.url.contains("/methods/") }.count, 40)
        XCTAssertLessThanOrEqual(inFlight.withLock { $0.peak }, 8)
    }
}
