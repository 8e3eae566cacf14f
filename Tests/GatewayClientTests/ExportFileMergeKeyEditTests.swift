import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Editing integration responses that use YAML merge keys (`<<`): what a response writes
/// itself is edited in place; what it inherits (bytes shared through an anchor) is refused
/// with a place and what to do; nothing else in the file moves.
final class ExportFileMergeKeyEditTests: XCTestCase {
    static let fixture = "merge-keys-oas3.yaml"

    // MARK: - Own keys beside a merge key

    func testOwnStatusCodeBesideAMergeKeyIsEditedInPlace() async throws {
        let export = try EditedExport(Self.fixture)
        let status = try export.nodeBefore(["paths", "/pets", "get", "x-amazon-apigateway-integration", "responses", "default", "statusCode"])
        try await export.edit("/pets", "GET", status: "200") { $0.statusCode = "201" }
        try export.assertChangedOnlyWithin(status.span.range)
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"            statusCode: "200""#], [#"            statusCode: "201""#]))
    }

    func testNewKeyGoesAfterTheResponsesOwnKeysNotIntoTheMergedMapping() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.edit("/pets", "GET", status: "200") { $0.responseTemplates["application/json"] = "{}" }
        XCTAssertEqual(try export.lineDiff(), LineDiff([], ["            responseTemplates:", "              application/json: '{}'"]))
        XCTAssertEqual(try export.afterText.components(separatedBy: "\n")[44], "            responseTemplates:", "right after statusCode (line 44)")
        let reread = try await export.response("/pets", "GET", status: "200")
        XCTAssertEqual(reread.responseParameters, ["method.response.header.Access-Control-Allow-Origin": "'*'"], "still inherited")
    }

    func testNewKeyGoesAfterAMergeKeyWrittenLastWithItsBlockMapping() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.edit("/pets/{id}", "GET", status: "200") { $0.contentHandling = .convertToText }
        XCTAssertEqual(try export.lineDiff(), LineDiff([], ["            contentHandling: CONVERT_TO_TEXT"]))
        XCTAssertEqual(try export.afterText.components(separatedBy: "\n")[62], "            contentHandling: CONVERT_TO_TEXT", "after line 62, the end of the '<<:' mapping")
    }

    func testHeadersOfAMappingWithAMergeKeyAreEditedAddedAndRemovedBesideIt() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.edit("/pets/{id}", "GET", status: "200") {
            $0.responseParameters["method.response.header.X-Id"] = "'2'"
            $0.responseParameters["method.response.header.X-New"] = "'n'"
        }
        XCTAssertEqual(try export.lineDiff(), LineDiff(
            [#"              method.response.header.X-Id: "'1'""#, "              <<: *corsheaders"],
            [#"              method.response.header.X-Id: "'2'""#, "              <<: *corsheaders", #"              method.response.header.X-New: "'n'""#]))
        let saved = try await export.edit("/pets/{id}", "GET", status: "200") { $0.responseParameters["method.response.header.X-Id"] = nil }
        XCTAssertEqual(Array(saved.responseParameters.keys), ["method.response.header.Access-Control-Allow-Origin", "method.response.header.Vary", "method.response.header.X-New"])
        XCTAssertFalse(try export.afterText.contains("X-Id"))
        XCTAssertTrue(try export.afterText.contains("x-cors-headers: &corsheaders\n  method.response.header.Access-Control-Allow-Origin: \"'*'\"\n  method.response.header.Vary: \"'Origin'\"\n"))
    }

    func testOwnValueThatOverridesAMergedOneIsEditedWithItsCommentKept() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.edit("/pets", "GET", status: "400") { $0.contentHandling = .convertToText }
        XCTAssertEqual(try export.lineDiff(), LineDiff(["            contentHandling: CONVERT_TO_BINARY # overrides the one from &json"],
                                                       ["            contentHandling: CONVERT_TO_TEXT # overrides the one from &json"]))
    }

    func testFlowResponseWithAMergeKeyIsEditedInFlowStyle() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.edit("/pets", "GET", status: "302") {
            $0.statusCode = "303"
            $0.contentHandling = .convertToText
        }
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"          "3\\d{2}": {<<: *corsjson, statusCode: "302"}"#],
                                                       [#"          "3\\d{2}": {<<: *corsjson, statusCode: "303", contentHandling: CONVERT_TO_TEXT}"#]))
    }

    // MARK: - Inherited values are refused

    func testInheritedResponseParametersAreRefusedWithTheMergeKeyAndAnchor() async throws {
        let export = try EditedExport(Self.fixture)
        let error = try await refusal(export, "/pets", status: "200") { $0.responseParameters["method.response.header.Access-Control-Allow-Origin"] = "'x'" }
        XCTAssertEqual(error.message, "cannot change 'responseParameters' of the integration response 'default': 'responseParameters' comes from the YAML merge key (<<) at line 43, column 13, shared through anchor &cors (written on line 7): edit it in the anchored mapping, or write 'responseParameters' next to the merge key to override it")
        XCTAssertEqual(error.place?.line, 43)
        XCTAssertEqual(error.place?.column, 13)
        XCTAssertTrue(error.description.hasPrefix("\(export.path):43:13: error: cannot change"), error.description)
    }

    func testHeaderInheritedInsideResponseParametersIsRefused() async throws {
        let export = try EditedExport(Self.fixture)
        let error = try await refusal(export, "/pets/{id}", status: "200") { $0.responseParameters["method.response.header.Vary"] = nil }
        XCTAssertTrue(error.message.contains("'method.response.header.Vary' comes from the YAML merge key (<<) at line 59, column 15, shared through anchor &corsheaders (written on line 19)"), error.message)
        XCTAssertEqual(error.place?.line, 59)
    }

    func testInheritedTemplatesFromAListMergeAndFromAnInlineMergeAreRefused() async throws {
        let export = try EditedExport(Self.fixture)
        let listed = try await refusal(export, "/pets", status: "400") { $0.responseTemplates["application/json"] = "{}" }
        XCTAssertTrue(listed.message.contains("at line 46, column 13, shared through anchor &json (written on line 10)"), listed.message)
        let inline = try await refusal(export, "/pets/{id}", status: "200") { $0.responseTemplates["text/plain"] = "x" }
        XCTAssertTrue(inline.message.contains("at line 60, column 13 (written on line 61): edit it in the mapping after '<<:'"), inline.message)
    }

    func testRemovingAnOwnValueThatHidesAMergedOneIsRefused() async throws {
        let export = try EditedExport(Self.fixture)
        let error = try await refusal(export, "/pets", status: "400") { $0.contentHandling = nil }
        XCTAssertTrue(error.message.contains("would bring back the 'contentHandling' from anchor &json, written on line 12"), error.message)
    }

    func testInheritedResponseIsNeitherEditedNorDeleted() async throws {
        let export = try EditedExport(Self.fixture)
        let error = try await refusal(export, "/pets", status: "500") { $0.statusCode = "503" }
        XCTAssertTrue(error.message.hasPrefix(#"cannot edit the integration response '5\d{2}': '5\d{2}' comes from the YAML merge key (<<) at line 41, column 11, shared through anchor &errors"#), error.message)
        do {
            try await export.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: export.apiID, resourceId: "/pets", httpMethod: "GET", statusCode: "500"))
            XCTFail("expected a refusal")
        } catch let error as ExportFileError {
            guard case .unsupportedEdit = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.message.hasPrefix(#"cannot delete the integration response '5\d{2}'"#), error.message)
        }
        XCTAssertEqual(try export.after, export.before)
    }

    func testResponsesInheritedByTheIntegrationAreNotEditedOrAddedTo() async throws {
        let export = try EditedExport(Self.fixture)
        let error = try await refusal(export, "/health", status: "200") { $0.statusCode = "204" }
        XCTAssertTrue(error.message.contains("'responses' comes from the YAML merge key (<<) at line 66, column 9, shared through anchor &mock (written on line 27)"), error.message)
        do {
            _ = try await export.source.saveIntegrationResponse(IntegrationResponse(statusCode: "500", selectionPattern: "5.."), original: nil, at: export.method("/health", "GET"))
            XCTFail("expected a refusal")
        } catch let error as ExportFileError {
            XCTAssertTrue(error.message.hasPrefix("cannot add the integration response '5..': 'responses' comes from the YAML merge key"), error.message)
        }
        XCTAssertEqual(try export.after, export.before)
    }

    func testIntegrationWrittenAsAnAliasIsNotEditedThroughIt() async throws {
        let text = """
        openapi: 3.0.1
        info: {title: A}
        x-mock: &mock
          type: mock
          responses:
            default:
              statusCode: "200"
        paths:
          /a:
            get:
              x-amazon-apigateway-integration: *mock

        """
        let export = try EditedExport(text: text, name: "alias.yaml")
        let error = try await refusal(export, "/a", status: "200") { $0.statusCode = "201" }
        XCTAssertEqual(error.message, "cannot edit the integration response 'default': 'x-amazon-apigateway-integration' is the alias *mock at line 11, column 40, which shares the node anchored &mock on line 4: edit the anchored node, or replace the alias with a copy of it")
    }

    // MARK: - A response that others merge

    static let anchoredResponse = """
    openapi: 3.0.1
    info: {title: A}
    paths:
      /a:
        get:
          x-amazon-apigateway-integration:
            type: mock
            responses:
              default: &base
                statusCode: "200"
                responseTemplates:
                  application/json: '{}'
              "4\\\\d{2}":
                <<: *base
                statusCode: "400"

    """

    func testResponseThatOthersMergeIsNotChangedThroughGwx() async throws {
        let export = try EditedExport(text: Self.anchoredResponse, name: "anchored.yaml")
        let expected = "cannot change the node anchored &base (line 10): *base at line 14, column 17 uses it too, and an edit here would change both; edit the anchored node by hand, or give each place its own copy"
        let changed = try await refusal(export, "/a", status: "200") { $0.responseTemplates["application/json"] = "[]" }
        XCTAssertEqual(changed.message, expected)
        XCTAssertEqual(changed.place?.line, 10)
        let added = try await refusal(export, "/a", status: "200") { $0.contentHandling = .convertToText }
        XCTAssertEqual(added.message, expected)
        do {
            try await export.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: export.apiID, resourceId: "/a", httpMethod: "GET", statusCode: "200"))
            XCTFail("expected a refusal")
        } catch let error as ExportFileError {
            XCTAssertEqual(error.message, expected)
        }
        XCTAssertEqual(try export.after, export.before)
    }

    func testResponseThatMergesAnotherIsEditedAndResponsesAreAddedAfterIt() async throws {
        let export = try EditedExport(text: Self.anchoredResponse, name: "anchored.yaml")
        try await export.edit("/a", "GET", status: "400") { $0.statusCode = "404" }
        _ = try await export.source.saveIntegrationResponse(IntegrationResponse(statusCode: "500", selectionPattern: "5.."), original: nil, at: export.method("/a", "GET"))
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"            statusCode: "400""#], [#"            statusCode: "404""#, "          5..:", "            statusCode: '500'"]))
    }

    // MARK: - Deleting and round trips

    func testResponsesWithMergeKeysAreDeletedWithTheirLines() async throws {
        let export = try EditedExport(Self.fixture)
        try await export.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: export.apiID, resourceId: "/pets", httpMethod: "GET", statusCode: "400"))
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"          "4\\d{2}":"#, "            <<: [*cors, *json]", #"            statusCode: "400""#,
                                                        "            contentHandling: CONVERT_TO_BINARY # overrides the one from &json"], []))
        try await export.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: export.apiID, resourceId: "/pets", httpMethod: "GET", statusCode: "302"))
        let api = try ExportFileSource.load(path: export.path)
        XCTAssertEqual(api.resource("/pets")?.method("GET")?.integration?.integrationResponses.map(\.statusCode), ["500", "200"])
    }

    func testMethodResponseHeadersInheritedThroughAMergeAreRefused() async throws {
        let text = """
        openapi: 3.0.1
        info: {title: A}
        x-std: &std
          "200":
            description: OK
        paths:
          /a:
            get:
              responses:
                <<: *std
              x-amazon-apigateway-integration: {type: mock, responses: {default: {statusCode: "200"}}}

        """
        let export = try EditedExport(text: text, name: "methods.yaml")
        let response = MethodResponse(statusCode: "200", responseParameters: ["method.response.header.X": false])
        do {
            try await export.source.putMethodResponse(response, at: export.method("/a", "GET"))
            XCTFail("expected a refusal")
        } catch let error as ExportFileError {
            XCTAssertTrue(error.message.hasPrefix("cannot declare the headers of the method response 200: '200' comes from the YAML merge key (<<) at line 10, column 9, shared through anchor &std"), error.message)
        }
        try await export.source.putMethodResponse(MethodResponse(statusCode: "404"), at: export.method("/a", "GET"))
        XCTAssertEqual(try export.lineDiff(), LineDiff([], ["        '404':", "          description: 404 response"]), "beside the merge key, not in &std")
        XCTAssertEqual(try ExportFileSource.load(path: export.path).resource("/a")?.method("GET")?.methodResponses.map(\.statusCode), ["200", "404"])
    }

    func testEditsBesideMergeKeysReadBackInPyYAMLAsInGwx() async throws {
        let python = try ExportFilePythonPeerTests.python()
        let export = try EditedExport(Self.fixture)
        var versions: [ExportFilePythonPeerTests.Version] = []
        func keep(_ context: String, _ resource: String, _ saved: IntegrationResponse) throws {
            let copy = export.path + ".v\(versions.count).yaml"
            try FileManager.default.copyItem(atPath: export.path, toPath: copy)
            versions.append(.init(context: context, path: copy, operation: [resource, "get"], saved: saved))
        }
        try keep("own status", "/pets", try await export.edit("/pets", "GET", status: "200") { $0.statusCode = "201" })
        try keep("new templates", "/pets", try await export.edit("/pets", "GET", status: "201") { $0.responseTemplates["a/b"] = "#set($x = 1)\n$x\n" })
        try keep("override", "/pets", try await export.edit("/pets", "GET", status: "400") { $0.contentHandling = .convertToText })
        try keep("flow", "/pets", try await export.edit("/pets", "GET", status: "302") { $0.contentHandling = .convertToBinary })
        try keep("headers", "/pets/{id}", try await export.edit("/pets/{id}", "GET", status: "200") {
            $0.responseParameters["method.response.header.X-Id"] = "'a: b'"
            $0.responseParameters["method.response.header.Y"] = "yes"
            $0.contentHandling = .convertToText
        })
        try ExportFilePythonPeerTests.assertPythonReadsLikeGwx(versions, python: python)
        let output = try ExportFilePythonPeerTests.run(python, [try ExportFixtures.folder.appendingPathComponent("yaml-oracle/canonical.py").path, export.path])
        let reading = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])?.first)
        try ExportFileMergeKeyReadingTests.assertPythonModelMatches(reading, path: export.path)
        // The anchored pieces are untouched.
        let head = String(decoding: export.before, as: UTF8.self).components(separatedBy: "\n").prefix(30)
        XCTAssertEqual(try export.afterText.components(separatedBy: "\n").prefix(30), head)
    }

    // MARK: - Helpers

    /// Edits a response expecting a refusal; checks the file did not change.
    func refusal(_ export: EditedExport, _ resource: String, status: String, file: StaticString = #filePath, line: UInt = #line,
                 _ change: (inout IntegrationResponse) -> Void) async throws -> ExportFileError {
        do {
            try await export.edit(resource, "GET", status: status, change)
        } catch let error as ExportFileError {
            guard case .unsupportedEdit = error else {
                XCTFail("expected an unsupported edit, got \(error)", file: file, line: line)
                return error
            }
            XCTAssertEqual(try export.after, export.before, "the file changed", file: file, line: line)
            return error
        }
        XCTFail("expected a refusal", file: file, line: line)
        throw ExportFilePythonPeerTests.PeerError("no refusal")
    }
}
