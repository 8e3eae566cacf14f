import GatewayClient
import GatewayModel
import Mapping
import TerminalUI
import Text

/// `t`: the request to send (path and query string, headers, stage variables, body) under the
/// notice that AWS calls the real backend, the spinner while `TestInvokeMethod` runs, then
/// AWS's answer beside gwx's replay and the differences, with "use this backend response as
/// the preview sample". The request is remembered per method for the session.
struct TestInvokePanel: Component {
    /// Where the panel is.
    enum Phase: Sendable {
        /// The request is given (prefilled with the last one run on this method, or the resource's path).
        case asking(TestRequestForm)
        /// `TestInvokeMethod` is running (Esc stops waiting).
        case running(request: Int, TestInvokeRequest)
        /// AWS answered; the comparison is shown.
        case done(TestInvokeComparison, TestInvokeRequest, TestInvokeReport)
        /// The call failed: AWS's message.
        case failed(String, TestInvokeRequest)
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
        if case let .done(comparison, _, _) = phase { return comparison }
        return nil
    }

    /// The key of this method's remembered request and sample.
    var sampleKey: TestSampleKey { TestSampleKey(api: api, resourceId: method.resourceId, httpMethod: method.httpMethod) }

    /// The request of the last run (what `r` starts from).
    var lastRequest: TestInvokeRequest? {
        switch phase {
        case .asking: return nil
        case let .running(_, request), let .done(_, request, _), let .failed(_, request): return request
        }
    }

