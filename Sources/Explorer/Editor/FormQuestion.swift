import GatewayModel
import TerminalUI

/// A question the form asks, over the form or the template editor: the save's diff, a new
/// content type, removing a template, discarding the draft. It has the keys until answered;
/// what it changes is the form's (`FormScreen`) beneath it.
struct FormQuestion: Component {
    /// Which question.
    enum Kind: Hashable, Sendable {
        /// The diff of a save, waiting for `y`.
        case confirmSave(SavePlan, firstLine: Int)
        /// A new content type being typed.
        case addContentType(TextInput)
        /// Remove the current template tab?
        case confirmRemoveTemplate
        /// Throw the draft away?
        case confirmDiscard
    }

    var kind: Kind

    /// The rows of a question: its hint line and footer are drawn from them.
    static func rows(for kind: Kind) -> [KeyBinding] {
        switch kind {
        case .confirmSave:
            return [
                KeyBinding([.character("y"), .enter, .control("s")], "y/Enter", .confirm, "send it", short: "save"),
                KeyBinding([.down, .character("j")], "j/k", .down, "scroll the diff", short: "scroll"),
                KeyBinding([.up, .character("k")], "k", .up, "scroll up"),
                KeyBinding([.pageDown, .character(" ")], "Space", .pageDown, "page down"),
                KeyBinding([.pageUp], "PgUp", .pageUp, "page up"),
                KeyBinding([.escape], "Esc", .close, "back to the form", short: "cancel"),
                KeyBinding([], "any other key", .close, "back to the form"),
            ]
        case .addContentType:
            return [
                KeyBinding([.enter], "Enter", .confirm, "add the content type", short: "add"),
                KeyBinding([.escape], "Esc", .close, "cancel", short: "cancel"),
                KeyBinding([], "type", .type, "the content type"),
            ]
        case .confirmRemoveTemplate, .confirmDiscard:
            return [
                KeyBinding([.character("y")], "y", .confirm, "yes", short: kind == .confirmDiscard ? "discard" : "remove"),
                KeyBinding([], "any other key", .close, "no", short: "keeps it"),
            ]
        }
    }

    func keys(_ state: ExplorerState) -> [KeyBinding] { Self.rows(for: kind) }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        guard var form = state.layer(FormScreen.self)?.form else {
            state.pop()
            return []
        }
        // Every key clears the form's last message, as a key in the form does.
        form.message = nil
        switch kind {
        case let .confirmSave(plan, firstLine):
            switch action {
            case .confirm:
                state.pop()
                state.put(FormScreen(form: form))
                return Explorer.confirmSave(&state)
            case .down: ask(.confirmSave(plan, firstLine: firstLine + 1), &state)
            case .up: ask(.confirmSave(plan, firstLine: max(0, firstLine - 1)), &state)
            case .pageDown: ask(.confirmSave(plan, firstLine: firstLine + 10), &state)
            case .pageUp: ask(.confirmSave(plan, firstLine: max(0, firstLine - 10)), &state)
            default: state.pop()
            }
        case var .addContentType(input):
            switch action {
            case .close: state.pop()
            case .confirm:
                let type = input.text.trimmingWhitespace()
                if let problem = Validation.mediaType(type) {
                    form.message = FormMessage(isError: true, text: problem)
                } else if form.templates.contains(where: { $0.contentType.lowercased() == type.lowercased() }) {
                    form.message = FormMessage(isError: true, text: "There is already a template for \(type)")
                } else {
                    form.templates.append(TemplateTab(contentType: type, editor: TextEditorState(text: "", language: .template(mediaType: type))))
                    form.templateTab = form.templates.count - 1
                    state.pop()
                    state.put(FormScreen(form: form))
                    return Explorer.formCommand(.editTemplate(edited: true), form: form, &state)
                }
            default:
                if input.handle(key) { ask(.addContentType(input), &state) }
            }
        case .confirmRemoveTemplate:
            state.pop()
            if action == .confirm, form.templates.indices.contains(form.templateTab) {
                let removed = form.templates.remove(at: form.templateTab)
                form.templateTab = max(0, min(form.templateTab, form.templates.count - 1))
                form.message = FormMessage(isError: false, text: "Removed the \(removed.contentType) template")
                state.put(FormScreen(form: form))
                return Explorer.formEdited(&state)
            }
        case .confirmDiscard:
            state.pop()
            if action == .confirm {
                state.put(FormScreen(form: form))
                return Explorer.formCommand(.discard, form: form, &state)
            }
        }
        state.put(FormScreen(form: form))
        return []
    }

    /// Asks `kind` in place of this question.
    private func ask(_ kind: Kind, _ state: inout ExplorerState) {
        state.put(FormQuestion(kind: kind))
    }

    /// A paste types into the content type; the other questions take none.
    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        state.modify(FormScreen.self) { $0.form.message = nil }
        if case var .addContentType(input) = kind {
            input.paste(text)
            ask(.addContentType(input), &state)
        }
        return []
    }

    /// Draws the question over the form's body, and its footer.
    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let form = state.layer(FormScreen.self)?.form else { return }
        let screen = state.formLayout(form, issues: form.issues).body
        let rows = keys(state)
        let hint = [Span(FormKeymap.hint(rows, separator: "   "), theme.muted)]
        switch kind {
        case let .confirmSave(plan, firstLine):
            let lines: [[Span]] = plan.lines.map { line in
                let style: Style
                if line.hasPrefix("+++") || line.hasPrefix("---") { style = theme.text.bolded } else if line.hasPrefix("+") { style = theme.syntax.string } else if line.hasPrefix("-") { style = theme.syntax.keyword } else if line.hasPrefix("@@") { style = theme.accent } else { style = theme.text }
                return [Span(line, style)]
            } + [[], hint]
            Modal.draw(into: &buffer, screen: screen, title: "Save these changes?", lines: lines, firstLine: firstLine, width: min(screen.width - 4, max(50, lines.map(\.width).max() ?? 0)), theme: theme)
        case let .addContentType(input):
            let inner = Modal.draw(into: &buffer, screen: screen, title: "New response template", lines: [[Span("Content type:")], [], [], hint], width: 44, theme: theme)
            Explorer.drawInput(&buffer, input, focused: true, row: inner.row + 1, column: inner.column, width: inner.width, theme)
        case .confirmRemoveTemplate:
            Modal.draw(into: &buffer, screen: screen, title: "Remove template", lines: [[Span("Remove this response template?")], [], hint], theme: theme)
        case .confirmDiscard:
            Modal.draw(into: &buffer, screen: screen, title: "Discard changes", lines: [[Span("Throw away this draft and go back to the saved response?")], [], hint], theme: theme)
        }
        Footer.draw(into: &buffer, row: layout.footer.row, width: layout.footer.width, hints: rows.filter(\.inFooter).map { KeyHint($0.label, $0.short ?? "") }, theme: theme)
    }
}
