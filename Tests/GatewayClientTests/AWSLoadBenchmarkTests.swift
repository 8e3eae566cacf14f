import Foundation
import XCTest
@testable import GatewayClient

/// Loading a large API (600 resources × 4 methods) costs `ceil(600/500)` list requests and one
/// `GetRestApi`. Prints requests and time (`Benchmarks/aws-load.sh` runs it); time is not asserted.
final class AWSLoadBenchmarkTests: XCTestCase {
    func testA600ResourceAPILoadsInTwoListRequests() async throws {
        let peer = try AWSPeer()
        defer { peer.stop() }
        let seeded = try await peer.control("seedBulk", try AWSJSON.parse(#"{"name": "bulk", "resources": 600, "methods": ["GET", "POST", "PUT", "DELETE"]}"#))
        let apiId = try XCTUnwrap(seeded["id"]?.stringValue)
        let source = peer.source()

        try await peer.control("reset")
        let started = ContinuousClock.now
        let definition = try await source.loadAPI(id: apiId)
        let elapsed = ContinuousClock.now - started
        let log = try await peer.control("stats")["log"]?.elements.compactMap(\.stringValue) ?? []
        let lists = log.filter { $0.contains("/resources?") }.count
        print("aws-load: \(definition.resources.count) resources, \(definition.allIntegrationResponses.count) integration responses: "
              + "\(log.count) requests (\(lists) list) in \(elapsed.milliseconds) ms")
        XCTAssertEqual(definition.resources.count, 601)
        XCTAssertEqual(definition.allIntegrationResponses.count, 2400)
        XCTAssertEqual(lists, 2, "ceil(601/500) pages")
        XCTAssertEqual(log.count, 3, "two pages and one GetRestApi, no detail requests: \(log.prefix(5))")

        // A server that ignores `embed=methods`: every method is fetched, 8 at a time.
        guard ProcessInfo.processInfo.environment["GWX_BENCH_STRIPPED"] == "1" else { return }
        try await peer.control("reset")
        try await peer.control("config", .object([("stripMethods", .string("always"))]))
        let strippedStart = ContinuousClock.now
        let stripped = try await source.loadAPI(id: apiId)
        let strippedElapsed = ContinuousClock.now - strippedStart
        let count = try await peer.requestCount()
        print("aws-load (methods not embedded): \(count) requests in \(strippedElapsed.milliseconds) ms")
        XCTAssertEqual(stripped, definition)
        XCTAssertEqual(count, 3 + 2400)
    }
}
