import GatewayModel
import TerminalUI
import Text

extension Explorer {
    /// The deploy flow's modal, over whatever screen is shown.
    static func drawDeploy(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ screen: Rect, _ theme: Theme) {
        guard let flow = state.deploy else { return }
        let title = "Deploy \(flow.apiName) (\(flow.restApiId))"
        let width = min(max(0, screen.width - 6), 72)
        var inputRow: Int?
        var lines: [[Span]]
        switch flow.phase {
        case .loadingStages:
            lines = [[Span("\(Spinner.frame(state.tick)) Loading the stages of \(flow.apiName)…")], [], [Span("Esc cancels", theme.muted)]]
        case .choosing:
            lines = stageRows(flow, width: width, theme)
            lines += [[], [Span("j/k move   Enter choose   n new stage   Esc cancel", theme.muted)]]
        case .naming:
            lines = [[Span("Name of the new stage (the deployment creates it):")], []]
            inputRow = lines.count
            lines.append([])
            if let problem = flow.problem {
                lines.append([Span("✗ " + problem, theme.accent)])
            } else {
                lines.append([Span("letters, digits, - and _ (at most \(Stage.maxNameLength))", theme.muted)])
            }
            lines += [[], [Span("Enter continue   Esc back to the stages", theme.muted)]]
        case let .confirming(stageName):
            lines = confirmLines(flow, stageName: stageName, width: width, theme)
        case let .deploying(_, stageName):
            lines = [[Span("\(Spinner.frame(state.tick)) Deploying \(flow.apiName) to \(stageName)…")], [], [Span("waiting for API Gateway   Esc stops waiting", theme.muted)]]
        }
        let inner = Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: width, theme: theme)
        if let inputRow, case let .naming(input) = flow.phase, inputRow < inner.height {
            input.draw(into: &buffer, row: inner.row + inputRow, column: inner.column, width: inner.width,
                       prompt: Span(" stage ", theme.accent.on(theme.input.background)), style: theme.input)
        }
    }

    /// The chooser: a column header, one row per stage, then "new stage…".
    private static func stageRows(_ flow: DeployFlow, width: Int, _ theme: Theme) -> [[Span]] {
        let nameWidth = min(24, max(5, flow.stages.map { DisplayWidth.of($0.stageName) }.max() ?? 0))
        let idWidth = min(12, max(10, flow.stages.map { DisplayWidth.of($0.deploymentId ?? "") }.max() ?? 0))
        func row(_ cells: [String]) -> String {
            "  " + DisplayWidth.pad(DisplayWidth.truncate(cells[0], to: nameWidth), to: nameWidth) + "  "
                + DisplayWidth.pad(DisplayWidth.truncate(cells[1], to: idWidth), to: idWidth) + "  "
                + DisplayWidth.pad(cells[2], to: 16) + "  " + cells[3]
        }
        var lines: [[Span]] = [[Span("Choose the stage to deploy to:")], []]
        lines.append([Span(DisplayWidth.truncate(row(["STAGE", "DEPLOYMENT", "UPDATED", "DESCRIPTION"]), to: width), theme.columnHeader)])
        if flow.stages.isEmpty {
            lines.append([Span("  (no stages yet)", theme.muted)])
        }
        let texts = flow.stages.map { row([$0.stageName, $0.deploymentId ?? "—", DeployFlow.shortDate($0.lastUpdatedDate), $0.description ?? ""]) }
            + ["  + new stage…"]
        for index in flow.list.visibleRange(count: flow.rowCount, height: DeployFlow.listHeight) {
            let selected = index == flow.list.cursor
            var text = texts[index]
            if selected { text = "›" + text.dropFirst() }
            let style = selected ? theme.selection : (index == flow.stages.count ? theme.accent : theme.text)
            lines.append([Span(DisplayWidth.pad(DisplayWidth.truncate(text, to: width), to: width), style)])
        }
        return lines
    }

    /// "Deploy MyDemoAPI to prod?" with what the stage serves now and what was saved.
    private static func confirmLines(_ flow: DeployFlow, stageName: String, width: Int, _ theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[Span("Deploy \(flow.apiName) to \(stageName)?", theme.title)], []]
        var text: [String]
        if let stage = flow.stage(named: stageName) {
            text = ["\(stageName) serves deployment \(stage.deploymentId ?? "(none)") (updated \(DeployFlow.shortDate(stage.lastUpdatedDate))).",
                    "A new deployment snapshots \(flow.apiName) as API Gateway has it now; \(stageName) serves it from then on."]
        } else {
            text = ["Creates the stage \(stageName), serving a new deployment: a snapshot of \(flow.apiName) as API Gateway has it now."]
        }
        for paragraph in text {
            lines += wrapped(paragraph, width: width).map { [Span($0)] }
        }
        lines.append([])
        if flow.changes.isEmpty {
            lines.append([Span("No saves from gwx in this session since the last deployment.", theme.muted)])
        } else {
            lines += wrapped("Saved in this session: " + flow.changes.joined(separator: ", "), width: width, indent: "  ").map { [Span($0, theme.muted)] }
        }
        lines += [[], [Span("y/Enter deploy   n/Esc back", theme.muted)]]
        return lines
    }
}
