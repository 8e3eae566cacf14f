import Foundation
import XCTest
@testable import GatewayClient

/// Connection reuse and cancellation of the curl transport, against the proxy.
final class AWSTransportTests: XCTestCase {
    func testOneLoadReusesOneKeptAliveConnection() async throws {
        let peer = try AWSPeer()
        defer { peer.stop() }
        let source = peer.source()
        for _ in 0..<5 { _ = try await source.listRestAPIs() }
        let stats = try await peer.control("stats")
        XCTAssertEqual(stats["requests"]?.numberValue, 5)
        XCTAssertEqual(stats["connections"]?.numberValue, 1, "HTTP/1.1 keep-alive: one connection for five requests")
    }

    func testCancelAbortsARequestInFlight() async throws {
        let peer = try AWSPeer()
        defer { peer.stop() }
        try await peer.control("faults", try AWSJSON.parse(#"{"faults": [{"delay": 30}]}"#))
        let source = peer.source()
        let task = Task { try await source.listRestAPIs() }
        while try await peer.requestCount() == 0 { try await Task.sleep(for: .milliseconds(20)) }
        source.cancel()
        do {
            _ = try await task.value
            XCTFail("a cancelled load must not succeed")
        } catch let error as TransportError {
            XCTAssertEqual(error.kind, .cancelled)
        }
    }
}
