import GatewayClient
import GatewayModel
import XCTest

/// Each kind of edit: insert, delete, rename, status and content handling changes.
final class ExportFileStructuralEditTests: XCTestCase {
    // MARK: - Inserting keys

    func testNewTemplateIsAppendedToAYAMLBlockMappingAtItsIndentation() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "POST", status: "400") { $0.responseTemplates["text/plain"] = "bad request" }
        let diff = try export.lineDiff()
        XCTAssertEqual(diff.removed, [])
        XCTAssertEqual(diff.added, ["              text/plain: bad request"])
    }

    func testNewHeaderMappingIsAppendedInsideAYAMLFlowMapping() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "POST", status: "201") { $0.responseParameters["method.response.header.Cache-Control"] = "'no-store'" }
        XCTAssertEqual(try export.lineDiff().added,
                       [#"            responseParameters: {method.response.header.Location: integration.response.body.location, method.response.header.Cache-Control: "'no-store'"}"#])
    }

    func testNewHeaderMappingIsAppendedToAJSONObjectWithTheFilesCommaAndColonStyle() async throws {
        let export = try EditedExport("petstore-oas3.json")
        try await export.edit("/pets", "GET", status: "200") { $0.responseParameters["method.response.header.X-Total"] = "integration.response.header.X-Total" }
        let diff = try export.lineDiff()
        XCTAssertEqual(diff.removed, [#"                "method.response.header.Access-Control-Allow-Origin" : "'*'""#])
        XCTAssertEqual(diff.added, [#"                "method.response.header.Access-Control-Allow-Origin" : "'*'","#,
                                    #"                "method.response.header.X-Total" : "integration.response.header.X-Total""#])
    }

    func testAMissingTemplatesMapIsAddedAsANewKey() async throws {
        let export = try EditedExport("petstore-oas3.json")
        try await export.edit("/pets", "GET", status: "200") { $0.responseTemplates["application/json"] = "$input.json('$')" }
        let expected = [
            #"                "method.response.header.Access-Control-Allow-Origin" : "'*'""#,
            #"              },"#,
            #"              "responseTemplates" : {"#,
            #"                "application/json" : "$input.json('$')""#,
            #"              }"#,
            #"            }"#,
            #"          },"#,
            #"          "requestParameters" : {"#,
        ].joined(separator: "\n")
        let text = try export.afterText
        XCTAssertTrue(text.contains(expected), text)
        let yaml = try EditedExport("orders-oas3.yaml")
        try await yaml.edit("/orders", "GET", status: "500") { $0.responseParameters["method.response.header.Retry-After"] = "'30'" }
        XCTAssertEqual(try yaml.lineDiff().added, ["            responseParameters:", #"              method.response.header.Retry-After: "'30'""#])
    }

    // MARK: - Deleting keys

    func testDeletingJSONEntriesTakesTheirCommasWithThem() async throws {
        let export = try EditedExport("petstore-oas3.json")
        try await export.edit("/pets", "OPTIONS", status: "200") {
            $0.responseParameters["method.response.header.Access-Control-Allow-Headers"] = nil
            $0.responseParameters["method.response.header.Access-Control-Allow-Origin"] = nil
        }
        let diff = try export.lineDiff()
        XCTAssertEqual(diff.removed, [
            #"                "method.response.header.Access-Control-Allow-Methods" : "'POST,GET,OPTIONS'","#,
            #"                "method.response.header.Access-Control-Allow-Headers" : "'Content-Type,X-Amz-Date,Authorization,X-Api-Key'","#,
            #"                "method.response.header.Access-Control-Allow-Origin" : "'*'""#,
        ])
        XCTAssertEqual(diff.added, [#"                "method.response.header.Access-Control-Allow-Methods" : "'POST,GET,OPTIONS'""#])
    }

    func testDeletingTheFirstJSONEntryKeepsTheNextOnesIndentation() async throws {
        let export = try EditedExport("petstore-oas3.json")
        try await export.edit("/pets", "OPTIONS", status: "200") { $0.responseParameters["method.response.header.Access-Control-Allow-Methods"] = nil }
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"                "method.response.header.Access-Control-Allow-Methods" : "'POST,GET,OPTIONS'","#], []))
    }

    func testEmptyingAMapDeletesItsKeyAndLinesInYAML() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "GET", status: "200") { $0.responseParameters = [:] }
        XCTAssertEqual(try export.lineDiff(), LineDiff(["            responseParameters:", "              method.response.header.X-Request-Id: context.requestId"], []))
    }

    func testDeletingALiteralTemplateRemovesAllItsLines() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "GET", status: "200") {
            $0.responseTemplates["text/plain"] = "x"
            $0.responseTemplates["application/json"] = nil
        }
        let diff = try export.lineDiff()
        XCTAssertEqual(diff.removed.first, "              application/json: |")
        XCTAssertEqual(diff.removed.count, 6)
        XCTAssertEqual(diff.added, ["              text/plain: x"])
    }

    // MARK: - Renaming keys, status code, content handling

    func testChangingTheSelectionPatternRenamesTheResponsesKeyInPlace() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "GET", status: "500") { $0.selectionPattern = ".*(Internal|Fatal).*" }
        XCTAssertEqual(try export.lineDiff(), LineDiff(["          .*Internal.*:"], ["          .*(Internal|Fatal).*:"]))
        let json = try EditedExport("petstore-oas3.json")
        try await json.edit("/pets/{petId}", "GET", status: "404") { $0.selectionPattern = "404" }
        XCTAssertEqual(try json.lineDiff(), LineDiff([#"            "4\\d{2}" : {"#], [#"            "404" : {"#]))
    }

    func testSwappingTheDefaultResponseRenamesBothKeys() async throws {
        let export = try EditedExport("calc-swagger2.json")
        try await export.edit("/calc", "GET", status: "200") { $0.selectionPattern = "2\\d{2}" }
        try await export.edit("/calc", "GET", status: "400") { $0.selectionPattern = "" }
        let api = try ExportFileSource.load(path: export.path)
        XCTAssertEqual(api.resource("/calc")?.method("GET")?.integration?.integrationResponses.map(\.selectionPattern), ["2\\d{2}", nil])
        XCTAssertTrue(try export.afterText.contains(#""default" : {"# + "\n              \"statusCode\" : \"400\""))
    }

    func testAPatternAlreadyUsedByAnotherResponseIsRefused() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        do {
            try await export.edit("/orders", "GET", status: "500") { $0.selectionPattern = nil }
            XCTFail("expected a conflict")
        } catch let error as ExportFileError {
            guard case .conflict = error else { return XCTFail("\(error)") }
            XCTAssertTrue(error.description.contains("already uses the selection pattern 'default'"), error.description)
        }
        XCTAssertEqual(try export.after, export.before)
    }

    func testChangingTheStatusCodeRewritesOnlyThatScalarKeepingItsQuotes() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "POST", status: "400") { $0.statusCode = "422" }
        XCTAssertEqual(try export.lineDiff(), LineDiff(["            statusCode: '400'"], ["            statusCode: '422'"]))
        let json = try EditedExport("calc-swagger2.json")
        try await json.edit("/calc", "GET", status: "400") { $0.statusCode = "422" }
        XCTAssertEqual(try json.lineDiff(), LineDiff([#"              "statusCode" : "400","#], [#"              "statusCode" : "422","#]))
    }

    func testContentHandlingIsAddedChangedAndRemoved() async throws {
        let export = try EditedExport("calc-swagger2.json")
        try await export.edit("/calc", "GET", status: "400") { $0.contentHandling = .convertToBinary }
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"              "contentHandling" : "CONVERT_TO_TEXT""#], [#"              "contentHandling" : "CONVERT_TO_BINARY""#]))
        try await export.edit("/calc", "GET", status: "400") { $0.contentHandling = nil }
        XCTAssertEqual(try export.lineDiff(), LineDiff([#"              "statusCode" : "400","#, #"              "contentHandling" : "CONVERT_TO_TEXT""#], [#"              "statusCode" : "400""#]))
        let yaml = try EditedExport("orders-oas3.yaml")
        try await yaml.edit("/orders", "GET", status: "500") { $0.contentHandling = .convertToText }
        XCTAssertEqual(try yaml.lineDiff(), LineDiff([], ["            contentHandling: CONVERT_TO_TEXT"]))
    }

    func testReorderingHeaderMappingsRewritesTheWholeMap() async throws {
        let export = try EditedExport("calc-swagger2.json")
        let saved = try await export.edit("/calc", "GET", status: "200") {
            $0.responseParameters = ["method.response.header.operand_1": "integration.response.body.a",
                                     "method.response.header.operator": "integration.response.body.op"]
        }
        XCTAssertEqual(saved.responseParameters.keys, ["method.response.header.operand_1", "method.response.header.operator"])
    }

    func testCommentsAndUnknownExtensionsSurviveEveryEdit() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        try await export.edit("/orders", "GET", status: "200") {
            $0.responseTemplates["application/json"] = "{}"
            $0.responseParameters["method.response.header.A"] = "'a'"
            $0.contentHandling = .convertToText
        }
        try await export.edit("/orders", "GET", status: "500") { $0.selectionPattern = ".*Boom.*" }
        let text = try export.afterText
        for kept in ["# Orders API — kept in git", "# Success: reshape the Lambda result.", "# Any Lambda error message mentioning \"Internal\".",
                     "# validation errors from the function", "x-amazon-apigateway-gateway-responses:", "x-amazon-apigateway-binary-media-types:"] {
            XCTAssertTrue(text.contains(kept), kept)
        }
    }
}

/// Files with Windows line breaks keep them in every inserted line.
final class ExportFileLineBreakTests: XCTestCase {
    func testInsertedAndRewrittenLinesUseTheFilesCRLFLineBreaks() async throws {
        let text = [
            "openapi: 3.0.1", "info:", "  title: CRLF", "paths:", "  /a:", "    get:", "      x-amazon-apigateway-integration:",
            "        type: mock", "        responses:", "          default:", "            statusCode: \"200\"",
            "            responseTemplates:", "              application/json: |", "                {\"a\": 1}", "",
        ].joined(separator: "\r\n")
        let export = try EditedExport(text: text, name: "crlf.yaml")
        let saved = try await export.edit("/a", "GET", status: "200") {
            $0.responseTemplates["application/json"] = "{\n  \"a\": 2\n}\n"
            $0.responseTemplates["text/plain"] = "two\nlines"
        }
        XCTAssertEqual(saved.responseTemplates["text/plain"], "two\nlines")
        let after = try export.afterText
        XCTAssertFalse(after.replacingOccurrences(of: "\r\n", with: "").contains("\n"), after.debugDescription)
        XCTAssertTrue(after.hasSuffix("              text/plain: |-\r\n                two\r\n                lines\r\n"), after.debugDescription)
    }
}
