import XCTest
@testable import Mapping

final class JSONPathTests: XCTestCase {
    private let document: JSONValue = {
        let text = #"{"store":{"book":[{"title":"A","price":8.95,"isbn":"1"},{"title":"B","price":12.99},{"title":"C","price":22}],"bicycle":{"color":"red","price":19.95}},"s":[{"p":5},{"p":15}],"n":null}"#
        return (try? JSONParser.parse(text)) ?? .null
    }()

    private func json(_ path: String) throws -> String {
        switch try JSONPath(path).evaluate(on: document) {
        case .missing: return "<missing>"
        case .value(let value): return value.compactJSON
        }
    }

    func testDefinitePathsReturnTheValueOrMissing() throws {
        XCTAssertEqual(try json("$.store.bicycle.color"), #""red""#)
        XCTAssertEqual(try json("$['store']['bicycle']"), #"{"color":"red","price":19.95}"#)
        XCTAssertEqual(try json(#"$["store"].book[1].title"#), #""B""#)
        XCTAssertEqual(try json("$.store.book[-1].title"), #""C""#)
        XCTAssertEqual(try json("$.store.nothing"), "<missing>")
        XCTAssertEqual(try json("$.nothing.deeper"), "<missing>")
        XCTAssertEqual(try json("$.store.book[7]"), "<missing>")
        XCTAssertEqual(try json("$.n"), "null")
        XCTAssertEqual(try json("$"), document.compactJSON)
    }

    func testPathWithoutDollarIsReadAsRooted() throws {
        XCTAssertEqual(try json("store.bicycle.color"), #""red""#)
    }

    func testIndefinitePathsReturnArrays() throws {
        XCTAssertEqual(try json("$.store.book[*].title"), #"["A","B","C"]"#)
        XCTAssertEqual(try json("$.s.*.p"), "[5,15]")
        XCTAssertEqual(try json("$..price"), "[8.95,12.99,22,19.95]")
        XCTAssertEqual(try json("$.store.book[0:2].title"), #"["A","B"]"#)
        XCTAssertEqual(try json("$.store.book[-2:].title"), #"["B","C"]"#)
        XCTAssertEqual(try json("$.store.book[0,2].title"), #"["A","C"]"#)
        XCTAssertEqual(try json("$.store.book[*].isbn"), #"["1"]"#)
        XCTAssertEqual(try json("$.store.nothing[*]"), "[]")
    }

    func testFilters() throws {
        XCTAssertEqual(try json("$.store.book[?(@.price < 10)].title"), #"["A"]"#)
        XCTAssertEqual(try json("$.store.book[?(@.price >= 12.99 && @.title != 'C')].title"), #"["B"]"#)
        XCTAssertEqual(try json("$.store.book[?(@.isbn)].title"), #"["A"]"#)
        XCTAssertEqual(try json(#"$.store.book[?(@.title == "C" || @.price < 9)].title"#), #"["A","C"]"#)
        XCTAssertEqual(try json("$.store.book[?(!(@.price > 10))].title"), #"["A"]"#)
        XCTAssertEqual(try json("$.s[?(@.p > $.s[0].p)]"), #"[{"p":15}]"#)
    }

    /// 100,000 `!` (a fuzzer's find) overflowed the stack, one call per `!`; so would `(` and
    /// nested filters. Past 256 levels the path is refused with the offset where it gave up.
    func testDeeplyNestedFiltersAreRefusedNotACrash() throws {
        for (name, path) in [("!", "$.s[?(" + String(repeating: "!", count: 100_000) + "@.p)]"),
                             ("(", "$.s[?(" + String(repeating: "(", count: 100_000) + "@.p)]"),
                             ("filters", "$.s[?(" + String(repeating: "@[?(", count: 50_000) + "@.p")] {
            XCTAssertThrowsError(try JSONPath(path), name) { error in
                XCTAssertEqual((error as? JSONPathError)?.message, "the filter is nested too deeply: at most 256 levels of '!', '(' and filters", name)
            }
        }
        // 255 `!` and the parentheses of the filter itself: 256 levels, read and evaluated.
        XCTAssertEqual(try json("$.s[?(" + String(repeating: "!", count: 255) + "@.p)]"), "[]")
        XCTAssertEqual(try json("$.s[?(" + String(repeating: "!", count: 254) + "@.p)]"), #"[{"p":5},{"p":15}]"#)
    }

    func testMultipleNamesMergeIntoOneObject() throws {
        XCTAssertEqual(try json("$.store.bicycle['color','price']"), #"{"color":"red","price":19.95}"#)
    }

    func testDefiniteness() throws {
        XCTAssertTrue(try JSONPath("$.a.b[0]['c']").isDefinite)
        XCTAssertFalse(try JSONPath("$.a[*]").isDefinite)
        XCTAssertFalse(try JSONPath("$..a").isDefinite)
        XCTAssertFalse(try JSONPath("$.a[1:2]").isDefinite)
        XCTAssertFalse(try JSONPath("$.a[?(@.b)]").isDefinite)
    }

    func testBadPathsSayWhere() {
        XCTAssertThrowsError(try JSONPath("$.a[")) { error in
            XCTAssertEqual((error as? JSONPathError)?.offset, 4)
        }
        XCTAssertThrowsError(try JSONPath("$.a['x"))
        XCTAssertThrowsError(try JSONPath(""))
        XCTAssertThrowsError(try JSONPath("$.a[?(@.b =~ /x/)]"))
        XCTAssertThrowsError(try JSONPath("$.a[1"))
    }
}
