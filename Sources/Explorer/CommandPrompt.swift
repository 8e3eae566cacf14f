import TerminalUI
import Text

/// The `:` command line (named so as not to hide Swift's `CommandLine`): what is typed and the completions offered (Tab takes the next).
struct CommandPrompt: Component {
    var input = TextInput()
    var completions: [String] = []
    var selected: Int?

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.enter], "Enter", .confirm, "run the command", short: "run"),
            KeyBinding([.escape], "Esc", .close, "close the command line", short: "close"),
            KeyBinding([.tab, .down], "Tab/↓", .complete, "next completion", short: "complete"),
            KeyBinding([.backTab, .up], "S-Tab/↑", .completePrevious, "previous completion"),
            Keymap.forceQuit,
            KeyBinding([], "type", .type, "the command: " + Explorer.commands.map(\.name).joined(separator: ", ")),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var line = self
        switch action {
        case .confirm:
            state.pop()
            return Explorer.execute(input.text, &state)
        case .close:
            state.pop()
        case .complete, .completePrevious:
            guard !completions.isEmpty else { return [] }
            let step = action == .complete ? 1 : -1
            let count = completions.count
            let next = selected.map { (($0 + step) % count + count) % count } ?? (step > 0 ? 0 : count - 1)
            line.input.set(Explorer.apply(completions[next], to: input.text))
            if count == 1 {
                // A single match is taken as typed: offer what can follow it.
                line.completions = Explorer.completions(for: line.input.text, state)
                line.selected = nil
            } else {
                line.selected = next
            }
            state.put(line)
        default:
            guard line.input.handle(key) else { return [] }
            line.completions = Explorer.completions(for: line.input.text, state)
            line.selected = nil
            state.put(line)
        }
        return []
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        var line = self
        line.input.paste(text)
        line.completions = Explorer.completions(for: line.input.text, state)
        line.selected = nil
        state.put(line)
        return []
    }

    var helpTitle: String { "Command line" }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let shown = Array(completions.prefix(min(8, max(0, layout.body.height - 1))))
        if !shown.isEmpty {
            let width = min(layout.body.width - 2, (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
            let top = layout.status.row - shown.count
            for (offset, completion) in shown.enumerated() {
                let style = offset == selected ? theme.selection : theme.input
                buffer.write(DisplayWidth.pad("  " + completion, to: width), row: top + offset, column: 1, style: style)
            }
        }
        input.draw(into: &buffer, row: layout.status.row, column: 0, width: layout.status.width, prompt: Span(" : ", theme.accent.on(theme.input.background)), style: theme.input)
    }
}
