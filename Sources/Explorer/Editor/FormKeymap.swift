import TerminalUI
import Text

/// The form's key tables: the rows that work everywhere in it, each field's, the parameter
/// being edited's (a question's are `FormQuestion`'s). `ResponseForm.handle` looks keys up here, and the
/// footer and the `?` help are drawn from the same rows.
enum FormKeymap {
    /// Control keys that work in every field, even while typing.
    static let control: [KeyBinding] = [
        KeyBinding([.control("s")], "Ctrl-S", .save, "save: show the diff, then send it (s too, outside text)", short: "save"),
        KeyBinding([.control("p")], "Ctrl-P", .togglePreview, "show or hide the preview (narrow terminals; p outside text)", short: "preview"),
        KeyBinding([.control("e")], "Ctrl-E", .externalEdit, "edit the template in $VISUAL / $EDITOR (E outside text)"),
    ]

    /// Moving between fields and leaving the form (not while an editor has the keys).
    static let fields: [KeyBinding] = [
        KeyBinding([.tab], "Tab/S-Tab", .nextField, "next / previous field", short: "field"),
        KeyBinding([.backTab], "S-Tab", .previousField, "previous field"),
        KeyBinding([.escape], "Esc", .close, "leave the form (the draft is kept)", short: "back"),
    ]

    /// Letters that work outside text.
    static let letters: [KeyBinding] = [
        KeyBinding([.character("s")], "s", .save, "save (outside text)"),
        KeyBinding([.character("E")], "E", .externalEdit, "edit the template in $VISUAL / $EDITOR"),
        KeyBinding([.character("X")], "X", .discard, "discard the draft (outside text)"),
        KeyBinding([.character("p")], "p", .togglePreview, "show or hide the preview"),
        KeyBinding([.character("?")], "?", .help, "help", short: "help"),
    ]

    /// The keys of a field (not editing in it).
    static func rows(for field: FormField, samplePart: SamplePart = .subject) -> [KeyBinding] {
        switch field {
        case .status, .pattern:
            return [
                KeyBinding([.enter, .down], "Enter/↓", .nextField, "next field"),
                KeyBinding([.up], "↑", .previousField, "previous field"),
                KeyBinding([], "type", .type, field == .status ? "status code, 100–599"
                           : "Java regular expression matched against the whole status or Lambda error message; empty = default"),
            ]
        case .contentHandling:
            return [
                KeyBinding([.right, .character("l"), .character(" ")], "→/Space", .nextChoice, "none, CONVERT_TO_TEXT, CONVERT_TO_BINARY", short: "choose"),
                KeyBinding([.left, .character("h")], "←", .previousChoice, "the choice before"),
                KeyBinding([.down, .enter, .character("j")], "↓/Enter", .nextField, "next field"),
                KeyBinding([.up, .character("k")], "↑", .previousField, "previous field"),
            ]
        case .parameters:
            return [
                KeyBinding([.character("a"), .character("n")], "a", .new, "add a header mapping (declared headers first)", short: "add"),
                KeyBinding([.enter, .character("i")], "Enter", .edit, "edit the value; Tab switches key/value", short: "edit"),
                KeyBinding([.character("d"), .delete, .character("x")], "d", .delete, "delete the mapping", short: "delete"),
                KeyBinding([.up, .character("k")], "↑/k", .up, "previous mapping (from the first: previous field)"),
                KeyBinding([.down, .character("j")], "↓/j", .down, "next mapping (from the last: next field)"),
            ]
        case .templates:
            return [
                KeyBinding([.enter, .character("i")], "Enter/i", .edit, "edit the template here", short: "edit"),
                KeyBinding([.character("e")], "e/E", .externalEdit, "edit it in $VISUAL / $EDITOR", short: "$EDITOR"),
                KeyBinding([.right, .character("]"), .character("l")], "→", .nextTab, "next content type", short: "type"),
                KeyBinding([.left, .character("["), .character("h")], "←", .previousTab, "previous content type"),
                KeyBinding((1...9).map { .character(Character(String($0))) }, "1-9", .selectTab(0), "content type by number"),
                KeyBinding([.character("a"), .character("+")], "a", .new, "add a content type", short: "add"),
                KeyBinding([.character("d"), .character("-"), .delete], "d", .delete, "remove this content type", short: "remove"),
                KeyBinding([.character("c")], "c", .clear, "clear: keep the content type with an empty template (the payload is returned unmapped)"),
                KeyBinding([.up, .character("k")], "↑/k", .previousField, "previous field"),
                KeyBinding([.down, .character("j")], "↓/j", .down, "next field (the sample, when the preview shows)"),
            ]
        case .sample:
            var rows = [
                KeyBinding([.up], "↑/↓", .up, "status or error · headers · body", short: "part"),
                KeyBinding([.down], "↓", .down, "the next part"),
                KeyBinding([.enter], "Enter", .edit, "edit headers or body (Esc leaves)", short: "edit"),
                KeyBinding([.control("r")], "Ctrl-R", .nextPreset, "next preset: a sample for each integration response", short: "preset"),
            ]
            if samplePart != .subject {
                rows.append(KeyBinding([.character("i")], "i", .edit, "edit headers or body"))
            } else {
                rows.append(KeyBinding([], "type", .type, "the status code or Lambda error message"))
            }
            return rows
        }
    }

