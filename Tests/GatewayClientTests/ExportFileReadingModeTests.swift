import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// When a source reads its file: at once (the default), on the first call (the explorer, whose
/// first frame shows a spinner meanwhile), or once for a whole command.
final class ExportFileReadingModeTests: XCTestCase {
    func template(_ api: APIDefinition) -> String? {
        api.resource("/t")?.method("GET")?.integration?.integrationResponses.first?.responseTemplates["application/json"]
    }

    func testDeferredReadingOpensABadFileAndItsFirstCallSaysWhereItIsWrong() async throws {
        let path = try ExportFixtures.write("{\"swagger\": \"2.0\",\n \"paths\": {,}}\n", name: "late.json")
        let source = try ExportFileSource(path: path, reading: .deferred)
        XCTAssertEqual(source.listingMessage, "Reading late.json (34 bytes)…")
        do {
            _ = try await source.listRestAPIs()
            XCTFail("expected the parse error")
        } catch {
            XCTAssertTrue(String(describing: error).hasPrefix("\(path):2:12: error: expected a string key in double quotes"), "\(error)")
        }
    }

    func testDeferredReadingStillRefusesAFileThatIsNotThere() {
        XCTAssertThrowsError(try ExportFileSource(path: "/nonexistent/gwx/late.json", reading: .deferred)) { error in
            XCTAssertEqual(String(describing: error), "/nonexistent/gwx/late.json: error: cannot read the export file: no such file or directory")
        }
    }

    func testDeferredReadingReadsTheFileAsItIsAtTheFirstCall() async throws {
        let path = try ExportFixtures.write(ExportFileOnceTests.export(template: "first"), name: "once.yaml")
        let source = try ExportFileSource(path: path, reading: .deferred)
        try ExportFileOnceTests.export(template: "later").write(toFile: path, atomically: false, encoding: .utf8)
        let api = try await source.loadAPI(id: "once")
        XCTAssertEqual(template(api), "later")
    }

    func testReadingOnceAnswersEveryCallFromTheFirstReading() async throws {
        let path = try ExportFixtures.write(ExportFileOnceTests.export(template: "first"), name: "once.yaml")
        let once = try ExportFileSource(path: path, reading: .once)
        try ExportFileOnceTests.export(template: "again").write(toFile: path, atomically: false, encoding: .utf8)
        let first = try await once.loadAPI(id: "once")
        XCTAssertEqual(template(first), "first")
        let now = try await ExportFileSource(path: path).loadAPI(id: "once")
        XCTAssertEqual(template(now), "again", "the default reads the file as it is now")
    }
}
