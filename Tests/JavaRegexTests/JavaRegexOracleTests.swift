import JavaRegex
import XCTest

/// Compares `JavaRegex` with answers recorded from java.util.regex (Java 17) for every case
/// in the fixture: compilation and errors, matches(), find(), replaceAll/First and split.
final class JavaRegexOracleTests: XCTestCase {
    private var cases: [JavaOracleCase] = []

    override func setUpWithError() throws {
        cases = try JavaOracleCase.all()
        XCTAssertGreaterThan(cases.count, 100)
    }

    func testCompilesAndRejectsExactlyWhatJavaDoes() {
        for item in cases {
            do {
                _ = try JavaRegex(item.pattern)
                XCTAssertTrue(item.compiles, "\(item.label): Java rejects it (\(item.error?.description ?? ""))")
            } catch {
                guard let expected = item.error else {
                    XCTFail("\(item.label): Java compiles it, we said \(error.message)")
                    continue
                }
                XCTAssertEqual(error.description, expected.description, item.label)
                XCTAssertEqual(error.index, expected.index, item.label)
            }
        }
    }

    func testMatchesWholeAgreesWithStringMatches() {
        for item in cases where item.compiles {
            guard let regex = try? JavaRegex(item.pattern), let expected = item.matches else { continue }
            XCTAssertEqual(regex.matchesWhole(item.input), expected, "\(item.label) as \(regex.icuPattern)")
        }
    }

    func testFindAgreesWithMatcherFind() {
        for item in cases where item.compiles {
            guard let regex = try? JavaRegex(item.pattern) else { continue }
            let first = regex.firstMatch(in: item.input)
            if let expected = item.find {
                XCTAssertEqual(first.map { [$0.utf16Range.lowerBound, $0.utf16Range.upperBound] }, expected, "\(item.label) as \(regex.icuPattern)")
                if let groups = item.groups { XCTAssertEqual(first?.groups, groups, item.label) }
            } else {
                XCTAssertNil(first, "\(item.label) as \(regex.icuPattern)")
            }
            let all = regex.allMatches(in: item.input).map { [$0.utf16Range.lowerBound, $0.utf16Range.upperBound] }
            XCTAssertEqual(all, item.findAll ?? [], "\(item.label) as \(regex.icuPattern)")
        }
    }

    func testReplaceAllAndReplaceFirstAgreeWithJava() {
        for item in cases where item.compiles {
            guard let regex = try? JavaRegex(item.pattern) else { continue }
            check(item.replaceAll, item.label + " replaceAll") { () throws(JavaRegexError) in
                try regex.replaceAll(in: item.input, with: item.replacement)
            }
            check(item.replaceFirst, item.label + " replaceFirst") { () throws(JavaRegexError) in
                try regex.replaceFirst(in: item.input, with: item.replacement)
            }
        }
    }

    func testSplitAgreesWithJava() {
        for item in cases where item.compiles {
            guard let regex = try? JavaRegex(item.pattern) else { continue }
            XCTAssertEqual(regex.split(item.input), item.split ?? [], item.label + " split")
            XCTAssertEqual(regex.split(item.input, limit: item.limit), item.splitLimit ?? [], item.label + " split limit \(item.limit)")
        }
    }

    private func check(_ expected: JavaOracleCase.Replacement?, _ label: String, _ run: () throws(JavaRegexError) -> String) {
        guard let expected else { return }
        do {
            let result = try run()
            XCTAssertEqual(result, expected.result, label)
        } catch {
            XCTAssertEqual(error.description, expected.error, label)
        }
    }
}
