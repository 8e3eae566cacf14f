import GatewayClient
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer

/// `t`: the path question with the notice, the spinner and Esc, AWS's answer beside gwx's in
/// the panel, and "use as sample" reaching the editor's preview; export files and `--readonly`.
final class TestInvokePanelTests: XCTestCase {
    /// AWS's answer to POST /pets (the HTTP method of `Fixtures.pets`: 201 for any 2xx, no
    /// template), written by hand in TestInvokeMethod's shape.
    static let answer = TestInvokeResponse(
        status: 201, body: #"{"id": 7, "name": "Tama"}"#,
        headers: ["X-Amzn-Trace-Id": "Root=1-6165f9a7-a1752c122b4d6e39626f6591", "Content-Type": "application/json"],
        log: """
        Execution log for request 6b1f0c2a-2f7e-4c55-9d1a-0d6a8e3f4b21
        Tue Oct 12 21:09:59 UTC 2021 : Starting execution for request: 6b1f0c2a-2f7e-4c55-9d1a-0d6a8e3f4b21
        Tue Oct 12 21:09:59 UTC 2021 : HTTP Method: POST, Resource Path: /pets
        Tue Oct 12 21:09:59 UTC 2021 : Received response. Status: 201, Integration latency: 12 ms
        Tue Oct 12 21:09:59 UTC 2021 : Endpoint response headers: {Content-Type=application/json, Location=/pets/7}
        Tue Oct 12 21:09:59 UTC 2021 : Endpoint response body before transformations: {"id": 7, "name": "Tama"}
        Tue Oct 12 21:09:59 UTC 2021 : Method response body after transformations: {"id": 7, "name": "Tama"}
        Tue Oct 12 21:09:59 UTC 2021 : Method completed with status: 201

        """, latency: 20)

    private func awsSource(answer: TestInvokeResponse? = TestInvokePanelTests.answer) -> EditorTestSource {
        EditorTestSource(label: "aws default eu-west-1", definitions: [Fixtures.pets], stages: [], testInvokeAnswer: answer)
    }

    /// A harness on the method screen of POST /pets.
    private func onPost(_ source: EditorTestSource, readonly: Bool = false) async -> Harness {
        let harness = Harness(sources: [source], rows: 30, columns: 100, readonly: readonly)
        await harness.start()
        await harness.press(.character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .down, .enter)
        XCTAssertEqual(harness.state.currentMethod?.httpMethod, "POST")
        return harness
    }

    func testTAsksForThePathSaysItCallsTheBackendThenShowsAWSsAnswerAndTheVerdict() async {
        let source = awsSource()
        let harness = await onPost(source)
        XCTAssertTrue(harness.screen.contains("t  test"), "the footer offers t:\n\(harness.screen)")
        await harness.press(.character("t"))
        XCTAssertTrue(harness.state.top is TestInvokePanel)
        XCTAssertTrue(harness.screen.contains("calls its real"), harness.screen)
        XCTAssertTrue(harness.screen.contains(" path /pets"), harness.screen)
        await harness.type("?x=1")
        await harness.press(.enter)
        let calls = await source.testInvocations
        XCTAssertEqual(calls, ["p3t5api001/pets/POST /pets?x=1"])
        let screen = harness.screen
        XCTAssertTrue(screen.contains("✓ gwx agrees with AWS: status 201, 1 header and the body are the same"), screen)
        XCTAssertTrue(screen.contains("AWS (TestInvokeMethod, 20 ms)"), screen)
        XCTAssertTrue(screen.contains("u use as sample"), screen)
        harness.assertScreen("test-invoke-panel")
    }

    func testTheSpinnerTurnsWhileAWSRunsAndEscStopsWaiting() async {
        let harness = await onPost(awsSource())
        harness.holdLoads = true
        await harness.press(.character("t"), .enter)
        XCTAssertTrue(harness.state.isBusy)
        XCTAssertTrue(harness.screen.contains("API Gateway is running POST /pets…"), harness.screen)
        await harness.press(.escape)
        XCTAssertNil(harness.state.layer(TestInvokePanel.self))
        XCTAssertTrue(harness.held.isEmpty, "Esc cancels the call")
        XCTAssertTrue(harness.state.banner?.text.hasPrefix("Stopped waiting for the test of POST /pets") == true)
    }

    func testUseAsSampleGivesTheEditorsPreviewAWSsBackendResponse() async {
        let harness = await onPost(awsSource())
        await harness.press(.character("t"), .enter, .character("u"))
        XCTAssertNil(harness.state.layer(TestInvokePanel.self))
        XCTAssertTrue(harness.state.banner?.text.contains("is now AWS's backend response") == true)
        await harness.press(.character("e"))
        let form = harness.form
        XCTAssertEqual(form?.sample.backend.statusCode, "201")
        XCTAssertEqual(form?.sample.backend.body, #"{"id": 7, "name": "Tama"}"#)
        XCTAssertEqual(form?.sample.backend.headers, "Content-Type: application/json\nLocation: /pets/7")
        XCTAssertTrue(harness.screen.contains("Preview sample: the backend response from AWS's test (t)"), harness.screen)
        await harness.press(.control("p"))
        XCTAssertTrue(harness.screen.contains("Tama"), harness.screen)
    }

    func testAFailedCallShowsAWSsMessageAndROffersTheQuestionAgain() async {
        let harness = await onPost(awsSource(answer: TestInvokeResponse(status: 0)))
        await harness.press(.character("t"), .enter)
        XCTAssertTrue(harness.screen.contains("? gwx could not compare"), harness.screen)
        await harness.press(.character("r"))
        guard case .asking? = harness.state.layer(TestInvokePanel.self)?.phase else { return XCTFail("r asks again") }
    }

    func testExportFilesAndReadOnlySessionsHaveNoT() async {
        let file = EditorTestSource(definitions: [Fixtures.pets], stages: nil)
        let harness = await onPost(file)
        XCTAssertFalse(harness.screen.contains("t  test"), harness.screen)
        await harness.press(.character("t"))
        XCTAssertNil(harness.state.layer(TestInvokePanel.self))
        XCTAssertTrue(harness.state.banner?.text.contains("an export file has no AWS behind it") == true, harness.state.banner?.text ?? "")

        let readonly = await onPost(awsSource(), readonly: true)
        XCTAssertFalse(readonly.screen.contains("t  test"), readonly.screen)
        await readonly.press(.character("t"))
        XCTAssertNil(readonly.state.layer(TestInvokePanel.self))
        XCTAssertTrue(readonly.state.banner?.text.hasPrefix("Read-only session (--readonly): testing on AWS is off") == true)
    }
}
