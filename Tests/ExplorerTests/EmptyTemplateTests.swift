import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// An empty template (API Gateway returns it as null) is shown and edited as a value, apart
/// from no template: the method pane, the response screen and the form say so; `c` clears a
/// template and keeps it, `d` removes it, and the save sends `replace … ""` or `remove`.
final class EmptyTemplateTests: XCTestCase {
    private var directory: URL!

    override func setUp() {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-empty-template-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The pets API with GET /pets 200's JSON template emptied, as a CORS response has it.
    private var emptied: APIDefinition {
        var definition = Fixtures.pets
        for index in definition.resources.indices where definition.resources[index].path == "/pets" {
            for methodIndex in definition.resources[index].methods.indices where definition.resources[index].methods[methodIndex].httpMethod == "GET" {
                guard var integration = definition.resources[index].methods[methodIndex].integration else { continue }
                for responseIndex in integration.integrationResponses.indices where integration.integrationResponses[responseIndex].statusCode == "200" {
                    integration.integrationResponses[responseIndex].responseTemplates["application/json"] = ""
                }
                definition.resources[index].methods[methodIndex].integration = integration
            }
        }
        return definition
    }

    private func openPets(_ source: EditorTestSource, columns: Int = 100) async -> Harness {
        let harness = Harness(sources: [source], rows: 40, columns: columns)
        harness.journal = DraftJournal(directory: directory.path)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        let index = harness.state.visibleResponses.firstIndex { harness.state.currentMethod?.integration?.integrationResponses[$0].statusCode == "200" } ?? 0
        for _ in 0..<index { await harness.press(.down) }
        return harness
    }

    func testTheMethodPaneAndTheResponseScreenShowAnEmptyTemplate() async {
        let harness = await openPets(EditorTestSource(definitions: [emptied]), columns: 160)
        XCTAssertTrue(harness.screen.contains("application/json (empty)"), harness.screen)
        XCTAssertTrue(harness.screen.contains("(empty template: the payload is returned unmapped)"), harness.screen)
        await harness.press(.enter)
        XCTAssertEqual(harness.state.currentResponse?.responseTemplates["application/json"], "")
        XCTAssertTrue(harness.screen.contains("(empty template: the payload is returned unmapped)"), harness.screen)
        XCTAssertFalse(harness.screen.contains("No response templates"), harness.screen)
    }

    func testClearingKeepsTheTemplateEmptyAndTheSaveReplacesItWithEmptyText() async {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets])
        let harness = await openPets(source)
        harness.state.awsSources = [0]
        await harness.press(.character("e"))
        await harness.press(.backTab)
        XCTAssertEqual(harness.form?.focus, .templates)
        await harness.press(.character("c"))
        XCTAssertEqual(harness.form?.templates.map(\.contentType), ["application/json", "application/xml"])
        XCTAssertEqual(harness.form?.current.responseTemplates["application/json"], "")
        XCTAssertTrue(harness.form?.message?.text.hasPrefix("Cleared the application/json template") ?? false)
        XCTAssertTrue(harness.screen.contains("Empty template: kept as is"), harness.screen)
        let draft = harness.form.map { $0.draft(writtenAt: 0) }
        XCTAssertEqual(draft?.current.response.responseTemplates["application/json"], "", "the draft keeps the empty template")
        let journaled = try? JSONDecoder().decode(Draft.self, from: JSONEncoder().encode(draft))
        XCTAssertEqual(journaled?.current.response.responseTemplates, ["application/json": "", "application/xml": Fixtures.petsXMLTemplate])
        await harness.press(.control("s"))
        guard case let .confirmSave(plan, _)? = harness.question else { return XCTFail("no save question") }
        XCTAssertEqual(plan.patchOperations, ["replace /responseTemplates/application~1json \"\""])
        XCTAssertTrue(plan.lines.contains("+  application/json: \"\" (empty template)"), plan.lines.joined(separator: "\n"))
    }

    func testRemovingSendsARemoveNotAnEmptyReplace() async {
        let source = EditorTestSource(label: "aws default eu-west-1", definitions: [emptied])
        let harness = await openPets(source)
        harness.state.awsSources = [0]
        await harness.press(.character("e"))
        await harness.press(.backTab)
        XCTAssertEqual(harness.form?.focus, .templates)
        await harness.press(.character("c"))
        XCTAssertNil(harness.form?.message, "an empty template is already clear")
        await harness.press(.character("d"), .character("y"))
        XCTAssertEqual(harness.form?.templates.map(\.contentType), ["application/xml"])
        await harness.press(.control("s"))
        guard case let .confirmSave(plan, _)? = harness.question else { return XCTFail("no save question") }
        XCTAssertEqual(plan.patchOperations, ["remove /responseTemplates/application~1json"])
    }
}
