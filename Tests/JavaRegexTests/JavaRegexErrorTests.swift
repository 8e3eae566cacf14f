import JavaRegex
import XCTest

/// The error shape users see, and the API Gateway facts the module exists for.
final class JavaRegexErrorTests: XCTestCase {
    func testDanglingMetaCharacterCarriesJavasMessageAndIndex() {
        XCTAssertThrowsError(try JavaRegex("*a")) { error in
            guard let error = error as? JavaRegexError else { return XCTFail("wrong error type") }
            XCTAssertEqual(error.message, "Dangling meta character '*' near index 0")
            XCTAssertEqual(error.javaMessage, "Dangling meta character '*' near index 0\n*a\n^")
        }
    }

    func testUnclosedGroupPointsPastTheEnd() {
        XCTAssertThrowsError(try JavaRegex("(abc")) { error in
            XCTAssertEqual((error as? JavaRegexError)?.message, "Unclosed group near index 4")
        }
    }

    func testBraceThatIsNotAQuantifierIsIllegalRepetitionEvenThoughICUAcceptsIt() {
        XCTAssertThrowsError(try JavaRegex("{foo}")) { error in
            XCTAssertEqual((error as? JavaRegexError)?.description, "Illegal repetition")
        }
    }

    func testDotDoesNotMatchNewlineInALambdaErrorMessage() throws {
        let pattern = try JavaRegex(".*Not Found.*")
        XCTAssertFalse(pattern.matchesWhole("a\nNot Found"))
        XCTAssertTrue(pattern.matchesWhole("Pet Not Found"))
    }

    func testReplacementReferencingAMissingGroupIsAnError() throws {
        let pattern = try JavaRegex("(a)")
        XCTAssertThrowsError(try pattern.replaceAll(in: "a", with: "$2")) { error in
            XCTAssertEqual((error as? JavaRegexError)?.description, "No group 2")
        }
    }
}
