import Foundation
import GatewayModel
import XCTest
@testable import Mapping

/// Runs every case under Fixtures/<feature>/<case>/: template.vm with body.json and
/// request.json, compared with expected.out (recorded from the Java oracle or written by
/// hand, see the case's README) or expected.error; expected.java-error means the oracle (real
/// Velocity) failed, so gwx must fail too, with the place of the failure.
final class FixtureTests: XCTestCase {
    struct Case {
        var name: String
        var directory: URL
    }

    static func cases() throws -> [Case] {
        guard let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
        let manager = FileManager.default
        var result: [Case] = []
        for feature in try manager.contentsOfDirectory(atPath: root.path).sorted() {
            let featureURL = root.appendingPathComponent(feature)
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: featureURL.path, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            for name in try manager.contentsOfDirectory(atPath: featureURL.path).sorted() {
                let directory = featureURL.appendingPathComponent(name)
                if manager.fileExists(atPath: directory.appendingPathComponent("template.vm").path) {
                    result.append(Case(name: "\(feature)/\(name)", directory: directory))
                }
            }
        }
        return result
    }

    static func read(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func strings(_ value: JSONValue?) -> OrderedMap<String> {
        var map = OrderedMap<String>()
        guard case .object(let object)? = value else { return map }
        for member in object.members {
            switch member.value {
            case .string(let text): map[member.key] = text
            case .number(let text): map[member.key] = text
            default: map[member.key] = member.value.compactJSON
            }
        }
        return map
    }

    static func request(for directory: URL) throws -> RenderRequest {
        var request = RenderRequest(body: read(directory.appendingPathComponent("body.json")) ?? "", bodyName: "body.json")
        guard let text = read(directory.appendingPathComponent("request.json")) else { return request }
        let json = try JSONParser.parse(text)
        request.pathParameters = strings(json.jsonPathMember("path"))
        request.queryStringParameters = strings(json.jsonPathMember("querystring"))
        request.headers = strings(json.jsonPathMember("header"))
        request.contextOverrides = strings(json.jsonPathMember("context"))
        request.stageVariables = strings(json.jsonPathMember("stageVariables"))
        if case .number(let epoch)? = json.jsonPathMember("requestTimeEpoch"), let value = Int(epoch) {
            request.requestTimeEpochMilliseconds = value
        }
        return request
    }

    func testEveryFixtureRendersAsExpected() throws {
        let cases = try FixtureTests.cases()
        XCTAssertGreaterThan(cases.count, 100, "fixtures missing from the test bundle")
        for fixture in cases {
            let template = FixtureTests.read(fixture.directory.appendingPathComponent("template.vm")) ?? ""
            let request = try FixtureTests.request(for: fixture.directory)
            let expectedOutput = FixtureTests.read(fixture.directory.appendingPathComponent("expected.out"))
            let expectedError = FixtureTests.read(fixture.directory.appendingPathComponent("expected.error"))
            if let javaError = FixtureTests.read(fixture.directory.appendingPathComponent("expected.java-error")) {
                do {
                    let result = try TemplateRenderer.render(template: template, templateName: "template.vm", request: request)
                    XCTFail("\(fixture.name): rendered, but Velocity fails (\(javaError)):\n\(result.output)")
                } catch {
                    XCTAssertGreaterThan(error.templateError.location.line, 0, fixture.name)
                }
                continue
            }
            do {
                let result = try TemplateRenderer.render(template: template, templateName: "template.vm", request: request)
                if let expectedOutput {
                    XCTAssertEqual(result.output, expectedOutput, fixture.name)
                } else {
                    XCTFail("\(fixture.name): rendered, but an error was expected:\n\(expectedError ?? "")")
                }
            } catch {
                if let expectedError {
                    XCTAssertEqual(error.description + "\n", expectedError, fixture.name)
                } else {
                    XCTFail("\(fixture.name): \(error.description)")
                }
            }
        }
    }
}
