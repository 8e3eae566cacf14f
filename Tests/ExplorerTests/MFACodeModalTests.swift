import Foundation
import GatewayModel
import TerminalUI
import XCTest
@testable import Explorer
@testable import GatewayClient

/// A virtual terminal that keeps the screen as it was when each input was read.
private final class WatchedTerminal: Terminal {
    let inner: VirtualTerminal
    private(set) var screensAtReads: [String] = []

    init(_ events: [InputEvent]) {
        inner = VirtualTerminal(rows: 24, columns: 100)
        inner.enqueue(events)
    }

    var size: Size { inner.size }
    func present(_ frame: ScreenBuffer) { inner.present(frame) }
    func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        screensAtReads.append(inner.text)
        return inner.readEvent(timeoutMilliseconds: timeoutMilliseconds)
    }
    func copyToClipboard(_ text: String) { inner.copyToClipboard(text) }
    func suspend() {}
    func resume() {}
}

/// What the source's prompt gave back: the code, or the error.
private final class Answers: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<String, any Error>] = []
    func add(_ result: Result<String, any Error>) { lock.withLock { results.append(result) } }
    var all: [Result<String, any Error>] { lock.withLock { results } }
}

/// An AWS-like source whose every list needs an MFA code, as an assumed role with `mfa_serial`
/// does: it asks its prompt, then lists only with the right code.
private struct MFASource: GatewaySource {
    let inner = InMemorySource(label: "aws admin", definitions: [Fixtures.demo, Fixtures.pets])
    let prompt: MFAPrompt
    let answers: Answers
    static let mfa = MFASpec(serial: "arn:aws:iam::111122223333:mfa/alice", profileName: "admin")
    static let code = "123456"

    var label: String { inner.label }
    func listRestAPIs() async throws -> [RestAPI] {
        let result = await Result { try await prompt(Self.mfa) }
        answers.add(result)
        guard try result.get() == Self.code else { throw FakeAWSError(message: "AccessDenied: MultiFactorAuthentication failed with invalid MFA one time pass code.") }
        return try await inner.listRestAPIs()
    }
    func loadAPI(id: String) async throws -> APIDefinition { try await inner.loadAPI(id: id) }
    func getIntegrationResponse(_ id: IntegrationResponseID) async throws -> IntegrationResponse { try await inner.getIntegrationResponse(id) }
    func saveIntegrationResponse(_ updated: IntegrationResponse, original: IntegrationResponse?, at method: MethodID) async throws -> IntegrationResponse {
        try await inner.saveIntegrationResponse(updated, original: original, at: method)
    }
    func deleteIntegrationResponse(_ id: IntegrationResponseID) async throws { try await inner.deleteIntegrationResponse(id) }
    func putMethodResponse(_ response: MethodResponse, at method: MethodID) async throws { try await inner.putMethodResponse(response, at: method) }
}

private extension Result where Failure == any Error {
    init(catching body: () async throws -> Success) async {
        do { self = .success(try await body()) } catch { self = .failure(error) }
    }
}

final class MFACodeModalTests: XCTestCase {
    private func run(_ events: [InputEvent]) -> (WatchedTerminal, Answers) {
        let bridge = MFAPromptBridge()
        let answers = Answers()
        let terminal = WatchedTerminal(events)
        Explorer.run(sources: [MFASource(prompt: bridge.prompt, answers: answers)], label: "aws admin", readonly: false,
                     terminal: terminal, settleBeforeInput: true, journal: nil, mfa: bridge)
        return (terminal, answers)
    }

    func testTheCodeTypedInTheModalGoesToTheWaitingCallAndTheListLoads() throws {
        let keys: [Key] = [.character("1"), .character("2"), .character("x"), .enter, .backspace] + "3456".map { .character($0) } + [.enter]
        let (terminal, answers) = run(keys.map { .key($0) })
        let first = try XCTUnwrap(terminal.screensAtReads.first)
        XCTAssertTrue(first.contains("MFA code for arn:aws:iam::111122223333:mfa/alice"), "the modal is up before the first key:\n\(first)")
        XCTAssertTrue(first.contains("Enter send") && first.contains("Esc cancel"), "its hint line comes from its key rows:\n\(first)")
        let afterBadEnter = terminal.screensAtReads[4]
        XCTAssertTrue(afterBadEnter.contains("The code is 6 digits"), "a code with a letter is refused with a message:\n\(afterBadEnter)")
        XCTAssertTrue(afterBadEnter.contains("•••"), afterBadEnter)
        XCTAssertFalse(terminal.screensAtReads.joined().contains("12x"), "the code is masked")
        XCTAssertEqual(answers.all.count, 1, "asked once")
        XCTAssertEqual(try answers.all.first?.get(), MFASource.code)
        XCTAssertTrue(terminal.inner.text.contains("MyDemoAPI"), "the APIs listed with the code:\n\(terminal.inner.text)")
        XCTAssertFalse(terminal.inner.text.contains("MFA code for"), terminal.inner.text)
    }

