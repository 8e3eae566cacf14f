import GatewayModel
import TerminalUI
import Text

/// The REST APIs of every source: the bottom of the stack, always open.
struct APIsScreen: BrowseScreen {
    var list = ListState()
    var filter = ""

    var helpTitle: String { "REST APIs" }
    var place: Place { Place() }
    static let rows: [KeyBinding] = [KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open the API's resources", short: "open")]

    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? {
        guard action == .enter else { return nil }
        guard let entry = state.selectedAPI else { return [] }
        return Explorer.open(entry, &state)
    }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) {
        (main.splitTop(1).1, nil)
    }

    func listCount(_ state: ExplorerState) -> Int { state.visibleAPIs(filter: filter).count }

    func importID(_ state: ExplorerState) -> String? { state.selectedAPI?.api.id }

    func breadcrumb(_ state: ExplorerState) -> [String] { [] }

    func isValid(_ state: ExplorerState) -> Bool { true }

    func summary(_ state: ExplorerState) -> String { Explorer.plural(state.apis.count, "REST API") }

    /// A lone message about no APIs takes the whole width.
    func showsDetail(_ state: ExplorerState) -> Bool { !state.apis.isEmpty }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawAPIs(&buffer, state, layout, theme)
    }
}

extension Explorer {
    static func drawAPIs(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let main = layout.main
        if state.apis.isEmpty {
            drawNoAPIs(&buffer, state, layout.body, theme)
            return
        }
        let visible = state.visibleAPIs(filter: state.screen.filter)
        let multiSource = state.sourceLabels.count > 1
        var columns = [TableColumn("NAME", maxWidth: 32), TableColumn("ID", maxWidth: 24)]
        let full = main.width >= 90
        let medium = main.width >= 60
        if full { columns.append(TableColumn("DESCRIPTION", maxWidth: 40)) }
        if medium { columns += [TableColumn("ENDPOINT", maxWidth: 10), TableColumn("CREATED", maxWidth: 10)] }
        if multiSource && medium { columns.append(TableColumn("SOURCE", maxWidth: 24)) }
        let rows: [[Span]] = visible.map { index in
            let entry = state.apis[index]
            let marker = state.hasDraft(api: entry.key) ? "● " : ""
            var row = [Span(marker + entry.api.name, theme.text.bolded), Span(entry.api.id, theme.muted)]
            if full { row.append(Span(entry.api.description ?? "—", entry.api.description == nil ? theme.muted : theme.text)) }
            if medium {
                row.append(Span(entry.api.endpointTypes.joined(separator: ",").nonEmpty ?? "—", theme.accent))
                row.append(Span(String((entry.api.createdDate ?? "—").prefix(10)), theme.muted))
            }
            if multiSource && medium { row.append(Span(state.sourceLabels[entry.source], theme.muted)) }
            return row
        }
        TableView.draw(into: &buffer, rect: main, columns: columns, rows: rows, state: state.screen.list, theme: theme)
        if visible.isEmpty {
            buffer.write("  No REST API matches \"\(state.screen.filter)\"", row: main.row + 2, column: main.column, style: theme.muted, limit: main.right)
        }
        if let detail = layout.detail, let entry = state.selectedAPI {
            drawAPIDetail(&buffer, entry, state, detail, theme)
        }
    }

    private static func drawAPIDetail(_ buffer: inout ScreenBuffer, _ entry: APIEntry, _ state: ExplorerState, _ rect: Rect, _ theme: Theme) {
        let api = entry.api
        var fields: [(String, [Span])] = [
            ("Name", [Span(api.name, theme.text.bolded)]),
            ("ID", [Span(api.id)]),
            ("Description", [Span(api.description ?? "—")]),
            ("Endpoint", [Span(api.endpointTypes.joined(separator: ", ").nonEmpty ?? "—", theme.accent)]),
            ("Created", [Span(api.createdDate ?? "—")]),
            ("Version", [Span(api.version ?? "—")]),
            ("Source", [Span(state.sourceLabels[entry.source], theme.muted)]),
        ]
        if let definition = state.loaded[entry.key]?.definition {
            let methods = definition.resources.reduce(0) { $0 + $1.methods.count }
            fields.append(("Loaded", [Span("\(plural(definition.resources.count, "resource")), \(plural(methods, "method")), \(plural(definition.allIntegrationResponses.count, "integration response"))")]))
        }
        var lines = [heading(api.name, theme), []]
        lines += fieldLines(fields, labelWidth: 12, theme: theme)
        lines += [[], [Span(" \(Keymap.key(.enter)) opens its resources · \(Keymap.key(.copy)) copies its ID", theme.muted)]]
        writeLines(lines, into: &buffer, rect: rect)
    }

