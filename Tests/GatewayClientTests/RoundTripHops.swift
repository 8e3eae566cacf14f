import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Comparing what a hop gave back with what went in, byte for byte.
enum RoundTripCompare {
    /// The first difference, or nil. A missing and an empty selection pattern are the same (both
    /// mean the default response, for API Gateway and export files); map order is not compared
    /// (API Gateway does not promise it), every key and every byte of every value is.
    static func difference(expected: IntegrationResponse, actual: IntegrationResponse?) -> String? {
        guard let actual else { return "the response is missing" }
        if expected.statusCode != actual.statusCode { return "statusCode \(actual.statusCode.debugDescription) != \(expected.statusCode.debugDescription)" }
        if (expected.selectionPattern ?? "") != (actual.selectionPattern ?? "") {
            return "selectionPattern \(String(describing: actual.selectionPattern?.debugDescription)) != \(String(describing: expected.selectionPattern?.debugDescription))"
        }
        if expected.contentHandling != actual.contentHandling {
            return "contentHandling \(String(describing: actual.contentHandling)) != \(String(describing: expected.contentHandling))"
        }
        if let problem = mapDifference("responseTemplates", expected.responseTemplates, actual.responseTemplates) { return problem }
        return mapDifference("responseParameters", expected.responseParameters, actual.responseParameters)
    }

    static func mapDifference(_ name: String, _ expected: OrderedMap<String>, _ actual: OrderedMap<String>) -> String? {
        for entry in expected {
            guard let value = actual[entry.key] else { return "\(name)[\(entry.key.debugDescription)] is missing" }
            if value != entry.value { return "\(name)[\(entry.key.debugDescription)] is \(value.debugDescription), expected \(entry.value.debugDescription)" }
        }
        for key in actual.keys where expected[key] == nil { return "\(name)[\(key.debugDescription)] appeared" }
        return nil
    }

    /// An integration response as boto3 read it (JSON from the peer), with `null` values kept
    /// apart: `nulls` lists the template and parameter keys that came back as null.
    static func boto3Response(_ json: AWSJSON) -> (response: IntegrationResponse, nulls: Set<String>) {
        var nulls = Set<String>()
        func map(_ field: String) -> OrderedMap<String> {
            var out = OrderedMap<String>()
            for member in json[field]?.members ?? [] {
                if case .null = member.value {
                    nulls.insert("\(field)[\(member.key)]")
                    out[member.key] = ""
                } else {
                    out[member.key] = member.value.stringValue ?? "<not a string>"
                }
            }
            return out
        }
        let response = IntegrationResponse(statusCode: json["statusCode"]?.stringValue ?? "", selectionPattern: json["selectionPattern"]?.stringValue,
                                           responseParameters: map("responseParameters"), responseTemplates: map("responseTemplates"),
                                           contentHandling: json["contentHandling"]?.stringValue.flatMap(ContentHandling.init(rawValue:)))
        return (response, nulls)
    }

    /// Which keys API Gateway returns as null for a response it stores: its empty templates.
    static func expectedNulls(_ response: IntegrationResponse) -> Set<String> {
        Set(response.responseTemplates.filter { $0.value.isEmpty }.map { "responseTemplates[\($0.key)]" })
    }
}

/// One export file (JSON or YAML) with one method, into which responses are saved in turn.
struct ExportFileHop {
    enum Format: String, CaseIterable { case json, yaml }

    let format: Format
    let source: ExportFileSource
    let path: String
    var method: MethodID { MethodID(restApiId: source.apiID, resourceId: "/c", httpMethod: "GET") }
    /// The response the file holds before the first save.
    static let placeholder = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": "{}"])

    /// A fresh file in `directory`, holding `placeholder` on `GET /c`.
    init(_ format: Format, in directory: URL, name: String = "RoundTrip") throws {
        self.format = format
        path = directory.appendingPathComponent("\(name).\(format.rawValue)").path
        let text: String
        switch format {
        case .json:
            text = """
            {
              "openapi": "3.0.1",
              "info": {"title": "RoundTrip", "version": "1"},
              "paths": {
                "/c": {
                  "get": {
                    "responses": {"200": {"description": "ok"}},
                    "x-amazon-apigateway-integration": {
                      "type": "mock",
                      "responses": {
                        "default": {"statusCode": "200", "responseTemplates": {"application/json": "{}"}}
                      }
                    }
                  }
                }
              }
            }

            """
        case .yaml:
            text = """
            openapi: 3.0.1
            info:
              title: RoundTrip
              version: "1"
            paths:
              /c:
                get:
                  responses:
                    "200":
                      description: ok
                  x-amazon-apigateway-integration:
                    type: mock
                    responses:
                      default:
                        statusCode: "200"
                        responseTemplates:
                          application/json: "{}"

            """
        }
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        source = try ExportFileSource(path: path)
    }

    /// Saves `response` over `original` and returns the file's response as gwx reads it back.
    func save(_ response: IntegrationResponse, over original: IntegrationResponse) async throws -> IntegrationResponse? {
        _ = try await source.saveIntegrationResponse(response, original: original, at: method)
        return try ExportFileSource.load(path: path).resource("/c")?.method("GET")?.integration?.integrationResponses.first
    }

    /// The saved response as Python (json or PyYAML) reads each file; nil where it is not
    /// there or not all text.
    static func pythonReadings(_ files: [String], python: String) throws -> [IntegrationResponse?] {
        let script = try ExportFixtures.folder.appendingPathComponent("yaml-oracle/canonical.py").path
        let output = try ExportFilePythonPeerTests.run(python, [script] + files)
        let readings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])
        XCTAssertEqual(readings.count, files.count)
        return readings.map { reading in
            let version = ExportFilePythonPeerTests.Version(context: "", path: "", operation: ["/c", "get"], saved: placeholder)
            return ExportFilePythonPeerTests.pythonsResponse(in: reading, version)
        }
    }
}
