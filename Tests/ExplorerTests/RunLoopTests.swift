import TerminalUI
import XCTest
@testable import Explorer

/// The real loop on a virtual terminal: loads run as tasks and come back as events.
final class RunLoopTests: XCTestCase {
    func testScriptedSessionBrowsesToAResponseAndCopiesItsID() {
        let terminal = VirtualTerminal(rows: 24, columns: 80)
        terminal.enqueue(keys: [.enter, .character("j"), .character("j"), .enter, .enter, .character("y")])
        Explorer.run(sources: [InMemorySource(label: "aws test", definitions: [Fixtures.demo, Fixtures.pets])],
                     label: "aws test", readonly: false, terminal: terminal, settleBeforeInput: true)
        XCTAssertTrue(terminal.text.contains("MyDemoAPI › /mydemoresource › GET › 200"), terminal.text)
        XCTAssertEqual(terminal.clipboard, ["a1b2c3d4e5/abc123/GET/200"])
    }

    func testQuitKeyEndsTheRun() {
        let terminal = VirtualTerminal(rows: 24, columns: 80, hangUpWhenInputRunsOut: false)
        terminal.enqueue(keys: [.character("q")])
        Explorer.run(sources: [InMemorySource(label: "aws test", definitions: [Fixtures.demo, Fixtures.pets])],
                     label: "aws test", readonly: false, terminal: terminal, settleBeforeInput: true)
        XCTAssertTrue(terminal.pendingInput.isEmpty)
    }
}
