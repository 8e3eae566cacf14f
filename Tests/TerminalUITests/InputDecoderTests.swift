@testable import TerminalUI
import XCTest

/// What the terminal sends, read the way `CursesTerminal` reads it: bracketed pastes (whole,
/// split across reads, without their end), bursts of text, and keys.
final class InputDecoderTests: XCTestCase {
    private func items(_ text: String) -> [InputDecoder.Item] { text.unicodeScalars.map { .scalar($0.value) } }

    func testABracketedPasteInOneReadIsOnePasteEventWithItsBytesNotKeys() {
        var decoder = InputDecoder()
        let events = decoder.decode(items("\u{1B}[200~q\u{13}:quit\u{1B}[A\u{1B}[201~"))
        XCTAssertEqual(events, [.paste("q\u{13}:quit\u{1B}[A")])
        XCTAssertFalse(decoder.isWaiting)
    }

    func testKeysBeforeAndAfterAPasteStayKeys() {
        var decoder = InputDecoder()
        let events = decoder.decode(items("j\u{1B}[200~text\u{1B}[201~\u{1B}[B"))
        XCTAssertEqual(events, [.key(.character("j")), .paste("text"), .key(.down)])
    }

    func testAPasteSplitAcrossReadsAtEveryPlaceIsStillOnePaste() {
        let wire = Array(items("\u{1B}[200~line one\rline two\u{1B}[201~"))
        for cut in 1..<wire.count {
            var decoder = InputDecoder()
            var events = decoder.decode(Array(wire[..<cut]))
            XCTAssertTrue(decoder.isWaiting || !events.isEmpty, "cut at \(cut)")
            events += decoder.decode(Array(wire[cut...]))
            XCTAssertEqual(events, [.paste("line one\nline two")], "cut at \(cut)")
            XCTAssertFalse(decoder.isWaiting, "cut at \(cut)")
        }
    }

    func testAPasteWithoutItsEndBracketEndsWhenInputStops() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.decode(items("\u{1B}[200~half a paste")), [])
        XCTAssertTrue(decoder.isWaiting)
        XCTAssertEqual(decoder.waitMilliseconds, InputDecoder.pasteIdleMilliseconds)
        XCTAssertEqual(decoder.flush(), [.paste("half a paste")])
        XCTAssertFalse(decoder.isWaiting)
        XCTAssertEqual(decoder.decode(items("j")), [.key(.character("j"))], "keys after it are keys again")
    }

    func testCarriageReturnsOfAPasteBecomeLineFeedsAndCRLFIsOneBreak() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.decode(items("\u{1B}[200~a\rb\r\nc\nd\r\r\u{1B}[201~")), [.paste("a\nb\nc\nd\n\n")])
    }

    func testAHundredKilobytePasteIsOneEvent() {
        let text = String(repeating: "  \"key\": \"välue\t漢\",\n", count: 4_500)
        XCTAssertGreaterThan(text.utf8.count, 100_000)
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.decode(items("\u{1B}[200~" + text + "\u{1B}[201~")), [.paste(text)])
    }

    func testAPastePastTheLimitComesInPiecesThatAddUpToIt() {
        let line = String(repeating: "x", count: 1_000) + "\r\n"
        let text = String(repeating: line, count: 2_500)
        var decoder = InputDecoder()
        let events = decoder.decode(items("\u{1B}[200~" + text + "\u{1B}[201~"))
        XCTAssertEqual(events.count, 3, "2.5 MB in pieces of at most \(InputDecoder.pasteLimit) bytes")
        var joined = ""
        for event in events {
            guard case let .paste(piece) = event else { return XCTFail("not a paste: \(event)") }
            XCTAssertLessThanOrEqual(piece.utf8.count, InputDecoder.pasteLimit + 6)
            joined += piece
        }
        XCTAssertEqual(joined, text.replacingOccurrences(of: "\r\n", with: "\n"), "no CR LF is cut in two")
    }

    func testTextInOneReadIsABurstAndASingleCharacterIsAKey() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.decode(items("a")), [.key(.character("a"))])
        XCTAssertEqual(decoder.decode(items("\r")), [.key(.enter)])
        XCTAssertEqual(decoder.decode(items("\t")), [.key(.tab)])
        XCTAssertEqual(decoder.decode(items("{\r  x\r}")), [.burst("{\n  x\n}")])
        XCTAssertEqual(decoder.decode(items("ab\u{13}cd")), [.burst("ab"), .key(.control("s")), .burst("cd")], "a control key splits a burst")
        XCTAssertEqual(decoder.decode(items("\u{7F}")), [.key(.backspace)])
    }

    func testEscapeSequencesSplitAcrossReadsAndALoneEsc() {
        var decoder = InputDecoder()
        XCTAssertEqual(decoder.decode(items("\u{1B}[")), [])
        XCTAssertTrue(decoder.isWaiting)
        XCTAssertEqual(decoder.decode(items("1;2C")), [.key(.shiftRight)])
        XCTAssertEqual(decoder.decode(items("\u{1B}")), [])
        XCTAssertEqual(decoder.waitMilliseconds, 0, "curses has already waited its Esc delay")
        XCTAssertEqual(decoder.flush(), [.key(.escape)])
        XCTAssertEqual(decoder.decode(items("\u{1B}x")), [.key(.escape), .key(.character("x"))], "Alt+x is Esc, then x")
        XCTAssertEqual(decoder.decode(items("\u{1B}[99~j")), [.key(.character("j"))], "an unknown sequence is dropped, not typed")
        XCTAssertEqual(decoder.decode(items("\u{1B}[")), [])
        XCTAssertEqual(decoder.flush(), [], "a cut-off sequence is dropped")
        XCTAssertEqual(decoder.decode(items("\u{1B}[201~")), [], "a stray end bracket is nothing")
    }

    func testEventsCursesDecodedKeepTheirPlace() {
        var decoder = InputDecoder()
        let events = decoder.decode([.scalar(0x61), .scalar(0x62), .event(.key(.up)), .unknown, .scalar(0x63)])
        XCTAssertEqual(events, [.burst("ab"), .key(.up), .key(.character("c"))])
    }

    func testABurstSpellsTheKeysItWasTypedWith() {
        XCTAssertEqual(InputEvent.keys(typing: "j\n\tx"), [.character("j"), .enter, .tab, .character("x")])
    }
}
