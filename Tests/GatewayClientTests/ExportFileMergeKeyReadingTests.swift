import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// YAML merge keys (`<<`) read as YAML 1.1 (and PyYAML) read them: the model sees the merged
/// mapping, never a `<<` entry.
final class ExportFileMergeKeyReadingTests: XCTestCase {
    // MARK: - The document tree

    func testSingleAliasMergeBringsInTheAnchoredEntriesAndHidesTheMergeKey() throws {
        let document = try ExportDocument.parse(text: "base: &b\n  x: 1\n  y: 2\nm:\n  <<: *b\n  z: 3\n", file: "m.yaml")
        let merged = try XCTUnwrap(document.root["m"]?.mapping)
        XCTAssertEqual(merged.entries.map(\.key.value), ["x", "y", "z"])
        XCTAssertEqual(merged.written.map(\.key.value), ["<<", "z"])
        XCTAssertEqual(merged["x"]?.scalar?.value, "1")
        XCTAssertEqual(merged.entries[0].inheritance?.anchor, "b")
        XCTAssertEqual((merged.entries[0].inheritance?.mergeKey.span.start).map { document.source.location(of: $0).line }, 5)
        XCTAssertNil(merged.entries[2].inheritance)
        // The inherited entry's bytes are where they are written: in the anchored mapping.
        XCTAssertEqual(document.source.location(of: merged.entries[0].key.span.start).line, 2)
    }

    func testMergeListEarlierMappingsWinAndOwnKeysWinOverAll() throws {
        let text = "a: &a {key: 1, x: 1, own: a}\nb: &b {key: 2, y: 2, own: b}\nm:\n  own: m\n  <<: [*a, *b]\n"
        let merged = try XCTUnwrap(ExportDocument.parse(text: text, file: "m.yaml").root["m"]?.mapping)
        XCTAssertEqual(merged["key"]?.scalar?.value, "1")
        XCTAssertEqual(merged["own"]?.scalar?.value, "m")
        XCTAssertEqual(merged.entries.map(\.key.value), ["key", "y", "own", "x"], "PyYAML's order: the last mapping's keys first")
        XCTAssertEqual(merged.mergedEntry(for: "own")?.value.scalar?.value, "a", "the overridden merged value is still known")
        XCTAssertEqual(merged.writtenIndex(of: "own"), 0)
        XCTAssertNil(merged.writtenIndex(of: "key"))
    }

    func testInlineMappingAfterMergeKeyIsMergedWithoutAnAnchor() throws {
        let merged = try XCTUnwrap(ExportDocument.parse(text: "m:\n  <<:\n    x: 1\n    y: 2\n  y: 3\n", file: "m.yaml").root["m"]?.mapping)
        XCTAssertEqual(OracleText.of(.mapping(merged)), "{str(x):int(1),str(y):int(3)}")
        XCTAssertNil(merged.entries[0].inheritance?.anchor)
        XCTAssertNotNil(merged.entries[0].inheritance)
    }

    func testNestedMergesApplyThroughTheMergedMapping() throws {
        let text = "a: &a {x: 1, y: 1}\nb: &b\n  <<: *a\n  y: 2\n  w: 2\nm:\n  <<: *b\n  w: 3\n"
        let document = try ExportDocument.parse(text: text, file: "m.yaml")
        let merged = try XCTUnwrap(document.root["m"]?.mapping)
        XCTAssertEqual(OracleText.of(.mapping(merged)), "{str(x):int(1),str(y):int(2),str(w):int(3)}")
        // `x` comes from &a through &b: it is inherited through m's merge key, shared through &b.
        XCTAssertEqual(merged.entries[0].inheritance?.anchor, "b")
        XCTAssertEqual(document.source.location(of: merged.entries[0].key.span.start).line, 1)
    }

    func testQuotedMergeKeyIsAnOrdinaryKey() throws {
        let merged = try XCTUnwrap(ExportDocument.parse(text: "a: &a {x: 1}\nm: {'<<': *a, \"<<x\": 2}\n", file: "m.yaml").root["m"]?.mapping)
        XCTAssertEqual(merged.entries.map(\.key.value), ["<<", "<<x"])
        XCTAssertNil(merged.merge)
    }

