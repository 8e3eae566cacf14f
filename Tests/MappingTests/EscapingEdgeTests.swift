import XCTest
@testable import Mapping

/// The byte-level escapers against hand-worked expectations at every boundary they test.
final class EscapingEdgeTests: XCTestCase {
    func testJSONSmartEscapesOnlyItsRanges() {
        var output = ""
        JSONStringEscaping.appendJSONSmartEscaped("a\"/\u{7E}\u{7F}\u{85}\u{9F}\u{A0}\u{1FFF}\u{2000}\u{2028}\u{20FF}\u{2100}é😀\n\u{1}", to: &output)
        XCTAssertEqual(output, #"a\"\/~\u007F\u0085\u009F"# + "\u{A0}\u{1FFF}" + #"\u2000\u2028\u20FF"# + "\u{2100}é😀" + #"\n\u0001"#)
    }

    func testEscapeJavaScriptWritesEveryUTF16Unit() {
        XCTAssertEqual(GatewayUtil.escapeJavaScript("a'\"/\\\u{7F}\u{1}é€😀\t"), #"a\'\"\/\\"# + "\u{7F}" + #"\u0001\u00E9\u20AC\uD83D\uDE00\t"#)
    }
}
