import GatewayClient
import GatewayModel
import Mapping
import TerminalUI
import Text

/// `t`: the path to call (and the notice that AWS calls the real backend), the spinner while
/// `TestInvokeMethod` runs, then AWS's answer beside gwx's replay and the differences, with
/// "use this backend response as the preview sample".
struct TestInvokePanel: Component {
    /// Where the panel is.
    enum Phase: Sendable {
        /// The path to call is typed (prefilled with the resource's path).
        case asking(TextInput)
        /// `TestInvokeMethod` is running (Esc stops waiting).
        case running(request: Int, path: String)
        /// AWS answered; the comparison is shown.
        case done(TestInvokeComparison, path: String)
        /// The call failed: AWS's message.
        case failed(String, path: String)
    }

    var api: APIKey
    var method: MethodID
    var resourcePath: String
    /// The method as loaded (the replay runs its integration responses).
    var methodValue: GatewayModel.Method
    var phase: Phase
    /// The first line of the report shown (it scrolls).
    var firstLine = 0

    /// Whether a call is running (the spinner turns).
    var isWaiting: Bool {
        if case .running = phase { return true }
        return false
    }

    /// The comparison, once AWS answered.
    var comparison: TestInvokeComparison? {
        if case let .done(comparison, _) = phase { return comparison }
        return nil
    }

