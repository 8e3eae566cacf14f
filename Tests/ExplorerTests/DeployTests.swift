import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// `d` after a save: the stage chooser, a new stage's name, the question, CreateDeployment,
/// its banner; read-only sessions and sources without stages; errors; Esc at every step.
final class DeployTests: XCTestCase {
    static let stages = [
        Stage(stageName: "prod", deploymentId: "d3pl0y01", description: "Production", lastUpdatedDate: "2024-04-02T09:15:00Z"),
        Stage(stageName: "test", deploymentId: "d3pl0y02", lastUpdatedDate: "2024-04-10T17:40:00Z"),
    ]

    private func awsSource(stages: [Stage]? = DeployTests.stages) -> EditorTestSource {
        EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets], stages: stages)
    }

    /// A harness on the method screen of GET /pets.
    private func onMethod(_ source: EditorTestSource, readonly: Bool = false, rows: Int = 24, columns: Int = 100) async -> Harness {
        let harness = Harness(sources: [source], rows: rows, columns: columns, readonly: readonly)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        return harness
    }

    /// Saves a content-handling change to GET /pets 200 through the form.
    private func save(_ harness: Harness) async {
        await harness.press(.character("e"), .tab, .tab, .right, .control("s"), .character("y"))
    }

    func testASaveToASourceWithStagesOffersD() async {
        let harness = await onMethod(awsSource())
        XCTAssertTrue(harness.screen.contains("d  deploy"), "the footer offers d:\n\(harness.screen)")
        await save(harness)
        XCTAssertNil(harness.form)
        let banner = harness.state.banner?.text ?? ""
        XCTAssertTrue(banner.hasPrefix("Saved /pets GET 200"), banner)
        XCTAssertTrue(banner.contains("d deploys to a stage"), banner)
        XCTAssertFalse(banner.contains("aws apigateway create-deployment"), "the CLI hint is for sources gwx cannot deploy")
        XCTAssertEqual(harness.state.undeployed[APIKey(source: 0, apiId: "p3t5api001")], ["GET /pets 200"])
    }

    func testDChoosesAStageAsksThenDeploysAndShowsTheDeploymentID() async {
        let source = awsSource()
        let harness = await onMethod(source)
        await save(harness)
        await harness.press(.character("d"))
        XCTAssertEqual(harness.deploy?.phase, .choosing)
        XCTAssertEqual(harness.deploy?.stages.map(\.stageName), ["prod", "test"])
        XCTAssertTrue(harness.screen.contains("+ new stage…"))
        await harness.press(.character("j"), .character("k"), .enter)
        XCTAssertEqual(harness.deploy?.phase, .confirming(stageName: "prod"))
        XCTAssertTrue(harness.screen.contains("Deploy PetStore to prod?"), harness.screen)
        XCTAssertTrue(harness.screen.contains("Saved in this session: GET /pets 200"), harness.screen)
        await harness.press(.character("y"))
        XCTAssertNil(harness.deploy)
        let deployments = await source.deployments
        XCTAssertEqual(deployments, ["prod: gwx: GET /pets 200"])
        XCTAssertEqual(harness.state.banner, Banner(kind: .info, text: "Deployed PetStore to prod: deployment dep1 at 2024-05-01 12:00"))
        XCTAssertNil(harness.state.undeployed[APIKey(source: 0, apiId: "p3t5api001")], "deployed: nothing pending any more")
    }

    func testANewStageIsNamedCheckedAndCreated() async {
        let source = awsSource()
        let harness = await onMethod(source)
        await harness.press(.character("d"), .character("G"), .enter)
        guard case .naming? = harness.deploy?.phase else { return XCTFail("no name input: \(String(describing: harness.deploy?.phase))") }
        await harness.type("beta 1")
        XCTAssertEqual(harness.deploy?.problem, "\" \" is not allowed: use letters, digits, - and _")
        await harness.press(.enter)
        guard case .naming? = harness.deploy?.phase else { return XCTFail("a bad name must not go on") }
        await harness.press(.control("u"))
        await harness.type("beta_1")
        XCTAssertNil(harness.deploy?.problem)
        await harness.press(.enter)
        XCTAssertEqual(harness.deploy?.phase, .confirming(stageName: "beta_1"))
        XCTAssertTrue(harness.screen.contains("Creates the stage beta_1"), harness.screen)
        await harness.press(.enter)
        let deployments = await source.deployments
        XCTAssertEqual(deployments, ["beta_1: Deployed from gwx"])
        XCTAssertTrue(harness.state.banner?.text.hasPrefix("Deployed PetStore to beta_1: deployment dep1") ?? false)
    }

    func testAnEmptyNameIsRefusedOnEnter() async {
        let harness = await onMethod(awsSource(stages: []))
        await harness.press(.character("d"))
        XCTAssertTrue(harness.screen.contains("(no stages yet)"), harness.screen)
        await harness.press(.enter, .enter)
        XCTAssertEqual(harness.deploy?.problem, "type a stage name")
    }

    func testEscStepsBackOutOfTheFlow() async {
        let source = awsSource()
        let harness = await onMethod(source)
        await harness.press(.character("d"), .enter)
        XCTAssertEqual(harness.deploy?.phase, .confirming(stageName: "prod"))
        await harness.press(.character("n"))
        XCTAssertEqual(harness.deploy?.phase, .choosing)
        await harness.press(.character("n"))
        await harness.type("qa")
        await harness.press(.enter, .escape)
        XCTAssertEqual(harness.deploy?.phase, .naming(TextInput("qa")), "back from a new stage's question to its name")
        await harness.press(.escape)
        XCTAssertEqual(harness.deploy?.phase, .choosing)
        await harness.press(.escape)
        XCTAssertNil(harness.deploy)
        XCTAssertTrue(harness.state.screen is MethodScreen, "Esc closed the chooser, not the screen")
        let deployments = await source.deployments
        XCTAssertEqual(deployments, [])
    }

    func testLoadingTheStagesSpinsAndEscCancelsIt() async {
        let harness = await onMethod(awsSource())
        harness.holdLoads = true
        await harness.press(.character("d"))
        XCTAssertTrue(harness.state.isBusy, "the spinner turns while the stages load")
        XCTAssertTrue(harness.screen.contains("Loading the stages of PetStore…"), harness.screen)
        XCTAssertEqual(harness.held.count, 1)
        await harness.press(.character("j"))
        XCTAssertNotNil(harness.deploy, "only Esc cancels")
        await harness.press(.escape)
        XCTAssertNil(harness.deploy)
        XCTAssertTrue(harness.held.isEmpty, "the request was cancelled")
        XCTAssertEqual(harness.state.banner?.text, "Cancelled loading the stages of PetStore")
    }

    func testEscStopsWaitingForARunningDeploymentWithoutClaimingItWasUndone() async {
        let source = awsSource()
        let harness = await onMethod(source)
        await save(harness)
        harness.holdLoads = true
        await harness.press(.character("d"))
        await harness.releaseHeld()
        harness.holdLoads = true
        await harness.press(.enter, .character("y"))
        guard case let .deploying(_, stageName)? = harness.deploy?.phase else {
            return XCTFail("not deploying: \(String(describing: harness.deploy?.phase))")
        }
        XCTAssertEqual(stageName, "prod")
        XCTAssertEqual(harness.held.count, 1, "CreateDeployment is running")
        XCTAssertTrue(harness.screen.contains("Deploying PetStore to prod…"), harness.screen)
        XCTAssertTrue(harness.screen.contains("Esc stops waiting"), harness.screen)
        await harness.press(.character("j"))
        XCTAssertNotNil(harness.deploy, "only Esc stops waiting")
        await harness.press(.escape)
        XCTAssertNil(harness.deploy)
        XCTAssertTrue(harness.held.isEmpty, "the CreateDeployment request was cancelled")
        let banner = harness.state.banner?.text ?? ""
        XCTAssertTrue(banner.hasPrefix("Stopped waiting for the deployment of PetStore to prod"), banner)
        XCTAssertTrue(banner.contains("may still create it"), banner)
        let deployments = await source.deployments
        XCTAssertEqual(deployments, [], "the held request never ran")
        XCTAssertEqual(harness.state.undeployed[APIKey(source: 0, apiId: "p3t5api001")], ["GET /pets 200"], "still marked as not deployed")
    }

    func testADeploymentErrorShowsAWSsMessageAndRequestID() async {
        let source = awsSource()
        await source.setFailures(deployment: "BadRequestException: Stage name only allows a-zA-Z0-9_")
        let harness = await onMethod(source)
        await harness.press(.character("d"), .enter, .character("y"))
        XCTAssertNil(harness.deploy)
        XCTAssertEqual(harness.state.banner?.kind, .error)
        XCTAssertEqual(harness.state.banner?.text, "Deploying PetStore to prod failed: BadRequestException: Stage name only allows a-zA-Z0-9_ (request ID req-77)")
    }

    func testAStageListErrorShowsABanner() async {
        let source = awsSource()
        await source.setFailures(stages: "User is not authorized to perform: apigateway:GET")
        let harness = await onMethod(source)
        await harness.press(.character("d"))
        XCTAssertNil(harness.deploy)
        XCTAssertEqual(harness.state.banner?.kind, .error)
        XCTAssertTrue(harness.state.banner?.text.contains("Could not list the stages of PetStore: User is not authorized") ?? false)
        XCTAssertTrue(harness.state.banner?.text.contains("req-stages") ?? false)
    }

    func testReadonlyHidesAndDisablesDeploying() async {
        let source = awsSource()
        let harness = await onMethod(source, readonly: true)
        XCTAssertFalse(harness.screen.contains("deploy"), harness.screen)
        await harness.press(.character("?"))
        XCTAssertFalse(harness.screen.contains("deploy the API"), "help leaves it out:\n\(harness.screen)")
        await harness.press(.escape, .character("d"))
        XCTAssertNil(harness.deploy)
        XCTAssertTrue(harness.state.banner?.text.contains("Read-only") ?? false)
        let deployments = await source.deployments
        XCTAssertEqual(deployments, [])
    }

    func testASourceWithoutStagesSaysHowToDeployInstead() async {
        let harness = await onMethod(awsSource(stages: nil))
        XCTAssertFalse(harness.screen.contains("d  deploy"), harness.screen)
        await harness.press(.character("?"))
        XCTAssertFalse(harness.screen.contains("deploy the API"))
        await harness.press(.escape, .character("d"))
        XCTAssertNil(harness.deploy)
        XCTAssertTrue(harness.state.banner?.text.contains("export files have no stages: deploy with `aws apigateway create-deployment` or your IaC tool") ?? false,
                      harness.state.banner?.text ?? "no banner")
    }

    func testHelpListsDOnTheMethodScreenWhenDeployable() async {
        let harness = await onMethod(awsSource(), rows: 40)
        await harness.press(.character("?"))
        XCTAssertTrue(harness.screen.contains("deploy the API to a stage (CreateDeployment)"), harness.screen)
    }

    func testDWorksOnTheResponseScreen() async {
        let harness = await onMethod(awsSource())
        await harness.press(.enter)
        XCTAssertTrue(harness.state.screen is ResponseScreen)
        await harness.press(.character("d"))
        XCTAssertEqual(harness.deploy?.phase, .choosing)
    }

    // MARK: - Golden

    func testStageChooserScreen() async {
        let harness = await onMethod(awsSource())
        await save(harness)
        await harness.press(.character("d"), .character("j"))
        harness.assertScreen("deploy-stages")
    }

    func testDeployQuestionScreen() async {
        let harness = await onMethod(awsSource())
        await save(harness)
        await harness.press(.character("d"), .enter)
        harness.assertScreen("deploy-confirm")
    }
}
