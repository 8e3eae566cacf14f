import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// After many awkward edits, Python (PyYAML, json) reads the written files exactly as gwx does:
/// the writer's quoting and block styles are checked by a parser that is not ours.
final class ExportFilePythonPeerTests: XCTestCase {
    /// Texts that stress quoting, escaping and block styles.
    static let awkwardTexts = [
        "'*'", "#not a comment", "a: b", "- dash", "yes", "null", "200", "", " padded ", "tab\there",
        "back\\slash \"quoted\"", "ends with colon:", "{\"json\": [1, 2]}", "注文 📦 👩‍💻", "line\u{2028}sep",
        "#set($x = $input.path('$'))\n{\n  \"x\": \"$x\"\n}\n", "keep\n\n", "strip\nme", "  indented first\nline",
        "trailing \nspace", "\u{85}next line", "bell\u{07}", "cr\r\nlf",
    ]

    func testPyYAMLAndJSONReadEditedFilesAsGwxDoes() async throws {
        let python = try Self.python()
        for fixture in ["orders-oas3.yaml", "greetings-swagger2.yaml", "petstore-oas3.json", "calc-swagger2.json"] {
            let export = try EditedExport(fixture)
            let api = try ExportFileSource.load(path: export.path)
            let located = try XCTUnwrap(api.allIntegrationResponses.first { $0.response.isDefault })
            let resource = located.id.resourceId
            let method = located.id.httpMethod
            var status = located.id.statusCode
            var versions: [Version] = []
            let operation = [resource, method == "ANY" ? "x-amazon-apigateway-any-method" : method.lowercased()]
            func keepVersion(_ context: String, _ saved: IntegrationResponse) throws {
                let copy = export.path + ".v\(versions.count)" + (fixture.hasSuffix(".json") ? ".json" : ".yaml")
                try FileManager.default.copyItem(atPath: export.path, toPath: copy)
                versions.append(Version(context: context, path: copy, operation: operation, saved: saved))
            }
            for (index, text) in Self.awkwardTexts.enumerated() {
                let saved = try await export.edit(resource, method, status: status) {
                    $0.responseTemplates["application/json"] = text
                    $0.responseTemplates["text/t\(index % 3)"] = text
                    $0.responseParameters["method.response.header.H\(index % 4)"] = text
                    if index % 5 == 4 { $0.statusCode = String(201 + index) }
                }
                status = saved.statusCode
                try keepVersion("\(fixture) after \(text.debugDescription)", saved)
            }
            for (index, pattern) in ["4\\d{2}", ".*'quoted'.*", "a: b", "#x", "[Ee]rror", "default "].enumerated() {
                let other = IntegrationResponse(statusCode: "59\(index)", selectionPattern: pattern, responseTemplates: ["a/b": pattern])
                let saved = try await export.source.saveIntegrationResponse(other, original: nil, at: export.method(resource, method))
                try keepVersion("\(fixture) after pattern \(pattern)", saved)
            }
            try Self.assertPythonReadsLikeGwx(versions, python: python)
        }
    }

    // MARK: - The Python peer

    /// Python with PyYAML: `$GWX_PYTHON`, the worktree's `.venv`, or `python3` on PATH.
    static func python() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [String] = []
        if let configured = environment["GWX_PYTHON"] { candidates.append(configured) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".venv/bin/python3").path)
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            candidates.append("\(folder)/python3")
        }
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
            if (try? run(candidate, ["-c", "import yaml"])) != nil { return candidate }
        }
        throw PeerError("python3 with PyYAML not found (tried $GWX_PYTHON, .venv/bin/python3 and PATH); run `python3 -m venv .venv && .venv/bin/pip install -r requirements-test.txt`")
    }

    /// Reads every file with Python in one run and compares each with gwx's own reading.
    static func assertPythonReadsLikeGwx(_ files: [Version], python: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = try ExportFixtures.folder.appendingPathComponent("yaml-oracle/canonical.py").path
        let output = try run(python, [script] + files.map(\.path))
        let recorded = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [Any])
        XCTAssertEqual(recorded.count, files.count, file: file, line: line)
        for (entry, pythonReading) in zip(files, recorded) {
            let text = try String(contentsOfFile: entry.path, encoding: .utf8)
            let document = try ExportDocument.parse(text: text, file: entry.path)
            XCTAssertEqual(OracleText.of(document.root), OracleText.of(recorded: pythonReading), entry.context, file: file, line: line)
            XCTAssertEqual(pythonsResponse(in: pythonReading, entry), entry.saved, entry.context, file: file, line: line)
        }
    }

    /// One saved state of a file and the response that was saved.
    struct Version {
        var context: String
        var path: String
        var operation: [String]
        var saved: IntegrationResponse
    }

    /// The saved integration response as Python read it (every field must be a string).
    static func pythonsResponse(in reading: Any, _ version: Version) -> IntegrationResponse? {
        let responses = lookup(reading, ["paths"] + version.operation + ["x-amazon-apigateway-integration", "responses"])
        for (key, body) in pairs(responses) {
            guard let key = text(key), let status = text(lookup(body, ["statusCode"])), status == version.saved.statusCode else { continue }
            var response = IntegrationResponse(statusCode: status, selectionPattern: key == "default" ? nil : key)
            for (name, value) in pairs(lookup(body, ["responseTemplates"])) {
                guard let name = text(name), let value = text(value) else { return nil }
                response.responseTemplates[name] = value
            }
            for (name, value) in pairs(lookup(body, ["responseParameters"])) {
                guard let name = text(name), let value = text(value) else { return nil }
                response.responseParameters[name] = value
            }
            response.contentHandling = text(lookup(body, ["contentHandling"])).flatMap(ContentHandling.init(rawValue:))
            return response
        }
        return nil
    }

    static func pairs(_ value: Any?) -> [(Any, Any)] {
        ((value as? [String: Any])?["map"] as? [[Any]] ?? []).compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
    }

    static func text(_ value: Any?) -> String? { (value as? [String: Any])?["str"] as? String }

    static func lookup(_ value: Any?, _ keys: [String]) -> Any? {
        var current = value
        for key in keys {
            current = pairs(current).first { text($0.0) == key }?.1
        }
        return current
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PeerError("\(executable) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    struct PeerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
