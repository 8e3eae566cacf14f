import Text
import XCTest

final class DisplayWidthTests: XCTestCase {
    func testASCIIIsOneColumnEach() {
        XCTAssertEqual(DisplayWidth.of("hello"), 5)
    }

    func testCJKAndFullwidthTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("名前"), 4)
        XCTAssertEqual(DisplayWidth.of("ペット"), 6)
        XCTAssertEqual(DisplayWidth.of("한국"), 4)
        XCTAssertEqual(DisplayWidth.of("Ａ"), 2)
    }

    func testCombiningMarksTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x301)!), 0)
    }

    func testEmojiTakeTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("🐶"), 2)
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧"), 2, "a ZWJ sequence is one emoji")
        XCTAssertEqual(DisplayWidth.of("🇯🇵"), 2, "a flag is one emoji")
        XCTAssertEqual(DisplayWidth.of("☺"), 1, "text presentation")
        XCTAssertEqual(DisplayWidth.of("☺\u{FE0F}"), 2, "emoji presentation selector")
    }

    func testControlCharactersTakeNoColumn() {
        XCTAssertEqual(DisplayWidth.of(Unicode.Scalar(0x07)), 0)
    }

    func testBoxDrawingIsNarrow() {
        XCTAssertEqual(DisplayWidth.of("├─│"), 3)
    }

    func testTruncateNeverCutsAWideCharacterInHalf() {
        XCTAssertEqual(DisplayWidth.truncate("名前です", to: 4), "名…")
        XCTAssertEqual(DisplayWidth.truncate("abc", to: 3), "abc")
        XCTAssertEqual(DisplayWidth.pad("名", to: 4), "名  ")
    }
}