    func testAPastedCodeWithSpacesAndANewlineIsAccepted() throws {
        let (terminal, answers) = run([.paste(" 123 456\n"), .key(.enter)])
        XCTAssertEqual(try answers.all.first?.get(), MFASource.code)
        XCTAssertTrue(terminal.inner.text.contains("MyDemoAPI"), terminal.inner.text)
    }

    func testEscapeCancelsTheCallWhichFailsSayingNoCodeWasGiven() throws {
        let (terminal, answers) = run([.key(.character("1")), .key(.escape)])
        guard case let .failure(error)? = answers.all.first else { return XCTFail("the prompt did not throw: \(answers.all)") }
        XCTAssertTrue(String(describing: error).contains("MFA code not given for arn:aws:iam::111122223333:mfa/alice"), "\(error)")
        XCTAssertTrue(terminal.inner.text.contains("MFA code not given"), "the load fails with the reason:\n\(terminal.inner.text)")
        XCTAssertFalse(terminal.inner.text.contains("MFA code for"), terminal.inner.text)
    }

    func testAPromptCalledFromATaskBeforeTheLoopStartsIsAnsweredByTheModal() async throws {
        let bridge = MFAPromptBridge()
        let asked = Task { try await bridge.prompt(MFASource.mfa) }
        while bridge.unansweredCount == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        let terminal = WatchedTerminal("654321".map { .key(.character($0)) } + [.key(.enter)])
        Explorer.run(sources: [], label: "aws admin", readonly: false, terminal: terminal, settleBeforeInput: true, journal: nil, mfa: bridge)
        XCTAssertTrue(terminal.screensAtReads.first?.contains("MFA code for") == true, terminal.screensAtReads.first ?? "")
        let code = try await asked.value
        XCTAssertEqual(code, "654321")
    }

    func testTwoSourcesQuestionsAreTwoModalsAndEscapeClosesOnlyTheTopOne() async throws {
        let bridge = MFAPromptBridge()
        let other = MFASpec(serial: "arn:aws:iam::444455556666:mfa/bob", profileName: "prod")
        let first = Task { try await bridge.prompt(MFASource.mfa) }
        while bridge.unansweredCount < 1 { try await Task.sleep(nanoseconds: 1_000_000) }
        let second = Task { try await bridge.prompt(other) }
        while bridge.unansweredCount < 2 { try await Task.sleep(nanoseconds: 1_000_000) }
        let terminal = WatchedTerminal([.key(.escape)] + "123456".map { .key(.character($0)) } + [.key(.enter)])
        Explorer.run(sources: [], label: "aws", readonly: false, terminal: terminal, settleBeforeInput: true, journal: nil, mfa: bridge)
        XCTAssertTrue(terminal.screensAtReads.first?.contains("mfa/bob") == true, terminal.screensAtReads.first ?? "")
        XCTAssertTrue(terminal.screensAtReads[1].contains("mfa/alice"), "Esc closed bob's question only:\n\(terminal.screensAtReads[1])")
        let code = try await first.value
        XCTAssertEqual(code, "123456")
        do {
            _ = try await second.value
            XCTFail("bob's question was cancelled")
        } catch {
            XCTAssertTrue(String(describing: error).contains("MFA code not given for arn:aws:iam::444455556666:mfa/bob"), "\(error)")
        }
    }

    func testAQuestionLeftOpenFailsWhenTheExplorerQuits() async throws {
        let bridge = MFAPromptBridge()
        let asked = Task { try await bridge.prompt(MFASource.mfa) }
        while bridge.unansweredCount == 0 { try await Task.sleep(nanoseconds: 1_000_000) }
        let terminal = WatchedTerminal([.key(.control("c"))])
        Explorer.run(sources: [], label: "aws admin", readonly: false, terminal: terminal, settleBeforeInput: true, journal: nil, mfa: bridge)
        do {
            _ = try await asked.value
            XCTFail("an unanswered question must fail when the explorer closes")
        } catch {
            XCTAssertTrue(String(describing: error).contains("MFA code not given"), "\(error)")
        }
        do {
            _ = try await bridge.prompt(MFASource.mfa)
            XCTFail("a question after the explorer closed must fail at once")
        } catch {}
    }
}