    // MARK: - Keys

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        switch phase {
        case .asking:
            return [
                KeyBinding([.enter], "Enter", .confirm, "run the method on API Gateway", short: "run on AWS"),
                KeyBinding([.escape], "Esc", .close, "close without testing", short: "cancel"),
                Keymap.forceQuit,
                KeyBinding([], "type", .type, "the path and query string to call"),
            ]
        case .running:
            return [KeyBinding([.escape], "Esc", .close, "stop waiting for AWS", short: "cancel"), Keymap.forceQuit]
        case let .done(comparison, _):
            var rows: [KeyBinding] = []
            if comparison.backend != nil {
                rows.append(KeyBinding([.character("u")], "u", .useAsSample, "use this backend response as the preview sample", short: "use as sample"))
            }
            rows += [
                KeyBinding([.character("r")], "r", .confirm, "test again", short: "again"),
                KeyBinding([.escape, .character("q")], "Esc", .close, "close the panel", short: "close"),
                Keymap.forceQuit,
            ]
            return rows + Keymap.movement
        case .failed:
            return [
                KeyBinding([.character("r")], "r", .confirm, "test again", short: "again"),
                KeyBinding([.escape, .character("q")], "Esc", .close, "close the panel", short: "close"),
                Keymap.forceQuit,
            ]
        }
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var panel = self
        switch (phase, action) {
        case (var .asking(input), .type):
            guard input.handle(key) else { return [] }
            panel.phase = .asking(input)
        case let (.asking(input), .confirm):
            let path = input.text.trimmingCharacters(in: .whitespaces)
            guard path.hasPrefix("/") else {
                state.banner = Banner(kind: .error, text: "A request path starts with / (such as \(resourcePath))")
                return []
            }
            let request = state.takeRequestID()
            panel.phase = .running(request: request, path: path)
            panel.firstLine = 0
            state.put(panel)
            return [.testInvoke(api, method, TestInvokeRequest(pathWithQueryString: path), request: request)]
        case (.asking, .close), (.done, .close), (.failed, .close):
            state.pop()
            return []
        case let (.running(request, _), .close):
            state.pop()
            state.banner = Banner(kind: .info, text: "Stopped waiting for the test of \(method.httpMethod) \(resourcePath); API Gateway may still call the backend")
            return [.cancel(request: request)]
        case let (.done(_, path), .confirm), let (.failed(_, path), .confirm):
            panel.phase = .asking(TextInput(path))
        case (.done, .useAsSample):
            return Explorer.useTestBackendAsSample(&state)
        case (.done, _):
            panel.scroll(action, state)
        default:
            return []
        }
        state.put(panel)
        return []
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        guard case var .asking(input) = phase else { return [] }
        var panel = self
        input.paste(text)
        panel.phase = .asking(input)
        state.put(panel)
        return []
    }

    private mutating func scroll(_ action: Action, _ state: ExplorerState) {
        let page = max(1, Layout(state).body.height - 6)
        switch action {
        case .down: firstLine += 1
        case .up: firstLine -= 1
        case .pageDown: firstLine += page
        case .pageUp: firstLine -= page
        case .top: firstLine = 0
        case .bottom: firstLine = Int.max / 2
        default: break
        }
        firstLine = max(0, min(firstLine, max(0, reportLines(width: 200, .standard).count - 1)))
    }

    // MARK: - Drawing

    var helpTitle: String { "Test on AWS" }

    /// The report takes the whole body (the browse screen is not drawn under it).
    var coversScreens: Bool { comparison != nil }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let screen = layout.body
        let title = "Test \(method.httpMethod) \(resourcePath) on AWS (TestInvokeMethod)"
        let hints = keys(state).hintLine(state, theme)
        switch phase {
        case let .asking(input):
            let width = min(max(0, screen.width - 6), 76)
            var lines: [[Span]] = Explorer.wrapped(TestInvokeNotice.text(method: method.httpMethod, path: input.text), width: width).map { [Span($0, theme.accent)] }
            lines += [[], [Span("Path and query string to call:")]]
            let inputRow = lines.count
            lines += [[], []] + Explorer.wrapped("gwx then replays the backend response AWS logged through its own pipeline and compares.", width: width).map { [Span($0, theme.muted)] }
            lines += [[], hints]
            let inner = Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: width, theme: theme)
            if inputRow < inner.height {
                input.draw(into: &buffer, row: inner.row + inputRow, column: inner.column, width: inner.width,
                           prompt: Span(" path ", theme.accent.on(theme.input.background)), style: theme.input)
            }
        case let .running(_, path):
            let lines: [[Span]] = [[Span("\(Spinner.frame(state.tick)) API Gateway is running \(method.httpMethod) \(path)…")], [], hints]
            Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: min(max(0, screen.width - 6), 76), theme: theme)
        case let .failed(message, _):
            let width = min(max(0, screen.width - 6), 76)
            let lines = Explorer.wrapped("TestInvokeMethod failed: " + message, width: width).map { [Span($0, theme.accent)] } + [[], hints]
            Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: width, theme: theme)
        case .done:
            let box = screen
            Box.draw(into: &buffer, rect: box, title: title, theme: theme)
            let inner = Rect(row: box.row + 1, column: box.column + 2, height: max(0, box.height - 3), width: max(0, box.width - 4))
            let lines = reportLines(width: inner.width, theme)
            let start = max(0, min(firstLine, lines.count - inner.height))
            for row in 0..<inner.height where start + row < lines.count {
                buffer.write(lines[start + row], row: inner.row + row, column: inner.column, limit: inner.right)
            }
            buffer.write(hints, row: box.bottom - 2, column: inner.column, limit: inner.right)
        }
    }

    /// The report with the verdict first, then AWS's answer, the backend response and gwx's.
    func reportLines(width: Int, _ theme: Theme) -> [[Span]] {
        guard let comparison else { return [] }
        let report = comparison.textReport()
        let parts = report.components(separatedBy: "Result\n")
        let result = parts.count > 1 ? parts[1] : ""
        let body = parts[0]
        var lines: [[Span]] = []
        for line in result.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            let text = String(line)
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("✓") { lines.append([Span(text, Self.agree)]) } else if trimmed.hasPrefix("✗") || trimmed.hasPrefix("?") { lines.append([Span(text, Self.differ)]) } else if trimmed.hasPrefix("step:") { lines.append([Span(text, theme.muted)]) } else if !text.hasPrefix(" ") { lines.append([Span(text, theme.title)]) } else { lines.append([Span(text)]) }
        }
        lines.append([])
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            lines.append([Span(text, text.hasPrefix(" ") || text.isEmpty ? theme.text : theme.title)])
        }
        return lines
    }

    /// The verdict's colours: green when gwx agrees, red when it does not (or cannot tell).
    static let agree = Style(foreground: .indexed(71), bold: true)
    static let differ = Style(foreground: .indexed(167), bold: true)
}
