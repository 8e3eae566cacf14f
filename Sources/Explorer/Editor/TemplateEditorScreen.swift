import TerminalUI
import Text

/// The template editor: opened over the form when a template is edited (Enter or `i` on the
/// Templates field, or a content type just added) and closed by Esc. While open it has the
/// keys, paste and bursts. The text it edits is the form's template (`ResponseForm.templates`),
/// so every change is at once in the form's model: the preview, lint marks, draft journal,
/// undo history, dirty mark and save see it exactly as the form does.
struct TemplateEditorScreen: Component {
    /// The template tab it edits.
    var tab: Int

    /// Esc leaves the editor (the sample's editors use the same row).
    static let leave = KeyBinding([.escape], "Esc", .cancel, "leave the editor", short: "leave editor")
    /// Every key without a row of its own goes to the editor.
    static let typing = KeyBinding([], "type", .type, "the editor's keys (below)")

    /// Its key table: Esc first (the footer leads with the way out), the form's control keys,
    /// then the editor's own keys (`TextEditorState.keys`).
    static let rows: [KeyBinding] = [leave] + FormKeymap.control + [typing]

    func keys(_ state: ExplorerState) -> [KeyBinding] { Self.rows }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        guard let form = state.layer(FormScreen.self)?.form, form.templates.indices.contains(tab) else {
            state.pop()
            return []
        }
        // The form's control keys (save, preview, $EDITOR) are the form's to do; a question
        // it asks (the save's diff after Ctrl-S) opens over the editor with the keys.
        if action != .cancel && action != .type { return Explorer.formKey(key, &state) }
        var edited = form
        edited.message = nil
        if action == .cancel {
            state.put(FormScreen(form: edited))
            state.pop()
            return []
        }
        let layout = state.formLayout(form, issues: form.issues)
        let outcome = edited.templates[tab].editor.handle(key, viewport: layout.editorViewport, clipboard: &state.clipboard)
        state.put(FormScreen(form: edited))
        switch outcome {
        case .edited: return Explorer.formEdited(&state)
        case let .copy(text): return [.copy(text)]
        case .moved, .ignored: return []
        }
    }

    /// A paste goes into the template as one edit (one undo step, one draft write).
    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form else { return [] }
        guard form.templates.indices.contains(tab) else { return FormScreen(form: form).paste(text, &state) }
        form.message = nil
        let layout = state.formLayout(form, issues: form.issues)
        let outcome = form.templates[tab].editor.paste(text, viewport: layout.editorViewport)
        state.put(FormScreen(form: form))
        return outcome == .edited ? Explorer.formEdited(&state) : []
    }

    /// A burst of typed text goes in as it is, tabs and all (not while searching).
    func takesTextBlocks(_ state: ExplorerState) -> Bool {
        guard let form = state.layer(FormScreen.self)?.form, form.templates.indices.contains(tab) else { return false }
        return form.templates[tab].editor.search == nil
    }

    var helpTitle: String { "template editor" }

    func helpLines(_ state: ExplorerState, theme: Theme) -> [[Span]] { Self.helpLines(theme: theme, rows: Self.rows) }

    /// `rows` and the editor's keys: its own `?` page, and the form's (which lists the control
    /// keys once, for every field).
    static func helpLines(theme: Theme, rows: [KeyBinding]) -> [[Span]] {
        rows.filter { !$0.isFallback }.map { [Span(DisplayWidth.pad($0.label, to: 16), theme.accent), Span($0.help)] }
            + TextEditorState.bindings.map { [Span(DisplayWidth.pad($0.keys, to: 16), theme.accent), Span($0.help)] }
    }

    /// The footer: its rows with a short label, then the editor's.
    static var footer: [KeyHint] {
        rows.filter(\.inFooter).map { KeyHint($0.label, $0.short ?? "") }
            + TextEditorState.bindings.compactMap { binding in binding.short.map { KeyHint(binding.keys, $0) } }
    }

    /// Draws over the form: the editor with its cursor, the tab bar's hint, the status line
    /// (the editor's message or the mark under the cursor) and the footer.
    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let form = state.layer(FormScreen.self)?.form, form.templates.indices.contains(tab) else { return }
        let issues = form.issues
        let formLayout = state.formLayout(form, issues: issues)
        // On a narrow terminal the preview may replace the form: the keys still edit the template.
        if formLayout.form != nil {
            Explorer.drawTemplateTabs(&buffer, form, issues, formLayout.tabBar, editing: true, theme)
            TextEditorView.draw(into: &buffer, rect: formLayout.editor, state: form.templates[tab].editor, focused: true, theme: theme)
        }
        Explorer.drawFormStatus(&buffer, state, form, layout, editing: true, theme)
        Footer.draw(into: &buffer, row: layout.footer.row, width: layout.footer.width, hints: Self.footer, theme: theme)
    }
}
