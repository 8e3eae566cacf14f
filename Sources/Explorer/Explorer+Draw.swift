import GatewayModel
import TerminalUI
import Text

extension Explorer {
    /// Renders the whole screen for a state. Pure: the same state always gives the same frame.
    public static func draw(_ state: ExplorerState, theme: Theme = .standard) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        let layout = Layout(state)
        if layout.tooSmall {
            drawTooSmall(&buffer, state.size, theme)
            return buffer
        }
        drawHeader(&buffer, state, layout.header, theme)
        if let banner = state.banner, let rect = layout.banner {
            let style = banner.kind == .error ? theme.errorBanner : theme.infoBanner
            var text = Layout.bannerText(banner)
            for row in rect.row..<rect.bottom {
                let last = row == rect.bottom - 1
                let room = rect.width - 1 - (last ? Layout.bannerHint.count : 0)
                var (line, _) = DisplayWidth.prefix(of: text, fitting: max(0, room))
                // Break at the last space that fits rather than inside a word.
                if !last, line.count < text.count, let space = line.lastIndex(of: " "), space > line.startIndex {
                    line = String(line[..<space])
                }
                text = String(text.dropFirst(line.count))
                if !last, text.hasPrefix(" ") { text.removeFirst() }
                StatusLine.draw(into: &buffer, row: row, width: rect.width, left: [Span(last && !text.isEmpty ? DisplayWidth.truncate(line + text, to: room) : line, style)],
                                right: last ? [Span(Layout.bannerHint, style)] : [], style: style)
                if !last { text = "   " + text }
            }
        }
        // The components from the last that covers the screen (a browse screen, the form)
        // up, bottom first.
        let covering = state.layers.lastIndex { $0.coversScreens } ?? 0
        for component in state.layers[covering...] {
            component.draw(into: &buffer, state, layout, theme)
        }
        return buffer
    }

    /// The form's status line: its message, else (in the template editor, `editing`) the
    /// editor's message or the mark under the cursor, else the first error, else where the cursor is.
    static func drawFormStatus(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ form: ResponseForm, _ layout: Layout, editing: Bool = false, _ theme: Theme) {
        let row = layout.status.row
        var left: [Span]
        let editor = form.currentEditor
        let errorStyle = Style(foreground: .indexed(203), background: theme.status.background, bold: true)
        let dirty = state.drafts[form.context.draftKey] != nil ? "● " : ""
        let title = " \(dirty)\(form.context.original == nil ? "New integration response" : "Editing \(form.context.original?.statusCode ?? "")") · \(form.context.method.httpMethod) \(form.context.resourcePath)"
        if let message = form.message {
            left = [Span(" " + message.text, message.isError ? errorStyle : theme.status.bolded)]
        } else if editing, let text = editor?.message {
            left = [Span(" " + text, theme.status.bolded)]
        } else if editing, let editor, let mark = editor.marks(onLine: editor.cursor.line).first {
            left = [Span(" \(mark.isWarning ? "!" : "✗") line \(mark.position): \(mark.message)", errorStyle)]
        } else if let first = form.issues.errors.first {
            left = [Span(title, theme.status), Span("   ✗ \(first.field): \(first.message)", errorStyle)]
        } else {
            left = [Span(title, theme.status)]
        }
        var right = ""
        if form.focus == .templates, let editor { right = "\(editor.cursor) " }
        StatusLine.draw(into: &buffer, row: row, width: layout.status.width, left: left, right: [Span(right, theme.status)], style: theme.status)
    }

    private static func drawTooSmall(_ buffer: inout ScreenBuffer, _ size: Size, _ theme: Theme) {
        let lines = ["Terminal too small", "\(size) — need \(Layout.minimum)"]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            buffer.write(line, row: top + offset, column: max(0, (size.columns - width) / 2), style: offset == 0 ? theme.accent : theme.muted)
        }
    }

    private static func drawHeader(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ rect: Rect, _ theme: Theme) {
        var left: [Span] = [Span(" gwx ", theme.headerTitle), Span(" \(state.label) ", theme.header)]
        if state.readonly { left.append(Span("[read-only] ", theme.header)) }
        let crumbs = state.breadcrumb
        left.append(Span("│ ", theme.header))
        left.append(Span(crumbs.isEmpty ? "REST APIs" : crumbs.joined(separator: " › "), theme.headerCrumb))
        var right: [Span] = []
        if state.isBusy { right.append(Span("\(Spinner.frame(state.tick)) ", theme.headerCrumb)) }
        StatusLine.draw(into: &buffer, row: rect.row, width: rect.width, left: left, right: right, style: theme.header)
    }

    /// A browse screen's status line: the load, else its summary and filter; its position.
    static func drawStatus(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let row = layout.status.row
        var left: [Span] = []
        if let pending = state.pending {
            left.append(Span(" \(Spinner.frame(state.tick)) Loading \(pending.name)…  \(Keymap.key(.dismiss)) cancels", theme.status.bolded))
        } else {
            left.append(Span(" " + state.screen.summary(state), theme.status))
            if !state.screen.filter.isEmpty {
                left.append(Span("   filter: ", theme.status))
                left.append(Span(state.screen.filter, theme.status.bolded))
                left.append(Span("  (\(Keymap.key(.dismiss)) clears)", theme.status))
            }
        }
        StatusLine.draw(into: &buffer, row: row, width: layout.status.width, left: left, right: [Span(state.screen.position(state), theme.status)], style: theme.status)
    }

    /// `1 resource`, `3 resources`.
    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// `label  value` rows with the labels aligned.
    static func fieldLines(_ fields: [(String, [Span])], labelWidth: Int, theme: Theme) -> [[Span]] {
        fields.map { [Span(" " + DisplayWidth.pad($0.0, to: labelWidth) + " ", theme.muted)] + $0.1 }
    }

    /// A section heading line.
    static func heading(_ text: String, _ theme: Theme) -> [Span] { [Span(" " + text, theme.title)] }

    /// Writes lines of spans into a rectangle, clipped.
    /// Plain text as lines of at most `width` columns, broken at spaces where it can be,
    /// each line after the first indented by `indent`.
    static func wrapped(_ text: String, width: Int, indent: String = "") -> [String] {
        guard width > indent.count + 8 else { return [text] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if DisplayWidth.of(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = indent + word
            }
            while DisplayWidth.of(current) > width {
                let head = String(current.prefix(width))
                lines.append(head)
                current = indent + String(current.dropFirst(width))
            }
        }
        lines.append(current)
        return lines
    }

    static func writeLines(_ lines: [[Span]], into buffer: inout ScreenBuffer, rect: Rect) {
        for (offset, line) in lines.prefix(max(0, rect.height)).enumerated() {
            buffer.write(line, row: rect.row + offset, column: rect.column, limit: rect.right)
        }
    }

    /// The style of an HTTP method name.
    static func methodStyle(_ name: String) -> Style {
        switch name.uppercased() {
        case "GET": return Style(foreground: .indexed(114), bold: true)
        case "POST": return Style(foreground: .indexed(179), bold: true)
        case "PUT": return Style(foreground: .indexed(75), bold: true)
        case "PATCH": return Style(foreground: .indexed(140), bold: true)
        case "DELETE": return Style(foreground: .indexed(167), bold: true)
        default: return Style(foreground: .indexed(250), bold: true)
        }
    }
}
