import TerminalUI
import Text

/// The form's keys, per field: the footer shows the focused field's, the `?` help all of them.
enum FormKeymap {
    /// One row: keys and what they do.
    struct Row {
        var keys: String
        var help: String
        var short: String?
    }

    static let everywhere: [Row] = [
        Row(keys: "Tab/S-Tab", help: "next / previous field", short: "field"),
        Row(keys: "Ctrl-S", help: "save: show the diff, then send it (s too, outside text)", short: "save"),
        Row(keys: "Ctrl-P", help: "show or hide the preview (narrow terminals; p outside text)", short: "preview"),
        Row(keys: "Ctrl-E", help: "edit the template in $VISUAL / $EDITOR (E outside text)", short: nil),
        Row(keys: "X", help: "discard the draft (outside text)", short: nil),
        Row(keys: "Esc", help: "leave the editor, then the form (the draft is kept)", short: "back"),
    ]

    /// The keys of a field.
    static func rows(for field: FormField, editing: Bool) -> [Row] {
        switch field {
        case .status: return [Row(keys: "type", help: "status code, 100–599", short: nil)]
        case .pattern: return [Row(keys: "type", help: "Java regular expression matched against the whole status or Lambda error message; empty = default", short: nil)]
        case .contentHandling: return [Row(keys: "←/→/Space", help: "none, CONVERT_TO_TEXT, CONVERT_TO_BINARY", short: "choose")]
        case .parameters:
            return [
                Row(keys: "a", help: "add a header mapping (declared headers first)", short: "add"),
                Row(keys: "Enter", help: "edit the value; Tab switches key/value", short: "edit"),
                Row(keys: "Ctrl-N", help: "while editing a key: next declared header", short: nil),
                Row(keys: "d", help: "delete the mapping", short: "delete"),
            ]
        case .templates:
            if editing {
                return TextEditorState.bindings.map { Row(keys: $0.keys, help: $0.help, short: nil) }
                    + [Row(keys: "Esc", help: "leave the editor", short: "leave")]
            }
            return [
                Row(keys: "Enter/i", help: "edit the template here", short: "edit"),
                Row(keys: "e/E", help: "edit it in $VISUAL / $EDITOR", short: "$EDITOR"),
                Row(keys: "←/→ 1-9", help: "switch content type", short: "type"),
                Row(keys: "a", help: "add a content type", short: "add"),
                Row(keys: "d", help: "remove this content type", short: "remove"),
                Row(keys: "c", help: "clear: keep the content type with an empty template (the payload is returned unmapped)", short: nil),
            ]
        case .sample:
            return [
                Row(keys: "↑/↓", help: "status or error · headers · body", short: "part"),
                Row(keys: "Enter", help: "edit headers or body (Esc leaves)", short: "edit"),
                Row(keys: "Ctrl-R", help: "next preset: a sample for each integration response", short: "preset"),
            ]
        }
    }

    /// The footer for the form's focus.
    static func footer(_ form: ResponseForm) -> [KeyHint] {
        let editing = form.focus == .templates && form.editingTemplate
        var hints: [KeyHint] = []
        if editing {
            hints = [KeyHint("Esc", "leave"), KeyHint("^S", "save"), KeyHint("^Z/^Y", "undo/redo"), KeyHint("^F", "find"), KeyHint("^K", "match"), KeyHint("^G", "error"), KeyHint("^E", "$EDITOR")]
        } else {
            hints = rows(for: form.focus, editing: false).compactMap { row in row.short.map { KeyHint(row.keys, $0) } }
            hints += everywhere.compactMap { row in row.short.map { KeyHint(row.keys, $0) } }
            if !form.isTyping { hints.append(KeyHint("?", "help")) }
        }
        return hints
    }

    /// The `?` help of the form.
    static func helpLines(_ form: ResponseForm, theme: Theme) -> [[Span]] {
        func lines(_ rows: [Row]) -> [[Span]] {
            rows.map { [Span(DisplayWidth.pad($0.keys, to: 16), theme.accent), Span($0.help)] }
        }
        var result: [[Span]] = [[Span("Integration response form", theme.title)]]
        result += lines(everywhere)
        for field in FormField.allCases {
            result.append([])
            result.append([Span(title(field), theme.title)])
            result += lines(rows(for: field, editing: false))
        }
        result.append([])
        result.append([Span("Template editor", theme.title)])
        result += lines(rows(for: .templates, editing: true))
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
