import XCTest
@testable import Mapping

/// The optimised `$util` functions give exactly the bytes of the straightforward reference
/// (`ReferenceUtil`) on many random texts: short and long, ASCII and not, with the characters
/// each function treats specially.
final class GatewayUtilEquivalenceTests: XCTestCase {
    private static let pieces: [String] = [
        "a", "Z", "0", "9", " ", "+", "%", "%4", "%41", "%e9", "%C3%A9", "%zz", "%F0%9F%98", "=", "==",
        "-", "_", ".", "*", "/", "\\", "'", "\"", "~", "&", "\t", "\n", "\r", "\u{8}", "\u{C}", "\u{1}",
        "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "é", "ü", "€", "\u{2028}", "😀", "𝄞", "aGVsbG8", "YWI", "\r\n",
    ]

    private func randomTexts(count: Int, maximumPieces: Int, seed: UInt64) -> [String] {
        var generator = SplitMix(state: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maximumPieces, using: &generator)
            return (0..<length).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
        }
    }

    private var texts: [String] {
        randomTexts(count: 3000, maximumPieces: 12, seed: 1) + randomTexts(count: 200, maximumPieces: 400, seed: 2)
            + ["", "plain", String(repeating: "x", count: 300), String(repeating: "é", count: 200)]
    }

    func testEscapeJavaScriptMatchesReference() {
        for text in texts { XCTAssertEqual(GatewayUtil.escapeJavaScript(text), ReferenceUtil.escapeJavaScript(text), "\(text.debugDescription)") }
    }

    func testURLEncodeMatchesReference() {
        for text in texts { XCTAssertEqual(GatewayUtil.urlEncode(text), ReferenceUtil.urlEncode(text), "\(text.debugDescription)") }
    }

    func testURLDecodeMatchesReferenceIncludingErrors() {
        for text in texts {
            let expected = Result { () throws(GatewayUtilError) in try ReferenceUtil.urlDecode(text) }
            let actual = Result { () throws(GatewayUtilError) in try GatewayUtil.urlDecode(text) }
            XCTAssertEqual(Array((try? actual.get())?.utf8 ?? "<error>".utf8), Array((try? expected.get())?.utf8 ?? "<error>".utf8),
                           "\(text.debugDescription)")
            if case .failure(let error) = actual, case .failure(let reference) = expected { XCTAssertEqual(error, reference) }
        }
    }

    func testBase64MatchesReference() {
        for text in texts {
            XCTAssertEqual(GatewayUtil.base64Encode(text), ReferenceUtil.base64Encode(text), "\(text.debugDescription)")
            XCTAssertEqual(Array(GatewayUtil.base64Decode(text).utf8), Array(ReferenceUtil.base64Decode(text).utf8), "\(text.debugDescription)")
            let encoded = ReferenceUtil.base64Encode(text)
            XCTAssertEqual(GatewayUtil.base64Decode(encoded), text)
        }
    }
}
