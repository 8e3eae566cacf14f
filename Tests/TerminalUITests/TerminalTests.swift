import XCTest
@testable import TerminalUI

final class TerminalTests: XCTestCase {
    func testVirtualTerminalAppliesOnlyChangedCells() {
        let terminal = VirtualTerminal(rows: 2, columns: 10)
        var frame = ScreenBuffer(size: terminal.size)
        frame.write("名前 ok", row: 0, column: 0)
        terminal.present(frame)
        XCTAssertEqual(terminal.screen, frame)
        XCTAssertEqual(terminal.cellsWrittenByLastFrame, 18, "every cell but the continuation half")
        terminal.present(frame)
        XCTAssertEqual(terminal.cellsWrittenByLastFrame, 0)
        frame.write("x", row: 1, column: 9)
        terminal.present(frame)
        XCTAssertEqual(terminal.cellsWrittenByLastFrame, 1)
        XCTAssertEqual(terminal.screen, frame)
    }

    func testVirtualTerminalScriptsInputAndHangsUpAtTheEnd() {
        let terminal = VirtualTerminal(rows: 2, columns: 10)
        terminal.enqueue(keys: [.character("j")])
        XCTAssertEqual(terminal.readEvent(timeoutMilliseconds: 0), .key(.character("j")))
        XCTAssertEqual(terminal.readEvent(timeoutMilliseconds: 0), .hangup)
        terminal.resize(rows: 5, columns: 20)
        XCTAssertEqual(terminal.readEvent(timeoutMilliseconds: 0), .resize(Size(rows: 5, columns: 20)))
    }

    func testOSC52EncodesBase64() {
        XCTAssertEqual(OSC52.base64(Array("".utf8)), "")
        XCTAssertEqual(OSC52.base64(Array("f".utf8)), "Zg==")
        XCTAssertEqual(OSC52.base64(Array("fo".utf8)), "Zm8=")
        XCTAssertEqual(OSC52.base64(Array("foobar".utf8)), "Zm9vYmFy")
        XCTAssertEqual(OSC52.sequence(for: "a1/b2/GET/200"), "\u{1B}]52;c;YTEvYjIvR0VULzIwMA==\u{07}")
    }
}
