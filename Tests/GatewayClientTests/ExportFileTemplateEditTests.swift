import GatewayClient
import GatewayModel
import XCTest

/// The heart of the export source: changing one template changes only that template's bytes.
final class ExportFileTemplateEditTests: XCTestCase {
    let newTemplate = "#set($orders = $input.path('$.orders'))\n{\n  \"total\": $orders.size()\n}\n"

    func testChangingAYAMLLiteralTemplateRewritesOnlyItsBytesAndKeepsTheLiteralStyle() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        let keys = ["paths", "/orders", "get", "x-amazon-apigateway-integration", "responses", "default", "responseTemplates", "application/json"]
        let old = try XCTUnwrap(export.nodeBefore(keys).scalar)
        XCTAssertEqual(old.style, .literal(.clip))
        let saved = try await export.edit("/orders", "GET", status: "200") { $0.responseTemplates["application/json"] = newTemplate }
        XCTAssertEqual(saved.responseTemplates["application/json"], newTemplate)
        try export.assertChangedOnlyWithin(old.span.range)
        let expected = try ExportFixtures.text("orders-oas3.yaml").replacingOccurrences(
            of: "                  \"count\": $orders.size(),\n                  \"orders\": $input.json('$.orders')\n",
            with: "                  \"total\": $orders.size()\n")
        XCTAssertEqual(try export.afterText, expected)
    }

    func testChangingAJSONTemplateRewritesOnlyItsStringAndEscapesIt() async throws {
        let export = try EditedExport("petstore-oas3.json")
        let keys = ["paths", "/pets/{petId}", "get", "x-amazon-apigateway-integration", "responses", "default", "responseTemplates", "application/xml"]
        let old = try XCTUnwrap(export.nodeBefore(keys).scalar)
        let template = "#set($pet = $input.path('$'))\n<pet id=\"$pet.id\">\t$pet.type \\ done</pet>"
        try await export.edit("/pets/{petId}", "GET", status: "200") { $0.responseTemplates["application/xml"] = template }
        try export.assertChangedOnlyWithin(old.span.range)
        XCTAssertTrue(try export.afterText.contains(##""application/xml" : "#set($pet = $input.path('$'))\n<pet id=\"$pet.id\">\t$pet.type \\ done</pet>""##))
    }

    func testChangingADoubleQuotedYAMLTemplateKeepsDoubleQuotes() async throws {
        let export = try EditedExport("greetings-swagger2.yaml")
        let keys = ["paths", "/", "get", "x-amazon-apigateway-integration", "responses", "default", "responseTemplates", "text/html"]
        let old = try XCTUnwrap(export.nodeBefore(keys).scalar)
        try await export.edit("/", "GET", status: "200") { $0.responseTemplates["text/html"] = "<html>\n  <body>\n    <h1>Hello, world</h1>\n  </body>\n</html>" }
        try export.assertChangedOnlyWithin(old.span.range)
        XCTAssertEqual(try export.lineDiff().added, [#"              text/html: "<html>\n  <body>\n    <h1>Hello, world</h1>\n  </body>\n</html>""#])
    }

    func testUnicodeTemplatesRoundTripInYAMLAndJSON() async throws {
        let text = "{\"message\": \"注文が見つかりません 🙈\", \"emoji\": \"👩‍💻\"}\n"
        for fixture in ["orders-oas3.yaml", "petstore-oas3.json"] {
            let export = try EditedExport(fixture)
            let resource = fixture.hasSuffix("yaml") ? "/orders" : "/pets/{petId}"
            let status = fixture.hasSuffix("yaml") ? "500" : "404"
            let saved = try await export.edit(resource, "GET", status: status) { $0.responseTemplates["application/json"] = text }
            XCTAssertEqual(saved.responseTemplates["application/json"], text, fixture)
            XCTAssertTrue(try export.afterText.contains("注文が見つかりません 🙈"), fixture)
        }
    }

    func testYAMLStyleIsALiteralBlockWhenItRoundTripsAndDoubleQuotedOtherwise() async throws {
        let export = try EditedExport("orders-oas3.yaml")
        let keys = ["paths", "/orders", "get", "x-amazon-apigateway-integration", "responses", "default", "responseTemplates", "application/json"]
        let cases: [(text: String, written: String, style: ScalarStyle)] = [
            ("one\ntwo", "|-\n                one\n                two", .literal(.strip)),
            ("one\ntwo\n", "|\n                one\n                two", .literal(.clip)),
            ("one\n\ntwo\n\n", "|+\n                one\n\n                two\n", .literal(.keep)),
            ("  leading spaces\nsecond", #""  leading spaces\nsecond""#, .doubleQuoted),
            ("trailing space \nx", #""trailing space \nx""#, .doubleQuoted),
            ("tab only\n\t\nx", #""tab only\n\t\nx""#, .doubleQuoted),
            ("bell\u{07}\nx", #""bell\a\nx""#, .doubleQuoted),
        ]
        for (text, written, style) in cases {
            try await export.edit("/orders", "GET", status: "200") { $0.responseTemplates["application/json"] = text }
            let document = try ExportDocument.parse(text: export.afterText, file: export.path)
            var node = document.root
            for key in keys { node = try XCTUnwrap(node[key]) }
            let scalar = try XCTUnwrap(node.scalar)
            XCTAssertEqual(scalar.value, text)
            XCTAssertEqual(scalar.style, style, text.debugDescription)
            XCTAssertEqual(document.source.text(scalar.span.start.offset..<scalar.extendedEnd), written, text.debugDescription)
        }
    }

    func testLiteralTemplateAtTheEndOfAFileWithoutFinalLineBreak() async throws {
        let text = "openapi: 3.0.1\ninfo:\n  title: T\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: mock\n        responses:\n          default:\n            statusCode: \"200\"\n            responseTemplates:\n              application/json: |-\n                old"
        let export = try EditedExport(text: text, name: "tail.yaml")
        for value in ["new\n", "new", "new\n\n", "x"] {
            let saved = try await export.edit("/a", "GET", status: "200") { $0.responseTemplates["application/json"] = value }
            XCTAssertEqual(saved.responseTemplates["application/json"], value)
        }
    }
}
