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

/// Nesting is bounded: a pattern of thousands of nested groups or classes (a paste gone wrong,
/// a fuzzer's input) is an error with a place, not a stack overflow, on any thread.
final class JavaRegexNestingTests: XCTestCase {
    func testThousandsOfNestedGroupsAndClassesAreAnErrorNotACrash() {
        for opener in ["(", "[", "(?:", "(?=", "(?<=", "[a&&["] {
            XCTAssertThrowsError(try JavaRegex(String(repeating: opener, count: 5_000)), opener) { error in
                let description = (error as? JavaRegexError)?.description ?? ""
                XCTAssertTrue(description.hasPrefix("Groups and character classes nested more than"), description)
            }
        }
    }

    func testDeepButReasonableNestingCompilesAndMatchesOffTheMainThread() async throws {
        // ICU itself refuses groups nested much deeper than 80 (a clean error); classes go to the limit.
        let matched = try await Task.detached {
            let groups = try JavaRegex(String(repeating: "(", count: 80) + "a" + String(repeating: ")", count: 80))
            let classes = try JavaRegex(String(repeating: "[b", count: 245) + String(repeating: "]", count: 245))
            return groups.matchesWhole("a") && classes.matchesWhole("b")
        }.value
        XCTAssertTrue(matched)
    }
}

/// Patterns that would take ICU seconds to compile are refused with a reason, quickly.
final class JavaRegexCostTests: XCTestCase {
    /// 21,881 `\B` (a fuzzer's find) took ICU over 20 seconds: each is twelve property classes.
    func testThousandsOfWordBoundariesAreRefusedBeforeICUCompilesThem() {
        XCTAssertThrowsError(try JavaRegex(String(repeating: "\\B", count: 21_881))) { error in
            XCTAssertEqual((error as? JavaRegexError)?.index, -1)
            XCTAssertEqual((error as? JavaRegexError)?.description.hasPrefix("Pattern needs 262572 Unicode property classes once translated"), true,
                           (error as? JavaRegexError)?.description ?? "")
        }
        XCTAssertNoThrow(try JavaRegex(String(repeating: "\\B", count: 80)))
    }

    /// Under `(?U)` a boundary is ICU's `\w` (no property class), but each is two lookbehinds, and
    /// ICU's compile is quadratic in lookbehinds: 100,000 would take it minutes.
    func testThousandsOfUnicodeBoundariesAreRefusedForTheirLookbehinds() {
        XCTAssertThrowsError(try JavaRegex("(?U)" + String(repeating: "\\b", count: 100_000))) { error in
            XCTAssertEqual((error as? JavaRegexError)?.description.hasPrefix("Pattern needs 200000 lookbehinds once translated"), true,
                           (error as? JavaRegexError)?.description ?? "")
        }
        XCTAssertNoThrow(try JavaRegex("(?U)" + String(repeating: "\\b", count: 1_000)))
    }

    /// 32,768 stacked `{2,}` (a fuzzer's find): ICU's compile is quadratic in them (Java
    /// itself overflows its stack on 28,000). Counted repetitions in sequence, and the braces
    /// of `\x{…}`, stay well within the bound.
    func testThousandsOfStackedRepetitionsAreRefused() throws {
        XCTAssertThrowsError(try JavaRegex("(?<a>" + String(repeating: "{2,}", count: 32_768) + "x)")) { error in
            XCTAssertEqual((error as? JavaRegexError)?.description.hasPrefix("Pattern needs 32768 counted repetitions ({n,m}) once translated"), true,
                           (error as? JavaRegexError)?.description ?? "")
        }
        let sequence = try JavaRegex(String(repeating: "\\x{41}{1,2}", count: 1_000))
        XCTAssertTrue(sequence.matchesWhole(String(repeating: "A", count: 2_000)))
    }

    /// An escaped backslash before `p` is a literal, not a property class.
    func testEscapedBackslashesAreNotCounted() throws {
        let regex = try JavaRegex(String(repeating: "\\\\p\\{L\\}", count: 2_000))
        XCTAssertTrue(regex.matchesWhole(String(repeating: "\\p{L}", count: 2_000)))
    }
}

/// A class of many members is translated in linear time.
final class JavaRegexClassSizeTests: XCTestCase {
    /// 200,000 `\w` in one class (a fuzzer's find had 44,000): each member copied every member
    /// before it, minutes in all; the test finishing is the proof. The class is still `\w`.
    func testAClassOfTwoHundredThousandMembersTranslatesInLinearTime() throws {
        let regex = try JavaRegex("[" + String(repeating: "\\w", count: 200_000) + "]")
        XCTAssertTrue(regex.matchesWhole("_"))
        XCTAssertTrue(regex.matchesWhole("7"))
        XCTAssertFalse(regex.matchesWhole("-"))
        XCTAssertFalse(regex.matchesWhole("\u{E9}"), "\\w is ASCII without (?U)")
        let intersection = try JavaRegex("[a-f&&[" + String(repeating: "\\d", count: 100_000) + "c]]")
        XCTAssertTrue(intersection.matchesWhole("c"))
        XCTAssertFalse(intersection.matchesWhole("a"))
    }
}
