import Foundation
import GatewayClient
import XCTest

/// JSON strings are scanned eight bytes at a time (`JSONDocumentParser.skipPlainStringBytes`):
/// a quote, an escape, a control character or a multi-byte character may fall anywhere in a
/// word, or in the file's last bytes. Python's `json` is the reference: every key and value
/// reads as it reads them, and a bad string is refused at the line and column it names.
final class ExportFileJSONScanTests: XCTestCase {
    /// What may stop a scan (or must not), as written in a JSON file.
    static let pieces = [#"\""#, #"\\"#, #"\n"#, #"\t"#, #"\/"#, #"\u00e9"#, #"\ud83d\ude00"#, "é", "€", "😀", "\u{7F}", "~", " "]

    /// `[key, value, key, value, …]` of the top-level object, as Python's `json` reads the file.
    static func pythonStrings(_ path: String) throws -> [String] {
        let python = try ExportFilePythonPeerTests.python()
        let script = """
        import json, sys
        pairs = json.load(open(sys.argv[1], encoding="utf-8"), object_pairs_hook=list)
        print(json.dumps([text for pair in pairs for text in pair]))
        """
        let output = try ExportFilePythonPeerTests.run(python, ["-c", script, path])
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
    }

    /// Python's line and column for a file `json` refuses, or nil when it reads it.
    static func pythonRefusal(_ path: String) throws -> (line: Int, column: Int)? {
        let python = try ExportFilePythonPeerTests.python()
        let script = """
        import json, sys
        try:
            json.load(open(sys.argv[1], encoding="utf-8"))
            print("ok")
        except json.JSONDecodeError as error:
            print(error.lineno, error.colno)
        """
        let output = try ExportFilePythonPeerTests.run(python, ["-c", script, path]).split(separator: " ")
        guard output.count == 2, let line = Int(output[0]), let column = Int(output[1].trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return (line, column)
    }

    func testStringsWithEveryPieceAtEveryPlaceInAWordReadAsPythonReadsThem() throws {
        var members: [String] = []
        for offset in 0..<17 {
            for (index, piece) in Self.pieces.enumerated() {
                let key = "k\(offset).\(index)" + String(repeating: "x", count: offset) + piece
                let value = String(repeating: "y", count: offset) + piece + String(repeating: "z", count: (offset * 5) % 11)
                members.append("\"\(key)\": \"\(value)\"")
            }
        }
        // The last string ends in the file's last eight bytes, after a piece.
        members.append(#""end": "\u00e9\"""#)
        let text = "{" + members.joined(separator: ",") + "}"
        let path = try ExportFixtures.write(text, name: "scan.json")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let document = try ExportDocument.parse(text: text, file: path)
        let mapping = try XCTUnwrap(document.root.mapping)
        let gwx = mapping.entries.flatMap { [$0.key.value, $0.value.scalar?.value ?? "<not a scalar>"] }
        XCTAssertEqual(gwx, try Self.pythonStrings(path))
    }

    func testBadStringsAreRefusedWherePythonRefusesThem() throws {
        var checked = 0
        for offset in 0..<17 {
            for bad in ["\u{01}", "\t", "\n", "\u{1F}"] {
                // A line before, multi-byte characters before the bad one, and bad bytes at each
                // place in a word.
                let text = "{\"a\": \"é\",\n \"b\": \"" + String(repeating: "€", count: offset % 3) + String(repeating: "y", count: offset) + bad + "z\"}"
                try assertRefusedAsPythonRefuses(text)
                checked += 1
            }
            // A string the file ends inside.
            try assertRefusedAsPythonRefuses("{\"a\": \"" + String(repeating: "y", count: offset))
            checked += 1
        }
        XCTAssertEqual(checked, 17 * 5)
    }

    private func assertRefusedAsPythonRefuses(_ text: String, line: UInt = #line) throws {
        let path = try ExportFixtures.write(text, name: "bad.json")
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path) }
        let expected = try XCTUnwrap(try Self.pythonRefusal(path), "Python read \(text.debugDescription)", line: line)
        do {
            _ = try ExportDocument.parse(text: text, file: path)
            XCTFail("gwx read \(text.debugDescription)", line: line)
        } catch let error as ExportFileError {
            let place = try XCTUnwrap(error.place, line: line)
            XCTAssertEqual([place.location.line, place.location.column], [expected.line, expected.column], "\(text.debugDescription): \(error)", line: line)
        }
    }
}
