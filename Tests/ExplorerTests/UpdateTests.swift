import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// The update function: navigation, loads, commands, mouse and copy, without a terminal.
final class UpdateTests: XCTestCase {
    private func started(_ definitions: [APIDefinition] = [Fixtures.demo, Fixtures.pets], rows: Int = 24, columns: Int = 80) async -> Harness {
        let harness = Harness(sources: [InMemorySource(label: "aws test", definitions: definitions)], rows: rows, columns: columns)
        await harness.start()
        return harness
    }

    func testEnterGoesDownAndEscGoesBackUp() async {
        let harness = await started()
        await harness.press(.enter, .down, .down, .enter, .enter)
        XCTAssertTrue(harness.state.screen is ResponseScreen)
        XCTAssertEqual(harness.state.breadcrumb, ["MyDemoAPI", "/mydemoresource", "GET", "200"])
        await harness.press(.escape, .character("h"), .backspace)
        XCTAssertTrue(harness.state.screen is APIsScreen)
        await harness.press(.escape)
        XCTAssertEqual(harness.state.screens.count, 1, "back at the top stays at the top")
    }

    func testEnterOnAResourceGoesToItsFirstMethodAndEnterAgainOpensIt() async {
        let harness = await started()
        await harness.press(.enter, .down, .enter)
        XCTAssertTrue(harness.state.screen is ResourcesScreen, "Enter on a resource stays in the tree")
        XCTAssertNotNil(harness.state.selectedTreeRow?.methodIndex, "the cursor is on the resource's first method")
        await harness.press(.enter, .enter)
        XCTAssertEqual(harness.state.breadcrumb, ["MyDemoAPI", "/mydemoresource", "GET", "200"])
    }

    func testEnterOnAFoldedResourceUnfoldsItFirst() async {
        let harness = await started()
        await harness.press(.enter, .down, .character(" "))
        XCTAssertNil(harness.state.selectedTreeRow?.methodIndex)
        await harness.press(.enter)
        XCTAssertNotNil(harness.state.selectedTreeRow?.methodIndex, "unfolded, and on the first method")
    }

    func testASingleAPIIsOpenedStraightAway() async {
        let harness = await started([Fixtures.demo])
        XCTAssertTrue(harness.state.screen is ResourcesScreen)
    }

    func testCopyGivesTheImportIDOfEachLevel() async {
        let harness = await started()
        await harness.press(.character("y"))
        await harness.press(.enter, .down, .character("y"), .down, .character("y"), .enter, .character("y"), .enter, .character("y"))
        XCTAssertEqual(harness.copied, ["a1b2c3d4e5", "a1b2c3d4e5/abc123", "a1b2c3d4e5/abc123/GET", "a1b2c3d4e5/abc123/GET/200", "a1b2c3d4e5/abc123/GET/200"])
    }

    func testAnInfoBannerShownWhileAnAPILoadsSurvivesTheLoad() async {
        let harness = await started()
        harness.holdLoads = true
        await harness.press(.enter)
        XCTAssertEqual(harness.held.count, 1)
        // A message that arrives while the load runs (drafts restored, say) is not wiped by it.
        harness.state.banner = Banner(kind: .info, text: "Restored 1 draft")
        await harness.releaseHeld()
        XCTAssertTrue(harness.state.screen is ResourcesScreen)
        XCTAssertEqual(harness.state.banner?.text, "Restored 1 draft")
    }

    func testEscCancelsALoadAndItsLateResultIsIgnored() async {
        let harness = await started()
        harness.holdLoads = true
        await harness.press(.enter)
        let held = harness.held
        XCTAssertEqual(held.count, 1)
        await harness.press(.escape)
        XCTAssertNil(harness.state.pending)
        // The source answers anyway: nothing happens.
        harness.holdLoads = false
        await harness.perform(held)
        XCTAssertTrue(harness.state.screen is APIsScreen)
    }

    func testFilterNarrowsAndEscClearsIt() async {
        let harness = await started()
        await harness.press(.character("/"))
        await harness.type("pet")
        XCTAssertEqual(harness.state.listCount, 1)
        await harness.press(.enter)
        XCTAssertEqual(harness.state.selectedAPI?.api.name, "PetStore")
        await harness.press(.escape)
        XCTAssertEqual(harness.state.listCount, 2)
        XCTAssertEqual(harness.state.screen.filter, "")
    }

    func testCommandJumpsToAnAPIAndAResource() async {
        let harness = await started()
        await harness.press(.character(":"))
        await harness.type("api pet")
        await harness.press(.enter)
        XCTAssertEqual(harness.state.breadcrumb, ["PetStore"])
        await harness.press(.character(":"))
        await harness.type("res /pets/{petId}")
        await harness.press(.enter)
        let row = harness.state.selectedTreeRow
        XCTAssertEqual(row.map { Fixtures.pets.resources[$0.resourceIndex].path }, "/pets/{petId}")
        await harness.press(.character(":"))
        await harness.type("nope")
        await harness.press(.enter)
        XCTAssertEqual(harness.state.banner?.kind, .error)
        await harness.press(.character(":"))
        await harness.type("q")
        await harness.press(.enter)
        XCTAssertTrue(harness.quit)
    }

