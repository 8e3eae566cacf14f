import Foundation
import GatewayModel
import TerminalUI
import Text

/// The `d` flow as a modal: load the stages, choose one (or name a new one), confirm, deploy.
/// Its keys depend on the phase; each phase's hint line is drawn from its rows.
struct DeployModal: Component {
    var flow: DeployFlow

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        switch flow.phase {
        case .loadingStages:
            return [KeyBinding([.escape], "Esc", .close, "stop loading the stages", short: "cancels"), Keymap.forceQuit]
        case .choosing:
            var movement = Keymap.movement
            // The chooser's hint says "j/k move" once for both directions.
            movement[1].label = "j/k"
            movement[1].short = "move"
            return [movement[1]] + [
                KeyBinding([.enter, .character("l"), .right], "Enter", .confirm, "deploy to the stage under the cursor", short: "choose"),
                KeyBinding([.character("n")], "n", .newStage, "deploy to a new stage", short: "new stage"),
                KeyBinding([.escape, .character("q"), .character("h"), .left], "Esc", .close, "close without deploying", short: "cancel"),
                Keymap.forceQuit,
            ] + movement.enumerated().filter { $0.offset != 1 }.map(\.element)
        case .naming:
            return [
                KeyBinding([.enter], "Enter", .confirm, "use the name typed", short: "continue"),
                KeyBinding([.escape], "Esc", .cancel, "back to the stages", short: "back to the stages"),
                Keymap.forceQuit,
                KeyBinding([], "type", .type, "the stage name"),
            ]
        case .confirming:
            return [
                KeyBinding([.character("y"), .enter], "y/Enter", .confirm, "deploy", short: "deploy"),
                KeyBinding([.character("n"), .escape, .character("h"), .left], "n/Esc", .cancel, "back", short: "back"),
                Keymap.forceQuit,
            ]
        case .deploying:
            return [KeyBinding([.escape], "Esc", .close, "stop waiting (API Gateway may still deploy)", short: "stops waiting"), Keymap.forceQuit]
        }
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var flow = flow
        switch (flow.phase, action) {
        case let (.loadingStages(request), .close):
            state.pop()
            state.banner = Banner(kind: .info, text: "Cancelled loading the stages of \(flow.apiName)")
            return [.cancel(request: request)]
        case (.choosing, .close):
            state.pop()
            return []
        case (.choosing, .newStage):
            flow.phase = .naming(TextInput())
            flow.problem = nil
        case (.choosing, .confirm):
            if flow.isOnNewStage {
                flow.phase = .naming(TextInput())
                flow.problem = nil
            } else {
                flow.phase = .confirming(stageName: flow.stages[flow.list.cursor].stageName)
            }
        case (.choosing, _):
            flow.list.perform(action, count: flow.rowCount, height: DeployFlow.listHeight)
        case let (.naming(input), .confirm):
            let name = input.text.trimmingCharacters(in: .whitespaces)
            if let problem = Stage.nameProblem(name) {
                flow.problem = problem
            } else {
                flow.phase = .confirming(stageName: name)
                flow.problem = nil
            }
        case (.naming, .cancel):
            flow.phase = .choosing
            flow.problem = nil
        case (var .naming(input), .type):
            guard input.handle(key) else { return [] }
            flow.phase = .naming(input)
            // Checked as typed, but an empty field is not an error until Enter.
            flow.problem = input.text.isEmpty ? nil : Stage.nameProblem(input.text)
        case let (.confirming(stageName), .confirm):
            let request = state.takeRequestID()
            flow.phase = .deploying(request: request, stageName: stageName)
            state.put(DeployModal(flow: flow))
            return [.createDeployment(flow.api, stageName: stageName, description: flow.deploymentDescription, request: request)]
        case let (.confirming(stageName), .cancel):
            flow.phase = flow.stage(named: stageName) == nil ? .naming(TextInput(stageName)) : .choosing
        case let (.deploying(request, stageName), .close):
            // The request is on its way; its answer closes the flow, or Esc stops waiting.
            // API Gateway may already have the request, so the banner does not claim it was undone.
            state.pop()
            state.banner = Banner(kind: .info, text: "Stopped waiting for the deployment of \(flow.apiName) to \(stageName); "
                                  + "API Gateway may still create it: press \(Keymap.deployBinding.label) to see what \(stageName) serves")
            return [.cancel(request: request)]
        default:
            return []
        }
        state.put(DeployModal(flow: flow))
        return []
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        guard case var .naming(input) = flow.phase else { return [] }
        var flow = flow
        input.paste(text)
        flow.phase = .naming(input)
        flow.problem = input.text.isEmpty ? nil : Stage.nameProblem(input.text)
        state.put(DeployModal(flow: flow))
        return []
    }

    var helpTitle: String { "Deploy" }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let screen = layout.body
        let title = "Deploy \(flow.apiName) (\(flow.restApiId))"
        let width = min(max(0, screen.width - 6), 72)
        let hints = keys(state).hintLine(state, theme)
        var inputRow: Int?
        var lines: [[Span]]
        switch flow.phase {
        case .loadingStages:
            lines = [[Span("\(Spinner.frame(state.tick)) Loading the stages of \(flow.apiName)…")], [], hints]
        case .choosing:
            lines = stageRows(width: width, theme)
            lines += [[], hints]
        case .naming:
            lines = [[Span("Name of the new stage (the deployment creates it):")], []]
            inputRow = lines.count
            lines.append([])
            if let problem = flow.problem {
                lines.append([Span("✗ " + problem, theme.accent)])
            } else {
                lines.append([Span("letters, digits, - and _ (at most \(Stage.maxNameLength))", theme.muted)])
            }
            lines += [[], hints]
        case let .confirming(stageName):
            lines = confirmLines(stageName: stageName, width: width, theme) + [[], hints]
        case let .deploying(_, stageName):
            lines = [[Span("\(Spinner.frame(state.tick)) Deploying \(flow.apiName) to \(stageName)…")], [], [Span("waiting for API Gateway   ", theme.muted)] + hints]
        }
        let inner = Modal.draw(into: &buffer, screen: screen, title: title, lines: lines, width: width, theme: theme)
        if let inputRow, case let .naming(input) = flow.phase, inputRow < inner.height {
            input.draw(into: &buffer, row: inner.row + inputRow, column: inner.column, width: inner.width,
                       prompt: Span(" stage ", theme.accent.on(theme.input.background)), style: theme.input)
        }
    }

    /// The chooser: a column header, one row per stage, then "new stage…".
    private func stageRows(width: Int, _ theme: Theme) -> [[Span]] {
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
    private func confirmLines(stageName: String, width: Int, _ theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[Span("Deploy \(flow.apiName) to \(stageName)?", theme.title)], []]
        var text: [String]
        if let stage = flow.stage(named: stageName) {
            text = ["\(stageName) serves deployment \(stage.deploymentId ?? "(none)") (updated \(DeployFlow.shortDate(stage.lastUpdatedDate))).",
                    "A new deployment snapshots \(flow.apiName) as API Gateway has it now; \(stageName) serves it from then on."]
        } else {
            text = ["Creates the stage \(stageName), serving a new deployment: a snapshot of \(flow.apiName) as API Gateway has it now."]
        }
        for paragraph in text {
            lines += Explorer.wrapped(paragraph, width: width).map { [Span($0)] }
        }
        lines.append([])
        if flow.changes.isEmpty {
            lines.append([Span("No saves from gwx in this session since the last deployment.", theme.muted)])
        } else {
            lines += Explorer.wrapped("Saved in this session: " + flow.changes.joined(separator: ", "), width: width, indent: "  ").map { [Span($0, theme.muted)] }
        }
        return lines
    }
}
