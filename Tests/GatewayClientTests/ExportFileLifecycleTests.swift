import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Adding and deleting whole responses, method responses, conflicts and atomic writes.
final class ExportFileLifecycleTests: XCTestCase {
    // MARK: - Identity

    func testTwoFilesWithTheSameNameShareALabelButNotAnIdentity() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-identity-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var sources: [ExportFileSource] = []
        for folder in ["a", "b"] {
            let directory = root.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("api.yaml").path
            try "openapi: 3.0.1\ninfo:\n  title: A\npaths: {}\n".write(toFile: path, atomically: true, encoding: .utf8)
            sources.append(try ExportFileSource(path: path))
        }
        XCTAssertEqual(sources[0].label, sources[1].label)
        XCTAssertNotEqual(sources[0].identity, sources[1].identity, "drafts of one file must never be offered for the other")
        XCTAssertTrue(sources[0].identity.hasSuffix("/a/api.yaml"), sources[0].identity)
    }

    // MARK: - Whole integration responses

    func testANewIntegrationResponseIsAppendedToResponsesInYAMLAndJSON() async throws {
        let new = IntegrationResponse(statusCode: "404", selectionPattern: ".*NotFound.*",
                                      responseParameters: ["method.response.header.X-Request-Id": "context.requestId"],
                                      responseTemplates: ["application/json": "{\"message\": \"not found\"}\n"],
                                      contentHandling: .convertToText)
        for fixture in ["orders-oas3.yaml", "petstore-oas3.json"] {
            let export = try EditedExport(fixture)
            let resource = fixture.hasSuffix("yaml") ? "/orders" : "/pets"
            let saved = try await export.source.saveIntegrationResponse(new, original: nil, at: export.method(resource, "GET"))
            XCTAssertEqual(saved, new)
            let responses = try ExportFileSource.load(path: export.path).resource(resource)?.method("GET")?.integration?.integrationResponses
            XCTAssertEqual(responses?.last, new, fixture)
            XCTAssertEqual(try export.lineDiff().removed.filter { !$0.hasSuffix("}") && !$0.hasSuffix("},") }, [], fixture)
        }
        let yaml = try EditedExport("orders-oas3.yaml")
        _ = try await yaml.source.saveIntegrationResponse(new, original: nil, at: yaml.method("/orders", "GET"))
        XCTAssertEqual(try yaml.lineDiff().added, [
            "          .*NotFound.*:",
            "            statusCode: '404'",
            "            responseParameters:",
            "              method.response.header.X-Request-Id: context.requestId",
            "            responseTemplates:",
            "              application/json: |",
            "                {\"message\": \"not found\"}",
            "            contentHandling: CONVERT_TO_TEXT",
        ])
    }

    func testAddingAResponseWithAnExistingStatusIsAConflict() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        do {
            _ = try await export.source.saveIntegrationResponse(IntegrationResponse(statusCode: "500", selectionPattern: "x"), original: nil, at: export.method("/orders", "GET"))
            XCTFail("expected a conflict")
        } catch let error as ExportFileError {
            guard case .conflict = error else { return XCTFail("\(error)") }
        }
    }

    func testDeletingAnIntegrationResponseRemovesItsLinesOrItsJSONMember() async throws {
        let yaml = try EditedExport("orders-oas3.yaml")
        try await yaml.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: yaml.apiID, resourceId: "/orders", httpMethod: "GET", statusCode: "500"))
        let removed = try yaml.lineDiff().removed
        XCTAssertEqual(removed.first, "          .*Internal.*:")
        XCTAssertEqual(removed.count, 5)
        XCTAssertEqual(try yaml.lineDiff().added, [])
        let json = try EditedExport("petstore-oas3.json")
        try await json.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: json.apiID, resourceId: "pets/{petId}", httpMethod: "GET", statusCode: "404"))
        let api = try ExportFileSource.load(path: json.path)
        XCTAssertEqual(api.resource("/pets/{petId}")?.method("GET")?.integration?.integrationResponses.map(\.statusCode), ["200"])
        XCTAssertFalse(try json.afterText.contains("was not found"))
    }

    func testDeletingTheOnlyResponseLeavesAnEmptyMapping() async throws {
        let export = try EditedExport("greetings-swagger2.yaml")
        try await export.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: export.apiID, resourceId: "/", httpMethod: "GET", statusCode: "200"))
        XCTAssertTrue(try export.afterText.contains("        responses: {}\n        requestTemplates:"))
        let json = try EditedExport("petstore-oas3.json")
        try await json.source.deleteIntegrationResponse(IntegrationResponseID(restApiId: json.apiID, resourceId: "/pets", httpMethod: "OPTIONS", statusCode: "200"))
        XCTAssertTrue(try json.afterText.contains("\"type\" : \"mock\",\n          \"responses\" : { },\n"))
        let added = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}"])
        _ = try await export.source.saveIntegrationResponse(added, original: nil, at: export.method("/", "GET"))
        _ = try await json.source.saveIntegrationResponse(added, original: nil, at: json.method("/pets", "OPTIONS"))
        XCTAssertEqual(try ExportFileSource.load(path: json.path).resource("/pets")?.method("OPTIONS")?.integration?.integrationResponses, [added])
    }

    // MARK: - Method responses

    func testPutMethodResponseAddsANewStatusWithDeclaredHeaders() async throws {
        let export = try EditedExport("petstore-oas3.json")
        let response = MethodResponse(statusCode: "429", responseParameters: ["method.response.header.Retry-After": true])
        try await export.source.putMethodResponse(response, at: export.method("/pets", "GET"))
        let method = try ExportFileSource.load(path: export.path).resource("/pets")?.method("GET")
        XCTAssertEqual(method?.methodResponses.last, response)
        XCTAssertTrue(try export.afterText.contains(#""429" : {"# + "\n            \"description\" : \"429 response\","))
    }

    func testPutMethodResponseReplacesTheHeadersOfAnExistingStatus() async throws {
        let export = try EditedExport("greetings-swagger2.yaml")
        let response = MethodResponse(statusCode: "200", responseParameters: ["method.response.header.Content-Type": false, "method.response.header.Cache-Control": false])
        try await export.source.putMethodResponse(response, at: export.method("/", "GET"))
        XCTAssertEqual(try export.lineDiff(), LineDiff([], ["            Cache-Control:", "              type: \"string\""]))
        let yaml = try EditedExport("orders-oas3.yaml")
        try await yaml.source.putMethodResponse(MethodResponse(statusCode: "500", responseParameters: ["method.response.header.Retry-After": true]), at: yaml.method("/orders", "GET"))
        XCTAssertEqual(try yaml.lineDiff().added, ["          headers:", "            Retry-After:", "              schema:", "                type: string", "              required: true"])
        let declared = try ExportFileSource.load(path: yaml.path).resource("/orders")?.method("GET")?.methodResponse(statusCode: "500")
        XCTAssertEqual(declared?.responseParameters, ["method.response.header.Retry-After": true])
    }

    // MARK: - Conflicts and safe writes

    func testSavingRefusesWhenTheFileChangedSinceLoading() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        let original = try await export.response("/orders", "GET", status: "200")
        let someoneElse = try String(contentsOfFile: export.path, encoding: .utf8).replacingOccurrences(of: "context.requestId", with: "context.extendedRequestId")
        try someoneElse.write(toFile: export.path, atomically: true, encoding: .utf8)
        var updated = original
        updated.responseTemplates["application/json"] = "{}"
        do {
            _ = try await export.source.saveIntegrationResponse(updated, original: original, at: export.method("/orders", "GET"))
            XCTFail("expected a conflict")
        } catch let error as ExportFileError {
            guard case .conflict = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("changed in the file since it was loaded"), error.description)
            XCTAssertTrue(error.description.contains("orders-oas3.yaml:49:11: error:"), error.description)
        }
        XCTAssertEqual(try export.afterText, someoneElse)
    }

    func testSavingWritesAtomicallyKeepsPermissionsAndLeavesNoTemporaryFiles() async throws {
        let export = try EditedExport("calc-swagger2.json")
        XCTAssertEqual(chmod(export.path, 0o640), 0)
        try await export.edit("/calc", "GET", status: "200") { $0.responseTemplates["application/json"] = "{}" }
        var status = stat()
        XCTAssertEqual(stat(export.path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o640)
        let folder = (export.path as NSString).deletingLastPathComponent
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["calc-swagger2.json"])
    }

    func testSavingThroughASymbolicLinkKeepsTheLink() async throws {
        let export = try EditedExport("calc-swagger2.json")
        let link = (export.path as NSString).deletingLastPathComponent + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: export.path)
        let source = try ExportFileSource(path: link)
        let method = MethodID(restApiId: "link", resourceId: "/calc", httpMethod: "GET")
        let original = try await source.getIntegrationResponse(IntegrationResponseID(restApiId: "link", resourceId: "/calc", httpMethod: "GET", statusCode: "400"))
        var updated = original
        updated.statusCode = "422"
        _ = try await source.saveIntegrationResponse(updated, original: original, at: method)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), export.path)
        XCTAssertTrue(try export.afterText.contains("\"statusCode\" : \"422\""))
    }
}
