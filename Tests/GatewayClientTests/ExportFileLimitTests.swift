import GatewayClient
import GatewayModel
import XCTest

/// Files shaped to exhaust gwx (found by `make fuzz`) get a located error, never a crash, a
/// hang or gigabytes of memory: paths deeper or longer than API Gateway allows, nesting,
/// and chains of YAML merge keys.
final class ExportFileLimitTests: XCTestCase {
    private var paths: [String] = []

    override func tearDown() {
        for path in paths { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        paths = []
    }

    private func write(_ text: String, name: String) throws -> String {
        let path = try ExportFixtures.write(text, name: name)
        paths.append(path)
        return path
    }

    private func yaml(paths keys: [String]) -> String {
        "openapi: \"3.0.1\"\ninfo:\n  title: limits\npaths:\n" + keys.map { "  \($0): {}\n" }.joined()
    }

    /// The error a load throws, or a failure when it loads.
    private func loadError(_ path: String, line: UInt = #line) -> ExportFileError? {
        do {
            _ = try ExportFileSource.load(path: path)
            XCTFail("the file loaded", line: line)
            return nil
        } catch {
            guard let error = error as? ExportFileError else { XCTFail("not an ExportFileError: \(error)", line: line); return nil }
            return error
        }
    }

    // MARK: - Resource paths

    /// `/a` 20,000 times: every ancestor was added by a recursive call, and the stack ran out
    /// (exit 139). It is longer than any URL API Gateway accepts, so it is refused at its key.
    func testAPathLongerThanAnyURLIsRefusedAtItsKey() throws {
        let path = try write(yaml(paths: ["/ok", String(repeating: "/a", count: 20_000)]), name: "deep.yaml")
        let error = try XCTUnwrap(loadError(path))
        XCTAssertEqual(error.place?.line, 6)
        XCTAssertEqual(error.place?.column, 3)
        XCTAssertTrue(error.message.hasPrefix("the path '/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a/a…' is 40000 characters long, and API Gateway refuses URLs over 10240 characters"), error.message)
        XCTAssertTrue(error.description.hasPrefix(path + ":6:3: error: "), String(error.description.prefix(200)))
    }

    /// 5,000 levels fit in a URL but are more resources than an API has: refused, where the
    /// recursive walk took 5,000 nested calls.
    func testAPathDeeperThanTheResourceQuotaIsRefusedAtItsKey() throws {
        let path = try write(yaml(paths: [String(repeating: "/b", count: 5_000)]), name: "levels.yaml")
        let error = try XCTUnwrap(loadError(path))
        XCTAssertEqual(error.place?.line, 5)
        XCTAssertEqual(error.place?.column, 3)
        XCTAssertTrue(error.message.contains("is 5000 levels deep (one per '/')"), error.message)
        XCTAssertTrue(error.message.hasSuffix("use at most 300 levels"), error.message)
    }

    /// At the limit the path loads, with every ancestor a resource whose parent is the one above.
    func testAPathOfThreeHundredLevelsLoadsWithEveryAncestor() throws {
        let deepest = String(repeating: "/c", count: 300)
        let path = try write(yaml(paths: [deepest, "/c/d"]), name: "limit.yaml")
        let api = try ExportFileSource.load(path: path)
        XCTAssertEqual(api.resources.count, 302)
        XCTAssertEqual(api.resources.first?.path, "/")
        XCTAssertNil(api.resources.first?.parentId)
        for (index, resource) in api.resources.prefix(301).enumerated() where index > 0 {
            XCTAssertEqual(resource.path, String(repeating: "/c", count: index))
            XCTAssertEqual(resource.parentId, index == 1 ? "/" : String(repeating: "/c", count: index - 1))
        }
        XCTAssertEqual(api.resources.last?.path, "/c/d")
        XCTAssertEqual(api.resources.last?.parentId, "/c")
        let refused = try write(yaml(paths: [deepest + "/c"]), name: "over.yaml")
        XCTAssertTrue(loadError(refused)?.message.contains("is 301 levels deep") ?? false)
    }

    // MARK: - Nesting and merge keys

    /// 100,000 open brackets: the parsers stop at their depth limit with a place.
    func testDeeplyNestedFlowCollectionsAreRefusedWithAPlace() throws {
        let header = "openapi: \"3.0.1\"\ninfo:\n  title: t\n"
        for (name, text) in [("nested.yaml", header + "x: " + String(repeating: "[", count: 100_000) + "\n"),
                             ("dashes.yaml", header + "x:\n" + String(repeating: "- ", count: 50_000) + "1\n"),
                             ("nested.json", "{\"openapi\": \"3.0.1\", \"x\": " + String(repeating: "[", count: 100_000)),
                             ("objects.json", "{\"openapi\": \"3.0.1\", \"x\": " + String(repeating: "{\"a\": ", count: 100_000))] {
            let error = try XCTUnwrap(loadError(try write(text, name: name)), name)
            XCTAssertTrue(error.message.contains("nested too deeply"), "\(name): \(error.message)")
            XCTAssertNotNil(error.place, name)
        }
    }

    /// A chain of merges, each adding a key to the one before, grows as its length squared
    /// (20,000 links: 200 million entries, gigabytes): refused at the merge that passes the bound.
    func testAChainOfMergeKeysIsRefusedAtTheMergeThatCopiesTooMuch() throws {
        var text = "openapi: \"3.0.1\"\ninfo:\n  title: t\nm0: &m0 {k0: 1}\n"
        for index in 1..<20_000 { text += "m\(index): &m\(index) {<<: *m\(index - 1), k\(index): 1}\n" }
        let error = try XCTUnwrap(loadError(try write(text, name: "merges.yaml")))
        // Link n copies n entries: the total passes 100,000 at the 447th.
        XCTAssertEqual(error.place?.line, 4 + 447)
        XCTAssertEqual(error.place?.column, 14)
        XCTAssertTrue(error.message.hasPrefix("the YAML merge keys (<<) of this file copy more than 100000 entries"), error.message)
    }
}