    func testTabCompletesCommandsThenArguments() async {
        let harness = await started()
        await harness.press(.character(":"))
        await harness.type("re")
        await harness.press(.tab)
        guard let first = harness.state.layer(CommandPrompt.self) else { return XCTFail("not in command mode") }
        XCTAssertEqual(first.input.text, "res ", "the first of res and reload")
        XCTAssertEqual(first.completions, ["res", "reload"])
        await harness.press(.escape)
        await harness.press(.character(":"))
        await harness.type("api My")
        await harness.press(.tab)
        guard let second = harness.state.layer(CommandPrompt.self) else { return XCTFail("not in command mode") }
        XCTAssertEqual(second.input.text, "api MyDemoAPI")
    }

    func testMouseClickSelectsDoubleClickOpensWheelScrolls() async {
        let harness = await started()
        // Row 3 is the second API (header, column titles, first API).
        await harness.send(.input(.mouse(MouseEvent(.click, row: 3, column: 5))))
        XCTAssertEqual(harness.state.screen.list.cursor, 1)
        await harness.send(.input(.mouse(MouseEvent(.wheelUp, row: 3, column: 5))))
        XCTAssertEqual(harness.state.screen.list.cursor, 0)
        await harness.send(.input(.mouse(MouseEvent(.doubleClick, row: 3, column: 5))))
        XCTAssertEqual(harness.state.breadcrumb, ["PetStore"])
    }

    func testTreeFoldsAndUnfolds() async {
        let harness = await started([Fixtures.pets])
        let before = harness.state.listCount
        await harness.press(.down, .character(" "))
        XCTAssertEqual(harness.state.listCount, before - 3, "/owners hides GET, /{ownerId}/pets and ANY")
        await harness.press(.enter)
        XCTAssertEqual(harness.state.listCount, before)
    }

    func testReloadKeepsThePlaceOrDropsWhatIsGone() async {
        let harness = await started()
        await harness.press(.enter, .down, .down, .enter, .enter)
        await harness.press(.character("R"))
        XCTAssertTrue(harness.state.screen is ResponseScreen)
        XCTAssertEqual(harness.state.banner?.text, "Reloaded MyDemoAPI")
        // The same key now loads an API without the method.
        var changed = Fixtures.demo
        changed.resources[1].methods = []
        harness.state.loaded[APIKey(source: 0, apiId: "a1b2c3d4e5")]?.definition = changed
        harness.state.revalidateStack()
        XCTAssertTrue(harness.state.screen is ResourcesScreen)
    }

    func testTooSmallThenGrowingRecovers() async {
        let harness = await started()
        await harness.resize(rows: 5, columns: 20)
        XCTAssertTrue(harness.screen.contains("Terminal too small"))
        await harness.press(.down)
        await harness.resize(rows: 24, columns: 80)
        XCTAssertTrue(harness.screen.contains("PetStore"))
        XCTAssertEqual(harness.state.screen.list.cursor, 1, "keys still worked while too small")
    }

    func testHelpOpensAndAnyKeyClosesIt() async {
        let harness = await started()
        await harness.press(.character("?"))
        XCTAssertTrue(harness.state.top is HelpModal)
        XCTAssertTrue(harness.screen.contains("copy the import ID"))
        await harness.press(.escape)
        XCTAssertTrue(harness.state.top is any BrowseScreen, "the help closed")
    }

    func testFailureFindsTheRequestIDAndKind() {
        let failure = LoadFailure(FakeAWSError(message: "The security token included in the request is invalid", requestID: "req-1"))
        XCTAssertEqual(failure.requestID, "req-1")
        XCTAssertEqual(failure.kind, .credentials)
        XCTAssertEqual(LoadFailure.classify("Could not resolve host: apigateway.eu-west-1.amazonaws.com"), .network)
    }

    func testTenThousandResourcesDrawOnlyTheVisibleRows() async {
        let big = Fixtures.large(10_000)
        let harness = await started([big])
        XCTAssertEqual(harness.state.listCount, 20_001, "10,000 resources, 10,000 methods and the root")
        await harness.press(.character("G"))
        XCTAssertEqual(harness.state.screen.list.cursor, 20_000)
        XCTAssertTrue(harness.screen.contains("POST"))
        await harness.press(.character("/"))
        await harness.type("group999/item8")
        XCTAssertEqual(harness.state.listCount, 2)
    }
}
