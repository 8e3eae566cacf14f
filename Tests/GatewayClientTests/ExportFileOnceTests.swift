import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Reading an export once: a source reuses its parse only while the file's bytes are the same,
/// and the line and column tables find every place PyYAML's reader puts it.
final class ExportFileOnceTests: XCTestCase {
    static func export(template: String) -> String {
        [
            "swagger: \"2.0\"\n",
            "info: {title: \"Once\", version: \"1\"}\n",
            "paths:\n",
            "  /t:\n",
            "    get:\n",
            "      x-amazon-apigateway-integration:\n",
            "        type: mock\n",
            "        responses:\n",
            "          default:\n",
            "            statusCode: \"200\"\n",
            "            responseTemplates:\n",
            "              application/json: '\(template)'\n",
        ].joined()
    }

    func template(_ api: APIDefinition) -> String? {
        api.resource("/t")?.method("GET")?.integration?.integrationResponses.first?.responseTemplates["application/json"]
    }

    func testAFileRewrittenWithTheSameSizeIsParsedAgain() async throws {
        let path = try ExportFixtures.write(Self.export(template: "first"), name: "once.yaml")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let source = try ExportFileSource(path: path)
        let before = try await source.loadAPI(id: "once")
        XCTAssertEqual(template(before), "first")
        let unchanged = try await source.loadAPI(id: "once")
        XCTAssertEqual(unchanged, before)
        // Same length, same modification second most likely: only the bytes tell them apart.
        try Self.export(template: "again").write(toFile: path, atomically: false, encoding: .utf8)
        let after = try await source.loadAPI(id: "once")
        XCTAssertEqual(template(after), "again")
    }

    func testAReloadAfterASaveReadsTheSavedFile() async throws {
        let path = try ExportFixtures.write(Self.export(template: "first"), name: "once.yaml")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let source = try ExportFileSource(path: path)
        let method = MethodID(restApiId: "once", resourceId: "/t", httpMethod: "GET")
        let loaded = try await source.loadAPI(id: "once")
        let original = try XCTUnwrap(loaded.resource("/t")?.method("GET")?.integration?.integrationResponses.first)
        var updated = original
        updated.responseTemplates["application/json"] = "saved text"
        _ = try await source.saveIntegrationResponse(updated, original: original, at: method)
        let reloaded = try await source.loadAPI(id: "once")
        XCTAssertEqual(template(reloaded), "saved text")
        XCTAssertEqual(template(try ExportFileSource.load(path: path)), "saved text")
    }

    /// `gwx ls --file` reads with `readOnce` on the main thread: the same API as a source
    /// opened with `reading: .once` loads, and the same error for a file it refuses.
    func testReadOnceReadsWhatAOnceSourceLoads() async throws {
        let folder = try ExportFixtures.folder
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") || $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 5)
        for name in names {
            let path = folder.appendingPathComponent(name).path
            var kept: [Any] = []
            let read = try ExportFileSource.readOnce(path: path, keep: { kept.append($0) })
            XCTAssertEqual(kept.count, 1, name)
            let source = try ExportFileSource(path: path, reading: .once)
            let loaded = try await source.loadAPI(id: ExportFileSource.apiID(forPath: path))
            XCTAssertEqual(read, loaded, name)
            XCTAssertEqual(ExportFileSource.label(forPath: path), source.label)
        }
        for bad in ["{\"swagger\": \"2.0\", \"paths\": {\"/a\": 1}}", "{\"swagger\": \"2.0\",\n \"x\": \"a\u{01}\"}", "swagger: '2.0'\npaths: [\n"] {
            let path = try ExportFixtures.write(bad, name: bad.hasPrefix("{") ? "bad.json" : "bad.yaml")
            defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
            let readError = Result { try ExportFileSource.readOnce(path: path, keep: { _ in }) }
            let sourceError = Result { try ExportFileSource(path: path, reading: .once) }
            guard case let .failure(first) = readError, case let .failure(second) = sourceError else {
                XCTFail("read \(bad.debugDescription)")
                continue
            }
            XCTAssertEqual(String(describing: first), String(describing: second))
        }
    }

    /// Lines and columns across the 64-byte checkpoints of `SourceText`, with multi-byte
    /// characters and every YAML 1.1 line break, as PyYAML's `Reader` marks them.
    func testLinesAndColumnsAreWherePyYAMLsReaderPutsThem() throws {
        let pieces = ["a", "bc", " ", "é", "注文", "🐾", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}", "xyz", "\n\n"]
        var text = ""
        var state: UInt64 = 15
        for _ in 0..<1_500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text += pieces[Int(state >> 33) % pieces.count]
        }
        let path = try ExportFixtures.write(text, name: "marks.txt")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let script = """
        import sys, yaml.reader
        text = open(sys.argv[1], encoding="utf-8", newline="").read()
        reader = yaml.reader.Reader(text)
        marks = []
        for index in range(len(text) + 1):
            mark = reader.get_mark()
            marks.append("%d %d" % (mark.line, mark.column))
            if index < len(text):
                reader.forward(1)
        print("\\n".join(marks))
        """
        let python = try ExportFilePythonPeerTests.python()
        let expected = try ExportFilePythonPeerTests.run(python, ["-c", script, path]).split(separator: "\n").map(String.init)
        let source = SourceText(file: path, text: text, lineBreaks: .yaml11)
        var offsets = [0]
        for scalar in text.unicodeScalars { offsets.append(offsets[offsets.count - 1] + String(scalar).utf8.count) }
        XCTAssertEqual(expected.count, offsets.count)
        for (index, offset) in offsets.enumerated() where index < expected.count {
            let location = source.location(at: offset)
            let got = "\(location.line - 1) \(location.column - 1)"
            if got != expected[index] {
                return XCTFail("character \(index) (byte \(offset)): gwx says line/column \(got), PyYAML \(expected[index])")
            }
        }
    }
}
