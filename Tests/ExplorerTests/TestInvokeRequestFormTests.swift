import GatewayClient
import GatewayModel
import TerminalUI
import Text
import XCTest
@testable import Explorer

/// The test panel's request form (path, headers, stage variables, body), the request it sends
/// and remembers, and the report with long content at several sizes.
final class TestInvokeRequestFormTests: XCTestCase {
    private func awsSource(_ answer: TestInvokeResponse = TestInvokePanelTests.answer) -> EditorTestSource {
        EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets], stages: [], testInvokeAnswer: answer)
    }

    /// A harness on the method screen of POST /pets.
    private func onPost(_ source: EditorTestSource, rows: Int = 30, columns: Int = 100) async -> Harness {
        let harness = Harness(sources: [source], rows: rows, columns: columns)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .down, .enter)
        XCTAssertEqual(harness.state.currentMethod?.httpMethod, "POST")
        return harness
    }

    private var form: (Harness) -> TestRequestForm? = { harness in
        if case let .asking(form)? = harness.state.layer(TestInvokePanel.self)?.phase { return form }
        return nil
    }

    /// Types lines into the editor with the keys (Enter between them is a line break there).
    private func typeLines(_ harness: Harness, _ lines: [String]) async {
        for (index, line) in lines.enumerated() {
            if index > 0 { await harness.press(.enter) }
            await harness.type(line)
        }
    }

    func testTheFormSendsHeadersRepeatedNamesStageVariablesAndABody() async {
        let source = awsSource()
        let harness = await onPost(source)
        await harness.press(.character("t"))
        XCTAssertEqual(form(harness)?.focus, .path)
        await harness.type("?x=1")
        await harness.press(.tab)
        XCTAssertEqual(form(harness)?.focus, .headers)
        await typeLines(harness, ["Content-Type: application/json", "X-Tag: a", "X-Tag:b"])
        await harness.press(.tab)
        await typeLines(harness, ["env=prod", "version = 2"])
        await harness.press(.tab)
        XCTAssertEqual(form(harness)?.focus, .body)
        await harness.send(.input(.paste("{\"name\": \"Tama\",\n \"type\": \"cat\"}")))
        harness.assertScreen("test-invoke-request-form")
        let run = harness.state.top?.keys(harness.state).label(of: .confirm)
        XCTAssertEqual(run, "Ctrl-R", "in an editor Enter is a line break, so the run key is Ctrl-R")
        await harness.press(.control("r"))
        let requests = await source.testRequests
        XCTAssertEqual(requests, [TestInvokeRequest(pathWithQueryString: "/pets?x=1", body: "{\"name\": \"Tama\",\n \"type\": \"cat\"}",
                                                    headers: [("Content-Type", "application/json"), ("X-Tag", "a"), ("X-Tag", "b")],
                                                    stageVariables: [("env", "prod"), ("version", "2")])])
        let screen = harness.screen
        XCTAssertTrue(screen.contains("✓ gwx agrees with AWS"), screen)
        await harness.press(.character("G"))
        let end = harness.screen
        for shown in ["Request sent (the replay uses the same)", "POST /pets?x=1", "X-Tag: b", "version=2", #" "type": "cat"}"#, "Body (32 bytes)"] {
            XCTAssertTrue(end.contains(shown), "\(shown):\n\(end)")
        }
    }

    func testRAndASecondTStartFromTheLastRequestOfTheMethod() async {
        let harness = await onPost(awsSource())
        await harness.press(.character("t"), .tab)
        await harness.type("Accept: application/json")
        await harness.press(.tab, .tab)
        await harness.type("{}")
        await harness.press(.control("r"), .character("r"))
        XCTAssertEqual(form(harness)?.headers.text, "Accept: application/json", "r starts from the request just run")
        XCTAssertEqual(form(harness)?.body.text, "{}")
        await harness.press(.escape)
        XCTAssertNil(harness.state.layer(TestInvokePanel.self))
        await harness.press(.character("t"))
        XCTAssertEqual(form(harness)?.headers.text, "Accept: application/json", "a second t starts from it too")
        XCTAssertEqual(form(harness)?.path.text, "/pets")
        // Esc keeps what was typed for the next `t`.
        await harness.type("?page=2")
        await harness.press(.escape, .character("t"))
        XCTAssertEqual(form(harness)?.path.text, "/pets?page=2")
    }

    func testALineThatIsNotAHeaderIsNamedAndNothingIsSent() async {
        let source = awsSource()
        let harness = await onPost(source)
        await harness.press(.character("t"), .tab)
        await typeLines(harness, ["Accept: */*", "not a header"])
        await harness.press(.tab, .tab, .control("r"))
        let calls = await source.testRequests
        XCTAssertEqual(calls.count, 0)
        XCTAssertEqual(form(harness)?.focus, .headers, "the field with the problem gets the keys")
        XCTAssertTrue(harness.screen.contains(#"Headers line 2: "not a header" has no colon; write Name: value"#), harness.screen)
        await harness.press(.tab)
        await harness.type("bad name=1")
        await harness.press(.control("r"))
        XCTAssertEqual(form(harness)?.focus, .headers, "headers are checked first")
    }

    func testATabInABurstOfTypedTextMovesToTheNextField() async {
        let harness = await onPost(awsSource())
        await harness.press(.character("t"), .tab)
        // Typed faster than read (tmux send-keys, a fast typist): the text, then Tab, in one read.
        await harness.send(.input(.burst("Accept: */*\tenv=dev\t{}")))
        XCTAssertEqual(form(harness)?.headers.text, "Accept: */*")
        XCTAssertEqual(form(harness)?.stageVariables.text, "env=dev")
        XCTAssertEqual(form(harness)?.body.text, "{}")
        XCTAssertEqual(form(harness)?.focus, .body)
    }

    func testA100KBBracketedPasteGoesIntoTheBodyAsOneEditAndIsSent() async {
        let source = awsSource()
        let harness = await onPost(source)
        await harness.press(.character("t"), .backTab)
        XCTAssertEqual(form(harness)?.focus, .body, "Shift-Tab from the path goes round to the body")
        let body = Self.longJSON(lines: 2_000)
        XCTAssertGreaterThan(body.utf8.count, 100_000)
        await harness.send(.input(.paste(body)))
        XCTAssertEqual(form(harness)?.body.lines.count, 2_000)
        XCTAssertTrue(harness.screen.contains("(2000 lines)"), harness.screen)
        await harness.press(.control("r"))
        let requests = await source.testRequests
        XCTAssertEqual(requests.first?.body, body)
        await harness.press(.character("G"))
        XCTAssertTrue(harness.screen.contains("… 1980 more lines (the request form keeps it whole)"), harness.screen)
    }

    func testALongAWSBodyScrollsWithTheKeysOfItsRows() async {
        let body = Self.longJSON(lines: 2_000)
        var answer = TestInvokePanelTests.answer
        answer.body = body
        answer.headers["X-Long"] = String(repeating: "v", count: 300) + "END"
        let harness = await onPost(awsSource(answer))
        await harness.press(.character("t"), .enter)
        guard let panel = harness.state.layer(TestInvokePanel.self) else { return XCTFail("the panel stays open") }
        let top = harness.screen
        XCTAssertTrue(top.contains("✗ gwx differs from AWS"), top)
        XCTAssertTrue(top.contains("lines 1–"), top)
        XCTAssertTrue(top.contains("vvvvEND"), "a long header value wraps instead of being cut:\n\(top)")
        let table = panel.keys(harness.state)
        for (key, action) in [(Key.character("j"), Action.down), (.character("k"), .up), (.pageDown, .pageDown), (.pageUp, .pageUp), (.character("g"), .top), (.character("G"), .bottom)] {
            XCTAssertEqual(table.action(for: key), action, "\(key.label)")
        }
        await harness.press(.character("G"))
        let end = harness.screen
        XCTAssertTrue(end.contains("Request sent (the replay uses the same)"), end)
        let last = harness.state.layer(TestInvokePanel.self)?.firstLine ?? 0
        XCTAssertGreaterThan(last, 2_000)
        await harness.press(.pageUp)
        let paged = harness.state.layer(TestInvokePanel.self)?.firstLine ?? 0
        let area = panel.reportArea(Layout(harness.state).body)
        XCTAssertEqual(paged, last - (area.height - 1), "a page is the report's height less one line")
        await harness.press(.character("k"))
        XCTAssertEqual(harness.state.layer(TestInvokePanel.self)?.firstLine, paged - 1)
        await harness.press(.character("g"))
        XCTAssertEqual(harness.state.layer(TestInvokePanel.self)?.firstLine, 0)
        await harness.press(.character("j"))
        XCTAssertEqual(harness.state.layer(TestInvokePanel.self)?.firstLine, 1)
    }

    func testTheDifferencesAreReadableWithTheirStepsAtEverySize() async {
        var answer = TestInvokePanelTests.answer
        answer.body = #"{"id": 7}"#
        answer.headers["X-Extra"] = "from a mapping gwx does not know about, with a value long enough to need more than one line at eighty columns"
        for (rows, columns) in [(24, 80), (30, 100), (40, 160)] {
            let harness = await onPost(awsSource(answer), rows: rows, columns: columns)
            await harness.press(.character("t"), .enter)
            let screen = harness.screen
            XCTAssertTrue(screen.contains("✗ gwx differs from AWS in 2 places"), "\(columns) columns:\n\(screen)")
            XCTAssertTrue(screen.contains("step:"), "each difference names its step (\(columns) columns):\n\(screen)")
            XCTAssertTrue(screen.contains("eighty columns"), "a long detail wraps (\(columns) columns):\n\(screen)")
            if columns == 80 { harness.assertScreen("test-invoke-differences-80") }
            for line in harness.state.layer(TestInvokePanel.self)?.reportLines(width: columns - 5) ?? [] {
                XCTAssertLessThanOrEqual(DisplayWidth.of(line.text), columns - 5, line.text)
            }
        }
    }

    func testEveryPhaseDrawsAtEverySizeWithoutCuttingTheFormAway() async {
        for (rows, columns) in [(5, 20), (10, 40), (24, 80), (30, 100), (40, 160)] {
            let harness = await onPost(awsSource(), rows: 30, columns: 100)
            await harness.resize(rows: rows, columns: columns)
            await harness.press(.character("t"))
            XCTAssertNotNil(form(harness), "\(columns)×\(rows)")
            for _ in 0..<3 {
                _ = harness.screen
                await harness.press(.tab)
            }
            await harness.send(.input(.paste(Self.longJSON(lines: 50))))
            if rows >= 10, columns >= 40 {
                XCTAssertTrue(harness.screen.contains("Body"), "the field with the keys stays shown at \(columns)×\(rows):\n\(harness.screen)")
            }
            if rows >= 24 {
                let screen = harness.screen
                for field in TestRequestForm.Field.allCases {
                    XCTAssertTrue(screen.contains(field.title), "\(field.title) at \(columns)×\(rows):\n\(screen)")
                }
                XCTAssertTrue(screen.contains("calls its real"), "the notice at \(columns)×\(rows):\n\(screen)")
            }
            await harness.press(.control("r"))
            _ = harness.screen
            await harness.press(.character("G"), .pageUp, .character("j"))
            _ = harness.screen
            await harness.press(.character("r"))
            _ = harness.screen
        }
        let wide = await onPost(awsSource(), rows: 40, columns: 160)
        await wide.press(.character("t"))
        wide.assertScreen("test-invoke-request-160")
    }

    /// A pretty-printed JSON array of `lines` lines (about 55 bytes each).
    static func longJSON(lines: Int) -> String {
        var out = ["["]
        for index in 0..<(lines - 2) {
            out.append(#"  {"id": \#(index), "name": "pet number \#(index)", "type": "dog"}"# + (index < lines - 3 ? "," : ""))
        }
        out.append("]")
        return out.joined(separator: "\n")
    }
}
