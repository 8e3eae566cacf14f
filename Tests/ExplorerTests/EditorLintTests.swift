import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// `gwx lint`'s findings in the template editor: marks in the gutter and a list in the preview.
final class EditorLintTests: XCTestCase {
    /// An API whose one template has an inline macro (an error) and a loop over 1,001 items
    /// (a warning), on lines 2 and 3.
    private static let api = APIDefinition(
        api: RestAPI(id: "lint0api01", name: "Lint"),
        resources: [
            Resource(id: "root", path: "/"),
            Resource(id: "items", parentId: "root", path: "/items", methods: [
                Method(httpMethod: "GET", methodResponses: [MethodResponse(statusCode: "200")],
                       integration: Integration(type: .mock, integrationResponses: [
                           IntegrationResponse(statusCode: "200", responseTemplates: ["text/plain": """
                           ## items
                           #macro(item $i)<$i>#end
                           #foreach($i in [1..1001])$i #end
                           """]),
                       ])),
            ]),
        ]
    )

    private func openForm() async -> Harness {
        let harness = Harness(sources: [EditorTestSource(definitions: [Self.api])], rows: 30, columns: 150)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /items")
        await harness.press(.enter, .down, .enter, .character("e"))
        return harness
    }

    func testFindingsAreGutterMarksAndAListInThePreview() async throws {
        let harness = await openForm()
        let form = try XCTUnwrap(harness.form, harness.screen)
        let marks = form.templates[0].editor.marks.sorted { $0.position < $1.position }
        XCTAssertEqual(marks.map(\.position), [TextPosition(line: 1, column: 0), TextPosition(line: 2, column: 0)])
        XCTAssertEqual(marks.map(\.isWarning), [false, true])
        let screen = harness.screen
        let rows = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(rows.contains { $0.hasPrefix("  2✗ #macro(item $i)") }, screen)
        XCTAssertTrue(rows.contains { $0.hasPrefix("  3! #foreach($i in [1..1001])") }, screen)
        XCTAssertTrue(rows.contains { $0.hasPrefix("  1  ## items") }, screen)
        XCTAssertTrue(screen.contains("✗ lint text/plain:2:1 #macro is ignored"), screen)
        XCTAssertTrue(screen.contains("! lint text/plain:3:1 #foreach goes over 1001 items"), screen)
        harness.assertScreen("editor-lint")
    }

    func testFixingTheTemplateClearsItsMarks() async throws {
        let harness = await openForm()
        await harness.press(.tab, .tab, .tab, .tab)
        XCTAssertEqual(harness.form?.focus, .templates, harness.screen)
        await harness.press(.enter, .control("a"), .delete)
        await harness.type("plain text")
        XCTAssertEqual(harness.form?.templates[0].editor.text, "plain text", harness.screen)
        XCTAssertEqual(harness.form?.templates[0].editor.marks, [])
        XCTAssertFalse(harness.screen.contains("lint text/plain"), harness.screen)
    }
}