    // MARK: - Keys

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        switch phase {
        case let .asking(form):
            if form.searching { return [KeyBinding([], "type", .type, "the search's keys (Esc closes it)")] }
            var rows: [KeyBinding] = []
            if form.focus == .path {
                rows.append(KeyBinding([.enter, .control("r")], "Enter/Ctrl-R", .confirm, "run the request on API Gateway", short: "run on AWS"))
            } else {
                rows.append(KeyBinding([.control("r")], "Ctrl-R", .confirm, "run the request on API Gateway (Enter is a new line here)", short: "run on AWS"))
            }
            rows += [
                KeyBinding([.escape], "Esc", .close, "close without testing (the request is kept for the next test)", short: "cancel"),
                KeyBinding([.tab], "Tab/S-Tab", .nextField, "next field: path, headers, stage variables, body", short: "field"),
                KeyBinding([.backTab], "S-Tab", .previousField, "previous field"),
            ]
            // `?` is text here: the keys are on F1.
            rows.append(KeyBinding([.function(1)], "F1", .open(Opener(HelpModal.self) { _ in HelpModal() }), "these keys", short: "keys"))
            // Ctrl-C copies in an editor (its own row); on the path it quits, as everywhere.
            if form.focus == .path { rows.append(Keymap.forceQuit) }
            rows.append(KeyBinding([], "type", .type, form.focus == .path ? "the path and query string" : Self.editorKeysHelp))
            return rows
        case .running:
            return [KeyBinding([.escape], "Esc", .close, "stop waiting for AWS", short: "cancel"), Keymap.forceQuit]
        case let .done(comparison, _, _):
            // Esc first: the hint line leads with the way out (narrow terminals cut its end).
            var rows = [KeyBinding([.escape, .character("q")], "Esc", .close, "close the panel", short: "close")]
            if comparison.backend != nil {
                rows.append(KeyBinding([.character("u")], "u", .useAsSample, "use this backend response as the preview sample", short: "use as sample"))
            }
            rows.append(KeyBinding([.character("r")], "r", .confirm, "test again (the same request, to change first)", short: "again"))
            return rows + Self.scrolling + [Keymap.forceQuit]
        case .failed:
            return [
                KeyBinding([.character("r")], "r", .confirm, "test again (the same request, to change first)", short: "again"),
                KeyBinding([.escape, .character("q")], "Esc", .close, "close the panel", short: "close"),
                Keymap.forceQuit,
            ]
        }
    }

    /// The editors' keys in a word each, from the template editor's table.
    static let editorKeysHelp = "the template editor's keys: " + TextEditorState.bindings.compactMap { row in row.short.map { "\(row.keys) \($0)" } }.joined(separator: ", ")

    /// The report's scrolling rows (a long AWS body is thousands of lines).
    static let scrolling: [KeyBinding] = [
        KeyBinding([.down, .character("j")], "j/k", .down, "scroll down a line", short: "scroll"),
        KeyBinding([.up, .character("k")], "k/↑", .up, "scroll up a line"),
        KeyBinding([.pageDown, .character(" "), .control("f")], "PgDn", .pageDown, "a page down"),
        KeyBinding([.pageUp, .control("b")], "PgUp", .pageUp, "a page up"),
        KeyBinding([.character("g"), .home], "g", .top, "the top (the verdict)"),
        KeyBinding([.character("G"), .end], "G", .bottom, "the end (the request sent)"),
        KeyBinding([.character("?")], "?", .open(Opener(HelpModal.self) { _ in HelpModal() }), "these keys", short: "keys"),
    ]

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var panel = self
        switch (phase, action) {
        case (var .asking(form), .type):
            var clipboard = state.clipboard
            let outcome = form.type(key, viewport: panel.requestLayout(state, form).viewport(form.focus, form), clipboard: &clipboard)
            state.clipboard = clipboard
            panel.phase = .asking(form)
            state.put(panel)
            if case let .copy(text) = outcome { return [.copy(text)] }
            return []
        case (var .asking(form), .nextField), (var .asking(form), .previousField):
            form.move(by: action == .nextField ? 1 : -1)
            panel.phase = .asking(form)
        case (var .asking(form), .confirm):
            switch form.request() {
            case let .failure(problem):
                form.focus = problem.field
                form.problem = problem.message
                panel.phase = .asking(form)
            case let .success(request):
                state.testRequests[sampleKey] = request
                let id = state.takeRequestID()
                panel.phase = .running(request: id, request)
                panel.firstLine = 0
                state.put(panel)
                return [.testInvoke(api, method, request, request: id)]
            }
        case let (.asking(form), .close):
            // What was typed is kept for the next `t` on the method (when it is a request).
            if case let .success(request) = form.request() { state.testRequests[sampleKey] = request }
            state.pop()
            return []
        case (.done, .close), (.failed, .close):
            state.pop()
            return []
        case let (.running(request, _), .close):
            state.pop()
            state.banner = Banner(kind: .info, text: "Stopped waiting for the test of \(method.httpMethod) \(resourcePath); API Gateway may still call the backend")
            return [.cancel(request: request)]
        case let (.done(_, request, _), .confirm), let (.failed(_, request), .confirm):
            panel.phase = .asking(TestRequestForm(request))
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
        guard case var .asking(form) = phase else { return [] }
        var panel = self
        form.paste(text, viewport: requestLayout(state, form).viewport(form.focus, form))
        panel.phase = .asking(form)
        state.put(panel)
        return []
    }

    /// A burst of typed text goes into a body, header or stage-variable editor as it is.
    func takesTextBlocks(_ state: ExplorerState) -> Bool {
        guard case let .asking(form) = phase else { return false }
        return form.editorHasKeys
    }

    /// Tab moves between the request's fields, also inside text typed faster than read.
    var tabInBurstIsKey: Bool { true }

    private mutating func scroll(_ action: Action, _ state: ExplorerState) {
        let area = reportArea(Layout(state).body)
        let count = reportLines(width: Self.reportWidth(area)).count
        firstLine = action.scrolled(from: firstLine, lineCount: count, height: area.height) ?? max(0, min(firstLine, count - area.height))
    }

    // MARK: - Drawing

    var helpTitle: String { "Test on AWS" }

    /// The request form and the report take the whole body (the browse screen is not drawn under them).
    var coversScreens: Bool {
        if case .asking = phase { return true }
        return comparison != nil
    }

    /// The panel's inside: the box less its border and a column of margin on each side.
    static func inner(_ box: Rect) -> Rect {
        Rect(row: box.row + 1, column: box.column + 2, height: max(0, box.height - 2), width: max(0, box.width - 4))
    }

    /// The request form's layout in the body as the state has it.
    func requestLayout(_ state: ExplorerState, _ form: TestRequestForm) -> TestRequestLayout {
        TestRequestLayout(inner: Self.inner(Layout(state).body), notice: notice(form), focus: form.focus, hasProblem: form.problem != nil)
    }

    /// The notice above the form: it runs on AWS and calls the real backend.
    func notice(_ form: TestRequestForm) -> String {
        TestInvokeNotice.text(method: method.httpMethod, path: TestRequestForm.clipped(form.path.text, to: 60)) + ". gwx then replays the backend response AWS logged through its own pipeline and compares."
    }

    /// Where the report goes: the inside less the hint row.
    func reportArea(_ box: Rect) -> Rect {
        let inner = Self.inner(box)
        return Rect(row: inner.row, column: inner.column, height: max(0, inner.height - 1), width: inner.width)
    }

    /// The report's width: the area less the scroll bar's column.
    static func reportWidth(_ area: Rect) -> Int { max(1, area.width - 1) }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let screen = layout.body
        let title = "Test \(method.httpMethod) \(resourcePath) on AWS (TestInvokeMethod)"
        let hints = keys(state).hintLine(state, theme)
        switch phase {
        case let .asking(form):
            Box.draw(into: &buffer, rect: screen, title: title, theme: theme)
            form.draw(into: &buffer, layout: requestLayout(state, form), hints: hints, theme: theme, right: Self.inner(screen).right)
        case let .running(_, request):
            let lines: [[Span]] = [[Span("\(Spinner.frame(state.tick)) API Gateway is running \(method.httpMethod) \(request.pathWithQueryString ?? "/")…")], [], hints]
            Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: min(max(0, screen.width - 6), 76), theme: theme)
        case let .failed(message, _):
            let width = min(max(0, screen.width - 6), 76)
            let lines = Explorer.wrapped("TestInvokeMethod failed: " + message, width: width).map { [Span($0, theme.accent)] } + [[], hints]
            Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: width, theme: theme)
        case .done:
            Box.draw(into: &buffer, rect: screen, title: title, theme: theme)
            let area = reportArea(screen)
            guard area.height > 0 else { return }
            let lines = reportLines(width: Self.reportWidth(area))
            let start = max(0, min(firstLine, lines.count - area.height))
            for row in 0..<area.height where start + row < lines.count {
                let line = lines[start + row]
                buffer.write(line.text, row: area.row + row, column: area.column, style: TestInvokeReport.style(line.kind, theme), limit: area.right - 1)
            }
            if lines.count > area.height {
                ScrollBar.draw(into: &buffer, column: area.right - 1, top: area.row, height: area.height, offset: start, count: lines.count, theme: theme)
            }
            // Where the page is: in words when the hints leave room, else as `1–18/43`.
            let shown = "\(start + 1)–\(min(lines.count, start + area.height))"
            let hintWidth = DisplayWidth.of(hints.map(\.text).joined())
            let long = "lines \(shown) of \(lines.count)", short = "\(shown)/\(lines.count)"
            let position = lines.count <= area.height ? "" : (hintWidth + DisplayWidth.of(long) + 2 <= area.width ? long : short)
            let positionWidth = DisplayWidth.of(position)
            let hintLimit = positionWidth > 0 && area.width > positionWidth + 20 ? area.right - positionWidth - 2 : area.right
            buffer.write(hints, row: area.bottom, column: area.column, limit: hintLimit)
            if hintLimit < area.right { buffer.write(position, row: area.bottom, column: area.right - positionWidth, style: theme.muted, limit: area.right) }
        }
    }

    /// The report wrapped to `width` (empty before AWS answered).
    func reportLines(width: Int) -> [TestInvokeReport.Line] {
        guard case let .done(_, _, report) = phase else { return [] }
        return report.wrapped(width: width)
    }
}
