import TerminalUI
import XCTest
@testable import Explorer

/// A new modal is one type and one line that opens it: this prompt is defined here, outside
/// the Explorer module, and gets keys, paste, Ctrl-C and drawing through the stack alone.
private struct NamePrompt: Component {
    var input = TextInput()

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.enter], "Enter", .confirm, "use the name", short: "use"),
            KeyBinding([.escape], "Esc", .close, "cancel", short: "cancel"),
            Keymap.forceQuit,
            KeyBinding([], "type", .type, "the name"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var prompt = self
        switch action {
        case .confirm:
            state.pop()
            state.banner = Banner(kind: .info, text: "Named \(input.text)")
        case .close:
            state.pop()
        default:
            guard prompt.input.handle(key) else { return [] }
            state.put(prompt)
        }
        return []
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        var prompt = self
        prompt.input.paste(text)
        state.put(prompt)
        return []
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Modal.draw(into: &buffer, screen: layout.body, title: "Name", lines: [[Span(input.text)], [], keys(state).hintLine(state, theme)], theme: theme)
    }
}

final class ComponentTests: XCTestCase {
    private func started() async -> Harness {
        let harness = Harness(sources: [InMemorySource(label: "test", definitions: [Fixtures.demo, Fixtures.pets])], rows: 24, columns: 80)
        await harness.start()
        return harness
    }

    func testAModalDefinedOutsideTheModuleGetsKeysPasteAndDrawing() async {
        let harness = await started()
        harness.state.push(NamePrompt())
        await harness.type("jk")
        XCTAssertEqual(harness.state.screen.list.cursor, 0, "j and k were typed into the prompt, not moving the list under it")
        await harness.send(.input(.paste("-prod\n")))
        XCTAssertEqual(harness.state.layer(NamePrompt.self)?.input.text, "jk-prod")
        XCTAssertTrue(harness.screen.contains("Enter use   Esc cancel"), "the hint line comes from its rows:\n\(harness.screen)")
        await harness.press(.enter)
        XCTAssertTrue(harness.state.top is any BrowseScreen, "the prompt closed")
        XCTAssertEqual(harness.state.banner?.text, "Named jk-prod")
    }

    func testHelpOverAModalShowsTheModalsTableAndCtrlCQuitsFromIt() async {
        let harness = await started()
        harness.state.push(NamePrompt())
        harness.state.push(HelpModal())
        XCTAssertTrue(harness.screen.contains("use the name"), harness.screen)
        await harness.press(.escape)
        XCTAssertTrue(harness.state.top is NamePrompt, "any key closes the help, back to the prompt")
        await harness.press(.control("c"))
        XCTAssertTrue(harness.quit)
    }
}
