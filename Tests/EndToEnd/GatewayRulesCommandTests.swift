import Foundation
import XCTest

/// `gwx render` and `gwx simulate` render what API Gateway renders, not what stock Velocity
/// renders (issue 11): the developer guide's Kinesis CreateStream template gives `5` for a
/// body without ShardCount; an undefined reference is true in `#if`; a macro call prints as
/// written.
final class GatewayRulesCommandTests: TemporaryFolderTestCase {
    override class var folderPrefix: String { "gwx-rules" }


    private let kinesisTemplate = #"{"ShardCount": #if($input.path('$.ShardCount') == '') 5 #else $input.path('$.ShardCount') #end, "StreamName": "$input.path('$.StreamName')"}"#

    func testRenderGivesTheKinesisDefaultShardCount() throws {
        let template = try write("kinesis.vm", kinesisTemplate)
        let result = try GWXProcess.run(["render", "--template", template, "--body", "-"], stdin: #"{"StreamName": "orders"}"#)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, #"{"ShardCount":  5 , "StreamName": "orders"}"#)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["ShardCount"] as? Int, 5)
    }

    func testRenderUndefinedIsTrueAndMacroCallsPrintAsWritten() throws {
        let template = try write("rules.vm", "#if($missing)yes#end|#macro(greet $n)Hi $n#end#greet(\"Bob\")")
        let result = try GWXProcess.run(["render", "--template", template])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, #"yes|#greet("Bob")"#)
    }

    func testSimulateGivesTheKinesisDefaultShardCount() throws {
        let export: [String: Any] = [
            "openapi": "3.0.1",
            "info": ["title": "Streams", "version": "1"],
            "paths": ["/streams": ["post": [
                "responses": ["200": ["description": "200 response"]],
                "x-amazon-apigateway-integration": [
                    "type": "mock",
                    "requestTemplates": ["application/json": "{\"statusCode\": 200}"],
                    "responses": ["default": ["statusCode": "200", "responseTemplates": ["application/json": kinesisTemplate]]],
                ],
            ]]],
        ]
        // The API of an export file is named after the file.
        let file = try write("streams.json", String(decoding: try JSONSerialization.data(withJSONObject: export), as: UTF8.self))
        let body = try write("body.json", #"{"StreamName": "orders"}"#)
        let result = try GWXProcess.run(["simulate", "--file", file, "streams//streams/POST", "--status", "200", "--body", body, "--output", "json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["body"] as? String, #"{"ShardCount":  5 , "StreamName": "orders"}"#)
    }
}
