import GatewayModel
import XCTest

final class ContentHandlingParseTests: XCTestCase {
    func testExactValuesAndEmptyParse() throws {
        XCTAssertEqual(try ContentHandling.parse("CONVERT_TO_TEXT"), .convertToText)
        XCTAssertEqual(try ContentHandling.parse("CONVERT_TO_BINARY"), .convertToBinary)
        XCTAssertNil(try ContentHandling.parse(""))
    }

    func testLowercaseSpellingSuggestsTheRightOne() {
        XCTAssertThrowsError(try ContentHandling.parse("convert_to_text")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Content handling \"convert_to_text\" is not valid: did you mean CONVERT_TO_TEXT? Use CONVERT_TO_BINARY, CONVERT_TO_TEXT, or leave it empty to pass the body through unchanged.")
        }
    }

    func testTypoSuggestsTheNearestValue() {
        XCTAssertThrowsError(try ContentHandling.parse("CONVERT_TO_BINRY")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Content handling \"CONVERT_TO_BINRY\" is not valid: did you mean CONVERT_TO_BINARY? Use CONVERT_TO_BINARY, CONVERT_TO_TEXT, or leave it empty to pass the body through unchanged.")
        }
    }

    func testUnrelatedTextGetsTheChoicesOnly() {
        XCTAssertThrowsError(try ContentHandling.parse("PASSTHROUGH")) { error in
            XCTAssertEqual((error as? ModelError)?.message,
                           "Content handling \"PASSTHROUGH\" is not valid. Use CONVERT_TO_BINARY, CONVERT_TO_TEXT, or leave it empty to pass the body through unchanged.")
        }
    }
}
