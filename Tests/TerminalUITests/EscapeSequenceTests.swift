@testable import TerminalUI
import XCTest

/// Key sequences that terminfo may not describe are still read as keys, never as Esc + text.
final class EscapeSequenceTests: XCTestCase {
    private func key(_ sequence: String) -> Key? {
        let scalars = Array(sequence.unicodeScalars)
        return EscapeSequence.key(introducer: scalars[0].value, body: scalars.dropFirst().map(Character.init))
    }

    func testEndAndHomeInEveryCommonSpelling() {
        XCTAssertEqual(key("[4~"), .end)
        XCTAssertEqual(key("[8~"), .end)
        XCTAssertEqual(key("[F"), .end)
        XCTAssertEqual(key("OF"), .end)
        XCTAssertEqual(key("[1~"), .home)
        XCTAssertEqual(key("[7~"), .home)
        XCTAssertEqual(key("OH"), .home)
    }

    func testArrowsPagesDeleteAndShiftModifiers() {
        XCTAssertEqual(key("[A"), .up)
        XCTAssertEqual(key("OB"), .down)
        XCTAssertEqual(key("[1;2C"), .shiftRight)
        XCTAssertEqual(key("[1;2D"), .shiftLeft)
        XCTAssertEqual(key("[1;2F"), .shiftEnd)
        XCTAssertEqual(key("[5~"), .pageUp)
        XCTAssertEqual(key("[6~"), .pageDown)
        XCTAssertEqual(key("[3~"), .delete)
        XCTAssertEqual(key("[Z"), .backTab)
    }

    func testUnknownSequencesAreDroppedNotTyped() {
        XCTAssertNil(key("[99~"))
        XCTAssertNil(key("[?"))
    }
}
