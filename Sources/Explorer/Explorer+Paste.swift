import GatewayModel
import TerminalUI

extension Explorer {
    /// A bracketed paste: into the text field that has the keys, as one edit (one undo step,
    /// one draft write, one redraw). Its bytes never act as keys: with no text field to take
    /// it (a list, a question, the help) it is ignored.
    static func handlePaste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        guard state.recovery == nil, !state.confirmQuit else { return [] }
        if var flow = state.deploy {
            guard case var .naming(input) = flow.phase else { return [] }
            input.paste(text)
            flow.phase = .naming(input)
            flow.problem = input.text.isEmpty ? nil : Stage.nameProblem(input.text)
            state.deploy = flow
            return []
        }
        switch state.mode {
        case .help:
            return []
        case var .filter(input):
            input.paste(text)
            state.mode = .filter(input)
            state.screen.filter = input.text
            state.screen.list = ListState()
            state.syncTreeFilter()
            state.clampList()
            return []
        case var .command(command):
            command.input.paste(text)
            command.completions = completions(for: command.input.text, state)
            command.selected = nil
            state.mode = .command(command)
            return []
        case .normal:
            guard var form = state.form else { return [] }
            let layout = state.formLayout(form, issues: form.issues)
            let command = form.paste(text, layout: layout)
            state.form = form
            return formCommand(command, form: form, &state)
        }
    }

    /// Text that arrived in one read (a paste from a terminal without bracketed paste, or keys
    /// typed faster than read): a multi-line editor with the keys takes it as one edit, exactly
    /// as sent (a newline in it is not an Enter typed by a person, so nothing is auto-indented);
    /// anywhere else it is the keys it spells, one by one.
    static func handleBurst(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        if state.recovery == nil, !state.confirmQuit, state.deploy == nil, state.mode == .normal, state.form?.takesTextBlocks == true {
            return handlePaste(text, &state)
        }
        var effects: [Effect] = []
        for key in InputEvent.keys(typing: text) {
            effects += handleKey(key, &state)
            if state.quitting { break }
        }
        return effects
    }
}