    /// While a sample editor (headers or body) has the keys: the template editor's rows.
    static let editing: [KeyBinding] = [TemplateEditorScreen.leave, TemplateEditorScreen.typing]

    /// While a parameter's key or value is typed.
    static func parameterEdit(editingKey: Bool) -> [KeyBinding] {
        var rows = [
            KeyBinding([.enter], "Enter", .confirm, "next: key, then value, then done", short: "next"),
            KeyBinding([.tab, .backTab], "Tab", .switchKeyValue, "switch key / value", short: "key/value"),
            KeyBinding([.escape], "Esc", .cancel, "cancel (a new row goes away)", short: "cancel"),
        ]
        if editingKey { rows.append(KeyBinding([.control("n")], "Ctrl-N", .nextHeader, "next declared header", short: "next header")) }
        rows.append(KeyBinding([], "type", .type, "the key or value"))
        return rows
    }

    /// The rows the form answers to now, most specific first.
    static func table(_ form: ResponseForm) -> [KeyBinding] {
        if let edit = form.parameterEdit { return parameterEdit(editingKey: !edit.editingValue) }
        // Esc first: the footer leads with the way out.
        if form.focus == .sample, form.editingSample { return [editing[0]] + control + [editing[1]] }
        return rows(for: form.focus, samplePart: form.sample.part) + fields.prefix(2) + control + [fields[2]] + (form.isTyping ? [] : letters)
    }

    /// A hint line from rows with a short label: `a add · Enter edit · d delete`.
    static func hint(_ rows: [KeyBinding], separator: String = " · ") -> String {
        rows.compactMap { row in row.short.map { "\(row.label) \($0)" } }.joined(separator: separator)
    }

    /// The footer for the form's state, from its table.
    static func footer(_ form: ResponseForm) -> [KeyHint] {
        table(form).filter(\.inFooter).map { KeyHint($0.label, $0.short ?? "") }
    }

    /// The `?` help of the form: every table.
    static func helpLines(_ form: ResponseForm, theme: Theme) -> [[Span]] {
        func lines(_ rows: [KeyBinding]) -> [[Span]] {
            rows.map { [Span(DisplayWidth.pad($0.label, to: 16), theme.accent), Span($0.help)] }
        }
        var result: [[Span]] = [[Span("Integration response form", theme.title)]]
        result += lines(fields + control + letters)
        for field in FormField.allCases {
            result.append([])
            result.append([Span(title(field), theme.title)])
            result += lines(rows(for: field).filter { !$0.isFallback || field == .status || field == .pattern })
        }
        result.append([])
        result.append([Span("Response parameter being edited", theme.title)])
        result += lines(parameterEdit(editingKey: true).filter { !$0.isFallback })
        result.append([])
        result.append([Span("Template editor", theme.title)])
        result += TemplateEditorScreen.helpLines(theme: theme, rows: [TemplateEditorScreen.leave])
        return result
    }

    static func title(_ field: FormField) -> String {
        switch field {
        case .status: return "Status code"
        case .pattern: return "Selection pattern"
        case .contentHandling: return "Content handling"
        case .parameters: return "Response parameters"
        case .templates: return "Templates"
        case .sample: return "Sample backend response (preview)"
        }
    }
}
