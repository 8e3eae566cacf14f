import GatewayClient
import XCTest

/// Malformed files are refused with `FILE:LINE:COLUMN: error: MESSAGE`, the line and a caret.
final class ExportFileParseErrorTests: XCTestCase {
    func parseError(_ text: String, file: String) -> ExportFileError? {
        do {
            _ = try ExportDocument.parse(text: text, file: file)
            return nil
        } catch {
            return error as? ExportFileError
        }
    }

    func assertError(_ text: String, file: String, _ expected: String, line: UInt = #line) {
        guard let error = parseError(text, file: file) else { return XCTFail("no error", line: line) }
        XCTAssertEqual(error.description, expected, line: line)
    }

    func testYAMLUnclosedBraceNamesWhereItOpened() {
        assertError("a: {b: 1, c: 2\n\n", file: "api.yaml",
                    "api.yaml:1:15: error: unexpected end of file: expected '}' to close the '{' opened on line 1, column 4\na: {b: 1, c: 2\n              ^")
    }

    func testYAMLBadIndentation() {
        assertError("a:\n  b: 1\n c: 2\n", file: "api.yaml",
                    "api.yaml:3:2: error: bad indentation: this line is indented more than the keys of its mapping (column 1)\n c: 2\n ^")
    }

    func testYAMLTabIndentation() {
        assertError("a:\n\tb: 1\n", file: "api.yaml",
                    "api.yaml:2:1: error: tab character used for indentation; YAML indentation must use spaces\n\tb: 1\n^")
    }

    func testYAMLDuplicateKey() {
        assertError("paths:\n  /a: {}\n  /b: {}\n  /a: {}\n", file: "api.yaml",
                    "api.yaml:4:3: error: duplicate key '/a' (first defined on line 2)\n  /a: {}\n  ^")
    }

    func testJSONDuplicateKey() {
        assertError("{\n  \"a\" : 1,\n  \"a\" : 2\n}\n", file: "api.json",
                    "api.json:3:3: error: duplicate key \"a\" (first defined on line 2)\n  \"a\" : 2\n  ^")
    }

    func testTruncatedJSON() {
        assertError("{\n  \"paths\" : {\n    \"/a\" : [1, 2\n", file: "api.json",
                    "api.json:3:17: error: unexpected end of file: expected ']' to close the '[' on line 3, column 12\n    \"/a\" : [1, 2\n                ^")
    }

    func testJSONTrailingCommaAndUnterminatedString() {
        assertError("{\"a\": 1,}", file: "api.json", "api.json:1:9: error: trailing comma before '}'\n{\"a\": 1,}\n        ^")
        assertError("{\"a\": \"b\n}", file: "api.json", "api.json:1:9: error: unterminated string: a line break inside a JSON string must be written \\n\n{\"a\": \"b\n        ^")
    }

    func testCaretCountsWideCharactersAsTwoColumns() {
        assertError("名前: \"abc\n", file: "api.yaml",
                    "api.yaml:1:5: error: unterminated quoted string: expected a closing \"\n名前: \"abc\n      ^")
    }

    func testYAMLValueAfterValueAndMissingColon() {
        assertError("a: b: c\n", file: "x.yaml", "x.yaml:1:5: error: mapping values are not allowed here; quote the value if it contains ': '\na: b: c\n    ^")
        assertError("a: 1\nb\n", file: "x.yaml", "x.yaml:2:2: error: expected ':' after the mapping key 'b'\nb\n ^")
    }

    func testUnsupportedYAMLIsRefusedRatherThanMisread() {
        XCTAssertTrue(parseError("? a\n: b\n", file: "x.yaml")?.message.contains("complex mapping keys") == true)
        XCTAssertTrue(parseError("a: 1\n---\nb: 2\n", file: "x.yaml")?.message.contains("second YAML document") == true)
        XCTAssertTrue(parseError("[a]: 1\n", file: "x.yaml")?.message.contains("flow collection cannot be a mapping key") == true)
        XCTAssertTrue(parseError("a: *missing\n", file: "x.yaml")?.message.contains("unknown alias") == true)
    }

    func testInvalidUTF8IsRefusedWithItsPlace() throws {
        let source = SourceText(file: "bad.yaml", bytes: Array("a: 1\nb: ".utf8) + [0xFF] + Array("\n".utf8))
        XCTAssertThrowsError(try ExportDocument.parse(source, format: .yaml)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("bad.yaml:2:4: error: the file is not valid UTF-8 text"), "\(error)")
        }
    }

    func testNodesKnowTheirByteRangesAndLineColumns() throws {
        let text = "# c\nkey: 'wert ✓'\nlist:\n  - |\n    x\n"
        let document = try ExportDocument.parse(text: text, file: "x.yaml")
        let value = try XCTUnwrap(document.root["key"]?.scalar)
        XCTAssertEqual(document.source.location(of: value.span.start), DocLocation(offset: 9, line: 2, column: 6))
        XCTAssertEqual(document.source.location(of: value.span.end), DocLocation(offset: 19, line: 2, column: 14))
        XCTAssertEqual(document.source.text(value.span.range), "'wert ✓'")
        XCTAssertEqual(value.style, .singleQuoted)
        let block = try XCTUnwrap(document.root["list"]?.sequence?.items.first?.scalar)
        XCTAssertEqual(block.style, .literal(.clip))
        XCTAssertEqual(document.source.text(block.span.range), "|\n    x")
        XCTAssertEqual(block.blockIndent, 4)
        let key = try XCTUnwrap(document.root.mapping?.entries.last?.key)
        XCTAssertEqual(document.source.location(of: key.span.start), DocLocation(offset: 20, line: 3, column: 1))
    }
}
