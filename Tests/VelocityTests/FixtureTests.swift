// The differential conformance suite: every template under Fixtures/<feature>/<case>.vm is
// rendered by gwx's engine and compared byte for byte with <case>.out, which the real Apache
// Velocity 1.7 produced (Tools/velocity-oracle/record.sh). A <case>.err means Velocity fails
// on the template, so gwx must fail too. Fixtures under configured/ were recorded with the
// engine configured as API Gateway's (record.sh --gateway) and render with `gatewayLike`.

import Foundation
import Velocity
import XCTest

final class FixtureTests: XCTestCase {
    /// One fixture: its template, context and Velocity's verdict.
    struct Fixture {
        var name: String
        var template: String
        var context: [String: Value]
        var expected: Result<String, Failure>
        struct Failure: Error {}
    }

    /// The configuration the velocity oracle's `--gateway` mode gives Velocity: a handler
    /// answering "" for invalid references, no inline macros, no `#evaluate`.
    static let gatewayLike = EngineConfiguration(
        allowsInlineMacros: false,
        directives: EngineConfiguration.velocityDirectives.subtracting(["evaluate"]),
        invalidReferenceHandler: ConstantInvalidReferenceHandler(text: ""))

    static func fixtureRoot() throws -> URL {
        // Developers may point the suite at another folder (e.g. generated fuzz cases).
        if let override = ProcessInfo.processInfo.environment["VELOCITY_FIXTURES_DIR"] {
            return URL(fileURLWithPath: override)
        }
        guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw XCTSkip("no Fixtures folder in the test bundle")
        }
        return url
    }

    static func loadFixtures() throws -> [Fixture] {
        let root = try fixtureRoot()
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        var fixtures: [Fixture] = []
        for case let url as URL in enumerator where url.pathExtension == "vm" {
            let base = url.deletingPathExtension()
            let name = url.path.replacingOccurrences(of: root.path + "/", with: "")
            let template = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            var context: [String: Value] = [:]
            for (suffix, listStyle, mapStyle) in [(".json", ListStyle.java, MapStyle.java), (".smart.json", .json, .json)] {
                let contextURL = URL(fileURLWithPath: base.path + suffix)
                guard manager.fileExists(atPath: contextURL.path) else { continue }
                let text = String(decoding: try Data(contentsOf: contextURL), as: UTF8.self)
                guard case .map(let map) = try FixtureJSON.parse(text, listStyle: listStyle, mapStyle: mapStyle) else {
                    XCTFail("\(contextURL.lastPathComponent): context must be an object")
                    continue
                }
                for entry in map.entries { context[entry.key.javaString] = entry.value }
            }
            let outURL = URL(fileURLWithPath: base.path + ".out")
            let errURL = URL(fileURLWithPath: base.path + ".err")
            let expected: Result<String, Fixture.Failure>
            if manager.fileExists(atPath: outURL.path) {
                expected = .success(String(decoding: try Data(contentsOf: outURL), as: UTF8.self))
            } else if manager.fileExists(atPath: errURL.path) {
                expected = .failure(Fixture.Failure())
            } else {
                XCTFail("\(name): no .out or .err; run Tools/velocity-oracle/record.sh")
                continue
            }
            fixtures.append(Fixture(name: name, template: template, context: context, expected: expected))
        }
        return fixtures.sorted { $0.name < $1.name }
    }

    /// Java prints arrays with an identity hash that changes every run.
    static func normalized(_ text: String) -> String {
        guard text.contains("@") else { return text }
        return text.replacing(/(\[L[A-Za-z.]+;)@[0-9a-f]+/) { "\($0.output.1)@…" }
    }

    static func visible(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "⏎\n").replacingOccurrences(of: "\t", with: "⇥")
    }

    func testEveryFixtureRendersExactlyAsVelocity() throws {
        let fixtures = try Self.loadFixtures()
        var failures: [String] = []
        for fixture in fixtures {
            let actual: Result<String, TemplateError>
            do {
                let configuration = fixture.name.hasPrefix("configured/") ? Self.gatewayLike : EngineConfiguration()
                actual = .success(try Template(source: fixture.template, name: fixture.name, configuration: configuration)
                    .render(context: fixture.context))
            } catch {
                actual = .failure(error)
            }
            switch (fixture.expected, actual) {
            case (.success(let expected), .success(let rendered)) where Self.normalized(expected) == Self.normalized(rendered):
                continue
            case (.failure, .failure):
                continue
            case (.success(let expected), .success(let rendered)):
                failures.append("\(fixture.name): output differs\n--- expected (Velocity 1.7)\n\(Self.visible(expected))\n--- actual\n\(Self.visible(rendered))")
            case (.success(let expected), .failure(let error)):
                failures.append("\(fixture.name): failed but Velocity renders\n--- expected\n\(Self.visible(expected))\n--- error\n\(error)")
            case (.failure, .success(let rendered)):
                failures.append("\(fixture.name): rendered but Velocity fails\n--- actual\n\(Self.visible(rendered))")
            }
        }
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(fixtures.count) fixtures differ from Velocity 1.7:\n\n" + failures.joined(separator: "\n\n"))
        }
    }

    func testTheOracleSuiteIsLargeAndCoversEveryFeature() throws {
        let fixtures = try Self.loadFixtures()
        XCTAssertGreaterThanOrEqual(fixtures.count, 300, "the oracle suite shrank")
        let features = Set(fixtures.map { $0.name.split(separator: "/").first.map(String.init) ?? "" })
        for feature in ["whitespace", "escaping", "references", "set", "if", "foreach", "macro", "strings", "numbers", "collections", "errors"] {
            XCTAssertTrue(features.contains(feature), "no fixtures for \(feature)")
        }
        XCTAssertTrue(fixtures.contains { if case .failure = $0.expected { return true } else { return false } },
                      "no fixture where Velocity fails")
    }
}
