import Text
import XCTest

// RFC 8259 §7: `\uXXXX`, a character outside the BMP as a UTF-16 surrogate pair.
final class JSONUnicodeEscapeTests: XCTestCase {
    private func read(_ text: String) -> JSONUnicodeEscape.Reading {
        JSONUnicodeEscape.read(Array(text.utf8), digitsAt: 2)
    }

    func testFourDigitsInEitherCaseAreOneScalar() {
        XCTAssertEqual(read("\\u00e9!"), .scalar("é", end: 6))
        XCTAssertEqual(read("\\u00E9"), .scalar("é", end: 6))
    }

    func testASurrogatePairIsOneScalar() {
        XCTAssertEqual(read("\\ud83d\\ude00x"), .scalar("😀", end: 12))
    }

    func testSurrogatesWithoutAPartnerAreReportedAsSuch() {
        XCTAssertEqual(read("\\ud83dx"), .loneSurrogate(0xD83D, end: 6))
        XCTAssertEqual(read("\\ude00"), .loneSurrogate(0xDE00, end: 6))
        XCTAssertEqual(read("\\ud83d\\u0041"), .invalidPair(high: 0xD83D, low: 0x41, end: 6))
    }

    func testDigitsThatAreNotHexSayWhere() {
        XCTAssertEqual(read("\\u12g4"), .badDigits(digits: 2, at: 4))
        XCTAssertEqual(read("\\u12"), .badDigits(digits: 2, at: 4))
        XCTAssertEqual(read("\\u+123"), .badDigits(digits: 2, at: 2))
        XCTAssertEqual(read("\\ud83d\\u12"), .badDigits(digits: 8, at: 10))
    }
}