    func testJSONKeyNamedMergeIsAnOrdinaryKey() throws {
        let merged = try XCTUnwrap(ExportDocument.parse(text: #"{"a": {"x": 1}, "m": {"<<": {"x": 1}}}"#, file: "m.json").root["m"]?.mapping)
        XCTAssertEqual(merged.entries.map(\.key.value), ["<<"])
    }

    // MARK: - Bad merges are located errors

    func testBadMergeValuesAreLocatedErrors() {
        let cases: [(String, Int, Int, String)] = [
            ("m:\n  <<: text\n", 2, 7, "not a text value"),
            ("m:\n  <<:\n  a: 1\n", 2, 3, "needs a value"),
            ("m: {<<: [a, b]}\n", 1, 10, "not a text value"),
            ("l: &l [1]\nm: {<<: *l}\n", 2, 9, "'*l' is a list"),
            ("m: {<<: [[{a: 1}]]}\n", 1, 10, "not another list"),
        ]
        for (text, line, column, message) in cases {
            XCTAssertThrowsError(try ExportDocument.parse(text: text, file: "bad.yaml"), text) { error in
                guard let error = error as? ExportFileError, case .malformed = error else { return XCTFail("\(text): \(error)") }
                XCTAssertEqual(error.place?.line, line, text)
                XCTAssertEqual(error.place?.column, column, text)
                XCTAssertTrue(error.message.contains(message), "\(text): \(error.message)")
                XCTAssertTrue(error.message.contains("merge key (<<)"), error.message)
            }
        }
    }

    func testMergeOfTheEnclosingAnchorIsACycleErrorNotACrash() {
        for text in ["a: &x\n  <<: *x\n", "a: &x {b: 1, <<: *x}\n", "a: &x\n  b:\n    <<: [*x]\n"] {
            XCTAssertThrowsError(try ExportDocument.parse(text: text, file: "cycle.yaml"), text) { error in
                guard let error = error as? ExportFileError, case .malformed = error else { return XCTFail("\(text): \(error)") }
                XCTAssertTrue(error.message.contains("'*x' is inside the node anchored '&x'"), error.message)
                XCTAssertNotNil(error.place)
            }
        }
    }

    // MARK: - The model

    func testModelSeesMergedIntegrationResponses() throws {
        let api = try ExportFileSource.load(path: ExportFixtures.copy("merge-keys-oas3.yaml"))
        let pets = try XCTUnwrap(api.resource("/pets")?.method("GET")?.integration?.integrationResponses)
        XCTAssertEqual(pets.map(\.selectionPattern), ["5\\d{2}", nil, "4\\d{2}", "3\\d{2}"], "the inherited 5xx response comes first, as in PyYAML")
        let cors: OrderedMap<String> = ["method.response.header.Access-Control-Allow-Origin": "'*'"]
        XCTAssertEqual(pets[1], IntegrationResponse(statusCode: "200", responseParameters: cors))
        XCTAssertEqual(pets[2], IntegrationResponse(statusCode: "400", selectionPattern: "4\\d{2}", responseParameters: cors,
                                                    responseTemplates: ["application/json": "{\"ok\": true}"], contentHandling: .convertToBinary))
        XCTAssertEqual(pets[3].responseParameters, cors, "merged through &corsjson, which merges &cors")
        XCTAssertEqual(pets[3].responseTemplates, ["application/json": "{\"cors\": true}"])
        let byID = try XCTUnwrap(api.resource("/pets/{id}")?.method("GET")?.integration?.integrationResponses.first)
        XCTAssertEqual(Array(byID.responseParameters.keys), ["method.response.header.Access-Control-Allow-Origin", "method.response.header.Vary", "method.response.header.X-Id"])
        XCTAssertEqual(byID.responseTemplates, ["application/json": "{\"id\": 1}"])
        let health = try XCTUnwrap(api.resource("/health")?.method("GET")?.integration)
        XCTAssertEqual(health.type, .mock)
        XCTAssertEqual(health.integrationResponses, [IntegrationResponse(statusCode: "200")])
        for located in api.allIntegrationResponses {
            XCTAssertFalse(located.response.responseParameters.keys.contains("<<"))
            XCTAssertFalse(located.response.responseTemplates.keys.contains("<<"))
        }
    }

    func testSourceListsMergedResponsesLikeTheLsCommandShowsThem() async throws {
        let path = try ExportFixtures.copy("merge-keys-oas3.yaml")
        let source = try ExportFileSource(path: path)
        let api = try await source.loadAPI(id: "merge-keys-oas3")
        XCTAssertEqual(api.allIntegrationResponses.count, 6)
        let id = IntegrationResponseID(restApiId: "merge-keys-oas3", resourceId: "/pets", httpMethod: "GET", statusCode: "500")
        let inherited = try await source.getIntegrationResponse(id)
        XCTAssertEqual(inherited.responseTemplates, ["application/json": "{\"error\": \"server\"}"])
    }

    // MARK: - PyYAML as the oracle

    func testPyYAMLReadsTheMergeFixtureAsGwxDoes() throws {
        let python = try ExportFilePythonPeerTests.python()
        let path = try ExportFixtures.copy("merge-keys-oas3.yaml")
        let script = try ExportFixtures.folder.appendingPathComponent("yaml-oracle/canonical.py").path
        let output = try ExportFilePythonPeerTests.run(python, [script, path])
        let reading = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])?.first)
        let document = try ExportDocument.parse(text: String(contentsOfFile: path, encoding: .utf8), file: path)
        XCTAssertEqual(OracleText.of(document.root), OracleText.of(recorded: reading))
        XCTAssertFalse(OracleText.of(document.root).contains("str(<<)"))
        try Self.assertPythonModelMatches(reading, path: path)
    }

    /// Every integration response of the file, as Python read it, equals gwx's model.
    static func assertPythonModelMatches(_ reading: Any, path: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let api = try ExportFileSource.load(path: path)
        var compared = 0
        for resource in api.resources {
            for method in resource.methods {
                let operation = [resource.path, method.httpMethod == "ANY" ? "x-amazon-apigateway-any-method" : method.httpMethod.lowercased()]
                for response in method.integration?.integrationResponses ?? [] {
                    let version = ExportFilePythonPeerTests.Version(context: "\(method.httpMethod) \(resource.path) \(response.statusCode)",
                                                                    path: path, operation: operation, saved: response)
                    XCTAssertEqual(ExportFilePythonPeerTests.pythonsResponse(in: reading, version), response, version.context, file: file, line: line)
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 0, file: file, line: line)
    }
}
