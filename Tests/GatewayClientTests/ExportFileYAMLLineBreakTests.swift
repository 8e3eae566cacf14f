import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// Exports with YAML 1.1 line breaks written raw (U+0085, U+2028, U+2029, a lone CR, CRLF):
/// gwx reads them as PyYAML does, and edits write bytes PyYAML reads back as the edited value.
final class ExportFileYAMLLineBreakTests: XCTestCase {
    /// A Swagger export whose templates hold raw YAML 1.1 line breaks in every scalar style.
    static let export = [
        "swagger: \"2.0\"\n",
        "info: {title: \"Breaks\", version: \"1\"}\n",
        "paths:\n",
        "  /t:\n",
        "    get:\n",
        "      responses: {\"200\": {description: \"ok\"}}\n",
        "      x-amazon-apigateway-integration:\n",
        "        type: \"mock\"\n",
        "        responses:\n",
        "          default:\n",
        "            statusCode: \"200\"\n",
        "            responseParameters:\n",
        "              method.response.header.A: \"'*'\"\u{2028}",
        "              method.response.header.B: plain\u{85}                continued\n",
        "            responseTemplates:\n",
        // A literal block: U+2028 ends a line, and the next line's indentation is not text.
        "              application/json: |\n",
        "                {\u{2028}                \"x\": 1\n",
        "                }\n",
        // Double quotes folded across U+2029 (kept) and a lone CR (a space).
        "              application/xml: \"<a>\u{2029}   <b/>\r   </a>\"\n",
        // A folded block with CR and CRLF line ends.
        "              text/html: >\r                x\r\n                y\r\n\r\n                z\r\n",
        "              text/plain: 'one\u{85}  two'\n",
        // A literal block with a comment on its header line, which an edit keeps.
        "              text/csv: | # note\n",
        "                a,b\n",
    ].joined()

    func testAnExportWithLineSeparatorsReadsAsPyYAMLReadsIt() throws {
        let path = try ExportFixtures.write(Self.export, name: "breaks.yaml")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let api = try ExportFileSource.load(path: path)
        let response = try XCTUnwrap(api.resource("/t")?.method("GET")?.integration?.integrationResponses.first)
        // The bytes, so canonically equivalent texts cannot pass for each other.
        XCTAssertEqual(response.responseTemplates["application/json"].map { Array($0.utf8) }, Array("{\u{2028}\"x\": 1\n}\n".utf8))
        XCTAssertEqual(response.responseParameters["method.response.header.A"], "'*'")
        let version = ExportFilePythonPeerTests.Version(context: "as written", path: path, operation: ["/t", "get"], saved: response)
        try ExportFilePythonPeerTests.assertPythonReadsLikeGwx([version], python: try ExportFilePythonPeerTests.python())
    }

    func testEditsBesideAndWithLineBreaksReadBackInPyYAML() async throws {
        try await assertEditsReadBackInPyYAML(Self.export)
    }

    func testEditsToAFileWithCROnlyLineEndsReadBackInPyYAML() async throws {
        // Old Mac line ends: the file's newline is `\r`, and what gwx adds must use it too.
        try await assertEditsReadBackInPyYAML(Self.export.replacingOccurrences(of: "\n", with: "\r"))
    }

    func testGeneratedTextsSurviveEditsAsPyYAMLReadsThem() async throws {
        // Seeded texts of line breaks of every kind, controls, quotes and indicators, in both
        // a YAML fixture and the line-break export: each saved value must be what PyYAML reads.
        var generator = SeededGenerator(seed: 2028)
        let texts = (0..<120).map { _ in TextGenerator.text(maxPieces: 8, using: &generator) }
        try await assertEditsReadBackInPyYAML(Self.export, texts: texts)
        try await assertEditsReadBackInPyYAML(Self.export.replacingOccurrences(of: "\n", with: "\r\n"), texts: texts.reversed())
    }

    func assertEditsReadBackInPyYAML(_ text: String, texts: [String]? = nil, file: StaticString = #filePath, line: UInt = #line) async throws {
        let export = try EditedExport(text: text, name: "breaks.yaml")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: export.path).deletingLastPathComponent().path) }
        let texts = texts ?? [
            "{\u{2028}  \"edited\": true\n}\n", "a\u{2029}b", "nel\u{85}", "cr\ronly", "crlf\r\nend\r\n",
            "plain", "x\n\u{2028}\n", " \u{2028} ", "'*'\u{85}",
            // Literal blocks, written with the file's own line ends.
            "#set($a = 1)\n{\n  \"a\": $a\n}\n", "keep\n\n", "strip\nme",
        ]
        var versions: [ExportFilePythonPeerTests.Version] = []
        for (index, text) in texts.enumerated() {
            let saved = try await export.edit("/t", "GET", status: "200") {
                // One template changes; the others, with their raw breaks, must stay as they were.
                $0.responseTemplates[["application/json", "text/plain", "application/xml"][index % 3]] = text
                $0.responseParameters["method.response.header.A"] = text
                // Entries added and removed next to lines that end in U+2028 or U+0085.
                if index == 2 { $0.responseParameters["method.response.header.C"] = text }
                if index == 4 { $0.responseTemplates["text/added"] = text }
                if index == 6 { $0.responseTemplates["text/html"] = nil }
                if index == 7 { $0.responseParameters["method.response.header.B"] = nil }
                if index >= 9 {
                    $0.responseTemplates["text/literal\(index)"] = text
                    $0.responseTemplates["text/csv"] = text
                }
            }
            let copy = export.path + ".v\(index).yaml"
            try FileManager.default.copyItem(atPath: export.path, toPath: copy)
            versions.append(.init(context: "after \(text.debugDescription)", path: copy, operation: ["/t", "get"], saved: saved))
        }
        try ExportFilePythonPeerTests.assertPythonReadsLikeGwx(versions, python: try ExportFilePythonPeerTests.python(), file: file, line: line)
    }
}
