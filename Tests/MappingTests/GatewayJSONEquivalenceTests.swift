import XCTest
import Velocity
@testable import Mapping

/// The optimised JSON writers give exactly the bytes of the straightforward reference
/// (`ReferenceGatewayJSON`) on random value trees and on every string kind json-smart escapes.
final class GatewayJSONEquivalenceTests: XCTestCase {
    private static let pieces: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "'", "\t", "\n", "\r", "\u{8}", "\u{C}", "\u{1}", "\u{1F}", "\u{7E}",
        "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "é", "\u{1FFF}", "\u{2000}", "\u{2028}", "\u{20FF}",
        "\u{2100}", "€", "😀", "plain words",
    ]

    private func randomString(_ generator: inout SplitMix) -> String {
        let length = Int.random(in: 0...8, using: &generator)
        return (0..<length).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    private func randomValue(_ generator: inout SplitMix, depth: Int) -> Value {
        switch Int.random(in: 0..<(depth < 4 ? 10 : 7), using: &generator) {
        case 0: return .null
        case 1: return .string(randomString(&generator))
        case 2: return .integer([0, -1, 7, Int.max, Int.min, 1_234_567_890_123].randomElement(using: &generator) ?? 0)
        case 3: return .double([0.1, -0.0, 1e300, 1.5, .infinity, .nan, 100].randomElement(using: &generator) ?? 0)
        case 4: return .boolean(Bool.random(using: &generator))
        case 5: return .object(JavaBigNumber(text: "123456789012345678901234"))
        case 6: return .string(String(repeating: randomString(&generator), count: Int.random(in: 0...60, using: &generator)))
        case 7:
            let count = Int.random(in: 0...5, using: &generator)
            return .list(VList((0..<count).map { _ in randomValue(&generator, depth: depth + 1) }, style: .json))
        default:
            let map = VMap(style: .java)
            for _ in 0..<Int.random(in: 0...5, using: &generator) {
                map[randomString(&generator)] = randomValue(&generator, depth: depth + 1)
            }
            if Bool.random(using: &generator) { map[.integer(3)] = .null }
            return .map(map)
        }
    }

    func testGatewayJSONMatchesReference() {
        var generator = SplitMix(state: 7)
        for _ in 0..<3000 {
            let value = randomValue(&generator, depth: 0)
            let expected = ReferenceGatewayJSON.gatewayJSON(value)
            XCTAssertEqual(value.gatewayJSON, expected)
            if value.gatewayJSON != expected { return }
        }
    }

    func testStringEscapingMatchesReference() {
        var generator = SplitMix(state: 11)
        for _ in 0..<3000 {
            let text = randomString(&generator) + randomString(&generator)
            var expected: [UInt8] = []
            ReferenceJSONSmartEscaping.append(text, to: &expected)
            var actual = ""
            JSONStringEscaping.appendJSONSmartEscaped(text, to: &actual)
            XCTAssertEqual(actual, String(decoding: expected, as: UTF8.self), text.debugDescription)
        }
    }

    func testDeepListIsCutShortAsBefore() {
        var value = Value.list(VList([.integer(1)], style: .json))
        for _ in 0..<600 { value = .list(VList([value], style: .json)) }
        XCTAssertEqual(value.gatewayJSON, ReferenceGatewayJSON.gatewayJSON(value))
    }
}
