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

/// A new browse screen is one type and one line that opens it: this one, defined outside the
/// Explorer module, lists the method's method responses and gets keys, footer, help,
/// breadcrumb, the status line and going back through the stack alone.
private struct MethodResponsesScreen: BrowseScreen {
    static let rows = [KeyBinding([.character("x")], "x", .confirm, "say which response", short: "which")]
    var place: Place
    var list = ListState()
    var filter = ""

    var helpTitle: String { "Method responses" }

    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? {
        guard action == .confirm else { return nil }
        let responses = state.currentMethod?.methodResponses ?? []
        guard responses.indices.contains(list.cursor) else { return [] }
        state.banner = Banner(kind: .info, text: "Response \(responses[list.cursor].statusCode)")
        return []
    }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) { (main.splitTop(1).1, nil) }
    func listCount(_ state: ExplorerState) -> Int { state.currentMethod?.methodResponses.count ?? 0 }
    func importID(_ state: ExplorerState) -> String? { nil }
    func breadcrumb(_ state: ExplorerState) -> [String] { ["method responses"] }
    func isValid(_ state: ExplorerState) -> Bool { state.targets(of: place).method != nil }
    func summary(_ state: ExplorerState) -> String { "\(listCount(state)) method responses" }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let rect = layout.list else { return }
        let responses = state.currentMethod?.methodResponses ?? []
        ListView.draw(into: &buffer, rect: rect, count: responses.count, state: list, theme: theme) { [Span(" " + responses[$0].statusCode)] }
    }
}

/// A modal whose row opens the screen above: `.open` rows need no code in `perform`.
private struct Opening: Component {
    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.character("m")], "m", .open(Opener(MethodResponsesScreen.self) { state in
                state.screen.place.httpMethod == nil ? nil : MethodResponsesScreen(place: state.screen.place)
            }), "the method responses", short: "responses"),
            KeyBinding([.escape], "Esc", .close, "close", short: "close"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        state.pop()
        return []
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {}
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

    func testABrowseScreenDefinedOutsideTheModuleIsOneTypeAndOneLine() async {
        let harness = await started()
        await harness.press(.character(":"))
        await harness.type("api PetStore")
        await harness.press(.enter, .character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        XCTAssertTrue(harness.state.screen is MethodScreen)
        harness.state.push(MethodResponsesScreen(place: harness.state.screen.place))
        XCTAssertTrue(harness.screen.contains("PetStore › /pets › GET › method responses"), harness.screen)
        XCTAssertTrue(harness.screen.contains("x  which"), "the footer comes from its rows:\n\(harness.screen)")
        XCTAssertTrue(harness.screen.contains("1/3"), "the status line shows its list's position:\n\(harness.screen)")
        await harness.press(.character("j"), .character("x"))
        XCTAssertEqual(harness.state.banner?.text, "Response 404", "j moved its own list, x did its own action")
        await harness.press(.character("?"))
        XCTAssertTrue(harness.screen.contains("Keys — Method responses") && harness.screen.contains("say which response"), harness.screen)
        await harness.press(.escape, .escape, .escape)
        XCTAssertTrue(harness.state.screen is MethodScreen, "Esc went back to the method")
    }

    func testARowOpensAComponentWithoutCodeInPerform() async {
        let harness = await started()
        harness.state.push(Opening())
        await harness.press(.character("m"))
        XCTAssertTrue(harness.state.top is Opening, "nothing to open on the REST APIs screen: the opener says nil")
        await harness.press(.escape, .character(":"))
        await harness.type("api PetStore")
        await harness.press(.enter, .character(":"))
        await harness.type("res /pets")
        await harness.press(.enter, .down, .enter)
        harness.state.push(Opening())
        await harness.press(.character("m"))
        XCTAssertTrue(harness.state.screen is MethodResponsesScreen)
        XCTAssertTrue(harness.state.layers.last is Opening, "a screen opens under the modals; the modal stays on top")
    }
}
