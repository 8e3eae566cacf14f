import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// Every screen drawn on a virtual terminal and compared with golden text grids.
final class ScreenGoldenTests: XCTestCase {
    private func awsHarness(rows: Int = 24, columns: Int = 80) -> Harness {
        Harness(sources: [InMemorySource(label: "aws default eu-west-1", definitions: [Fixtures.demo, Fixtures.pets])], rows: rows, columns: columns)
    }

    private func fileHarness(_ definition: APIDefinition, rows: Int = 24, columns: Int = 80) -> Harness {
        Harness(sources: [InMemorySource(label: "file demo.yaml", definitions: [definition])], rows: rows, columns: columns, readonly: true)
    }

    func testAPIsScreenNarrow() async {
        let harness = awsHarness()
        await harness.start()
        harness.assertScreen("apis-narrow")
    }

    func testAPIsScreenWideShowsDetailPane() async {
        let harness = awsHarness(rows: 20, columns: 130)
        await harness.start()
        await harness.press(.down)
        harness.assertScreen("apis-wide")
    }

    func testResourcesTreeNarrowWithCJK() async {
        let harness = awsHarness()
        await harness.start()
        await harness.press(.down, .enter)
        harness.assertScreen("resources-pets-narrow")
    }

    func testResourcesTreeWideShowsMethodDetail() async {
        let harness = awsHarness(rows: 24, columns: 130)
        await harness.start()
        await harness.press(.down, .enter, .down, .down)
        harness.assertScreen("resources-pets-wide")
    }

    func testSingleExportFileOpensItsAPIAndShowsMethod() async {
        let harness = fileHarness(Fixtures.demo)
        await harness.start()
        await harness.press(.down, .down, .enter)
        harness.assertScreen("method-demo")
    }

    func testIntegrationResponseShowsEveryFieldAndHighlightedTemplate() async {
        let harness = fileHarness(Fixtures.demo)
        await harness.start()
        await harness.press(.down, .down, .enter, .enter)
        XCTAssertTrue(harness.screen.contains("MyDemoAPI › /mydemoresource › GET › 200"))
        harness.assertScreen("response-demo")
    }

    private func openPetsGET(_ harness: Harness) async {
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
    }

    func testPetsMethodTableNarrow() async {
        let harness = fileHarness(Fixtures.pets)
        await openPetsGET(harness)
        harness.assertScreen("method-pets-narrow")
    }

    func testPetsMethodWideShowsResponsePreview() async {
        let harness = fileHarness(Fixtures.pets, rows: 30, columns: 140)
        await openPetsGET(harness)
        harness.assertScreen("method-pets-wide")
    }

    func testSecondTemplateTabWithCJKWide() async {
        let harness = fileHarness(Fixtures.pets, rows: 26, columns: 120)
        await openPetsGET(harness)
        await harness.press(.enter)
        XCTAssertTrue(harness.screen.contains("PetStore › /pets › GET › 200"))
        harness.assertScreen("response-pets-json-wide")
        await harness.press(.tab)
        harness.assertScreen("response-pets-xml-wide")
    }

    func testHelpIsDrawnFromTheKeymap() async {
        let harness = fileHarness(Fixtures.pets, rows: 34, columns: 100)
        await harness.start()
        await harness.press(.character("?"))
        harness.assertScreen("help-resources")
    }

    func testFilterNarrowsTheTreeAsYouType() async {
        let harness = fileHarness(Fixtures.pets)
        await harness.start()
        await harness.press(.character("/"))
        await harness.type("petid")
        harness.assertScreen("filter-typing")
        await harness.press(.enter)
        harness.assertScreen("filter-applied")
    }

    func testCommandLineOffersCompletions() async {
        let harness = awsHarness()
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("api ")
        harness.assertScreen("command-completion")
    }

    func testTooSmallTerminalAndRecovery() async {
        let harness = fileHarness(Fixtures.demo, rows: 5, columns: 20)
        await harness.start()
        harness.assertScreen("too-small")
        await harness.resize(rows: 24, columns: 80)
        XCTAssertTrue(harness.screen.contains("/mydemoresource"))
    }

    func testLoadErrorShowsBannerWithRequestIDAndScreenStaysUsable() async {
        let source = InMemorySource(label: "aws default eu-west-1", definitions: [Fixtures.demo, Fixtures.pets],
                                    loadError: FakeAWSError(message: "Rate exceeded", requestID: "8f2c1a9e-0000-4d1b-9c3e-123456789abc"))
        let harness = Harness(sources: [source])
        await harness.start()
        await harness.press(.enter)
        harness.assertScreen("error-banner")
        await harness.press(.down)
        XCTAssertEqual(harness.state.screen.list.cursor, 1)
    }

    func testNoCredentialsAtStartExplainsTheFixAndOffersDemo() async {
        let source = InMemorySource(label: "aws default eu-west-1", definitions: [],
                                    listError: FakeAWSError(message: "Unable to locate credentials: no AWS_ACCESS_KEY_ID, AWS_PROFILE or ~/.aws/credentials", requestID: nil))
        let harness = Harness(sources: [source], rows: 24, columns: 100)
        await harness.start()
        harness.assertScreen("no-credentials")
    }

    func testLoadingShowsSpinnerAndEscCancels() async {
        let harness = awsHarness()
        await harness.start()
        harness.holdLoads = true
        await harness.press(.enter)
        harness.assertScreen("loading")
        await harness.press(.escape)
        XCTAssertNil(harness.state.pending)
        XCTAssertTrue(harness.held.isEmpty)
        XCTAssertTrue(harness.screen.contains("Cancelled loading MyDemoAPI"))
    }
}