    private static func drawNoAPIs(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ rect: Rect, _ theme: Theme) {
        var lines: [[Span]] = []
        let loading = state.sources.indices.filter { if case .loading = state.sources[$0] { return true } else { return false } }
        let failures: [(Int, LoadFailure)] = state.sources.indices.compactMap { index in
            if case let .failed(failure) = state.sources[index] { return (index, failure) } else { return nil }
        }
        if !loading.isEmpty {
            lines.append([])
            for index in loading {
                lines.append([Span("  \(Spinner.frame(state.tick)) ", theme.accent), Span(state.listingMessages.indices.contains(index) ? state.listingMessages[index] : "Listing REST APIs from \(state.sourceLabels[index])…")])
            }
            lines.append([])
            lines.append([Span("  \(Keymap.key(.dismiss)) cancels", theme.muted)])
        } else if !failures.isEmpty {
            for (index, failure) in failures {
                lines += failureLines(failure, label: state.sourceLabels[index], width: rect.width, theme: theme)
            }
        } else {
            lines += [[], [Span("  No REST APIs in \(state.label).", theme.text.bolded)], [],
                      [Span("  Press \(Keymap.key(.reload)) to look again, or run "), Span("gwx demo", theme.accent), Span(" to explore an example API.")]]
        }
        writeLines(lines, into: &buffer, rect: rect)
    }

    /// Why listing failed and how to fix it, with `gwx demo` as the way to try without AWS.
    static func failureLines(_ failure: LoadFailure, label: String, width: Int, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[], [Span("  Could not list the REST APIs of \(label)", theme.errorBanner.bolded)], []]
        for paragraph in failure.message.split(separator: "\n", omittingEmptySubsequences: false) {
            // A line that fits is kept as it is: a parse error's source line and caret line up.
            let text = String(paragraph)
            lines += (DisplayWidth.of(text) <= width - 4 ? [text] : wrapped(text, width: width - 4)).map { [Span("  " + $0)] }
        }
        if let requestID = failure.requestID { lines.append([Span("  Request ID: \(requestID)", theme.muted)]) }
        lines.append([])
        lines.append([Span("  How to fix it", theme.title)])
        let hints: [String]
        switch failure.kind {
        case .credentials:
            hints = ["Set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN),",
                     "or run `aws configure` / `aws sso login` to refresh your credentials."]
        case .network:
            hints = ["Check the network connection and any proxy (HTTPS_PROXY),",
                     "and that AWS_REGION or --endpoint-url points at a reachable endpoint."]
        case .region:
            hints = ["Set a region: --region, AWS_REGION, or `region` in ~/.aws/config."]
        case .cancelled:
            hints = []
        case .other where label.hasPrefix("file "):
            hints = ["Fix the file where the message points (gwx reads JSON and YAML as API Gateway's exports write them)."]
        case .other:
            hints = ["Check the message above; --profile, --region and --endpoint-url choose what gwx talks to."]
        }
        lines += hints.flatMap { hint in wrapped("• " + hint, width: width - 4, indent: "  ").map { [Span("  " + $0)] } }
        lines.append([Span("  • Press \(Keymap.key(.reload)) to try again.")])
        lines.append([])
        lines.append([Span("  No AWS account at hand? Run "), Span("gwx demo", theme.accent.bolded), Span(" to explore a bundled example API offline.")])
        return lines
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
