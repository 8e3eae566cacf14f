import TerminalUI

/// The integration-response form as a full screen over the browse screens. Its key table
/// depends on the focused field and what is being edited (`FormKeymap.table`).
struct FormScreen: Component {
    var form: ResponseForm

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        FormKeymap.table(form)
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        Explorer.formKey(key, &state)
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        var form = form
        let layout = state.formLayout(form, issues: form.issues)
        let command = form.paste(text, layout: layout)
        state.put(FormScreen(form: form))
        return Explorer.formCommand(command, form: form, &state)
    }

    func takesTextBlocks(_ state: ExplorerState) -> Bool { form.takesTextBlocks }

    var coversScreens: Bool { true }

    var helpTitle: String { "integration response form" }

    func helpLines(_ state: ExplorerState, theme: Theme) -> [[Span]] { FormKeymap.helpLines(form, theme: theme) }


    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawForm(&buffer, state, form, theme)
        Explorer.drawFormStatus(&buffer, state, form, layout, theme)
        Footer.draw(into: &buffer, row: layout.footer.row, width: layout.footer.width, hints: FormKeymap.footer(form), theme: theme)
    }
}
