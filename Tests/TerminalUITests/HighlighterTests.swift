import XCTest
@testable import TerminalUI

final class HighlighterTests: XCTestCase {
    private let palette = SyntaxPalette.standard

    private func style(of text: String, in spans: [Span]) -> Style? {
        spans.first { $0.text.contains(text) }?.style
    }

    func testVTLDirectivesAndReferences() {
        let lines = SyntaxHighlighter(language: .template(mediaType: "application/xml")).highlight("#set($inputRoot = $input.path('$'))\n<message>$inputRoot.body</message>")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(style(of: "#set", in: lines[0]), palette.directive)
        XCTAssertEqual(style(of: "$inputRoot", in: lines[0]), palette.variable)
        XCTAssertEqual(style(of: "$input.path('$')", in: lines[0]), palette.variable)
        XCTAssertEqual(style(of: "<message", in: lines[1]), palette.tag)
        XCTAssertEqual(style(of: "$inputRoot.body", in: lines[1]), palette.variable)
        XCTAssertEqual(lines.map { $0.map(\.text).joined() }, ["#set($inputRoot = $input.path('$'))", "<message>$inputRoot.body</message>"])
    }

    func testJSONKeysStringsNumbersAndReferencesInStrings() {
        let lines = SyntaxHighlighter(language: .template(mediaType: "application/json")).highlight(#"{"名前": "$pet.name", "n": 12, "ok": true}"#)
        XCTAssertEqual(style(of: "\"名前\"", in: lines[0]), palette.key)
        XCTAssertEqual(style(of: "$pet.name", in: lines[0]), palette.variable)
        XCTAssertEqual(style(of: "12", in: lines[0]), palette.number)
        XCTAssertEqual(style(of: "true", in: lines[0]), palette.keyword)
    }

    func testCommentsSpanLines() {
        let lines = SyntaxHighlighter(language: .template(mediaType: "text/plain")).highlight("a #* one\ntwo *# b\n## rest")
        XCTAssertEqual(style(of: "two", in: lines[1]), palette.comment)
        XCTAssertEqual(style(of: " b", in: lines[1]), .plain)
        XCTAssertEqual(style(of: "## rest", in: lines[2]), palette.comment)
    }

    func testXMLAttributesAndComments() {
        let lines = SyntaxHighlighter(language: .xml).highlight(#"<pet id="7"><!-- c --></pet>"#)
        XCTAssertEqual(style(of: "id", in: lines[0]), palette.attribute)
        XCTAssertEqual(style(of: "\"7\"", in: lines[0]), palette.string)
        XCTAssertEqual(style(of: "<!--", in: lines[0]), palette.comment)
    }

    func testAHashThatIsNotADirectiveIsPlainText() {
        let lines = SyntaxHighlighter(language: .template(mediaType: "text/plain")).highlight("color #ff0000")
        XCTAssertNil(lines[0].first { $0.style == palette.directive })
    }
}

/// Highlighting a window of a big template skips the lines above it that cannot change the
/// carried state; the window must look exactly as it does when everything is highlighted.
final class HighlightWindowTests: XCTestCase {
    func testAWindowIsHighlightedAsInTheWholeTextWhateverIsOpenAboveIt() {
        let text = """
        #set($a = 1)
        #* a block comment
        over lines *# "after": $a,
        <root attr="1"
          other='2'>text</root>
        <!-- an XML
        comment --> <b>#if($a)x#end</b>
        ## a line comment #* not a block
        "plain": [1, 2],
        #**#<i
        >
        last line
        """
        for language in [SyntaxLanguage.template(mediaType: "application/xml"), .template(mediaType: "application/json"), .template(mediaType: "text/plain"), .xml, .json] {
            let highlighter = SyntaxHighlighter(language: language)
            let whole = highlighter.highlight(text)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
            for start in lines.indices {
                let window = highlighter.highlight(lines: lines, range: start..<min(lines.count, start + 2))
                XCTAssertEqual(window, Array(whole[start..<min(lines.count, start + 2)]), "\(language) from line \(start + 1)")
            }
        }
    }
}
