import Text
import XCTest

// Expected strings are written from each format's specification (json-smart's
// `JSONValue.escape`, RFC 8259, YAML 1.1 §5.7, HCL's template strings), not by gwx.
final class StringEscapingTests: XCTestCase {
    func testJSONSmartEscapesSlashAndTheRangesJsonSmartEscapes() {
        XCTAssertEqual(StringEscaping.quoted("a/b\"\u{7F}\u{9F}\u{A0}\u{2028}\u{20FF}\u{2100}\u{1}é", .jsonSmart),
                       "\"a\\/b\\\"\\u007F\\u009F\u{A0}\\u2028\\u20FF\u{2100}\\u0001é\"")
    }

    func testJSONIsRFC8259sMinimumWithLowerCaseHex() {
        XCTAssertEqual(StringEscaping.quoted("a/\u{1F}\u{8}\u{C}\u{7F}\u{2028}", .json), "\"a/\\u001f\\b\\f\u{7F}\u{2028}\"")
    }

    func testExportFileJSONAlsoEscapesDELAndLineSeparators() {
        XCTAssertEqual(StringEscaping.quoted("\u{7F}\u{2028}\u{2029}\u{1B}/", .exportFile), "\"\\u007F\\u2028\\u2029\\u001B/\"")
    }

    func testYAMLUsesNamedEscapesThenHexForWhatIsNotPrintable() {
        XCTAssertEqual(StringEscaping.quoted("\0\u{7}\u{B}\u{1B}\u{85}\u{2028}\u{2029}\u{1}\u{FFFE}\u{E000}", .yaml),
                       "\"\\0\\a\\v\\e\\N\\L\\P\\x01\\uFFFE\u{E000}\"")
    }

    func testHCLDoublesTemplateSequencesAndEscapesControls() {
        XCTAssertEqual(StringEscaping.quoted("${a} %{b} $x $${c}\u{8}\u{85}\u{2029}", .hcl),
                       "\"$${a} %%{b} $x $$${c}\\u0008\\u0085\\u2029\"")
    }

    func testHeredocLinesOnlyDoubleTemplateSequences() {
        XCTAssertEqual(StringEscaping.escaped("\"${a}\\ %{b}\n", .hclHeredoc), "\"$${a}\\ %%{b}\n")
    }

    func testEveryRuleEscapesQuoteBackslashAndLineBreaks() {
        for rules: StringEscaping.Rules in [.jsonSmart, .json, .exportFile, .yaml, .hcl] {
            XCTAssertEqual(StringEscaping.escaped("\"\\\n\r\t", rules), "\\\"\\\\\\n\\r\\t")
        }
    }
}
