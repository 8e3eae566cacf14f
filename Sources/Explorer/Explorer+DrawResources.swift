import GatewayModel
import TerminalUI
import Text

extension Explorer {
    static func drawResources(_ buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        guard let api = state.currentAPI, let list = layout.list else { return }
        let definition = api.definition
        let tree = api.tree
        buffer.write(heading("Resources of \(definition.api.name)", theme), row: layout.main.row, column: layout.main.column, limit: layout.main.right)
        let filtering = !tree.filter.isEmpty
        ListView.draw(into: &buffer, rect: list, count: tree.visible.count, state: state.screen.list, theme: theme) { index in
            let row = tree.rows[tree.visible[index]]
            let resource = definition.resources[row.resourceIndex]
            var spans: [Span] = [Span(" ")]
            if !filtering { spans.append(Span(row.shape.guide, theme.border)) }
            if let methodIndex = row.methodIndex {
                let method = resource.methods[methodIndex]
                if filtering { spans.append(Span(resource.path + " ", theme.muted)) }
                spans.append(Span(DisplayWidth.pad(method.httpMethod, to: 8), methodStyle(method.httpMethod)))
                if let key = state.screen.api, state.hasDraft(api: key, resourceId: resource.id, httpMethod: method.httpMethod) { spans.append(Span("● ", theme.accent)) }
                spans += methodSummary(method, theme)
            } else {
                let name = filtering ? resource.path : row.label
                spans.append(Span(name, theme.text.bolded))
                if let key = state.screen.api, !resource.methods.isEmpty, state.hasDraft(api: key, resourceId: resource.id) { spans.append(Span(" ●", theme.accent)) }
                if row.shape.expansion == .collapsed { spans.append(Span("  …", theme.muted)) }
            }
            return spans
        }
        if tree.visible.isEmpty {
            let text = filtering ? "No resource or method matches \"\(tree.filter)\"" : "This API has no resources"
            buffer.write("  " + text, row: list.row + 1, column: list.column, style: theme.muted, limit: list.right)
        }
        if let detail = layout.detail, let row = state.selectedTreeRow {
            let resource = definition.resources[row.resourceIndex]
            if let methodIndex = row.methodIndex {
                let method = resource.methods[methodIndex]
                var lines = [[Span(" "), Span(method.httpMethod, methodStyle(method.httpMethod)), Span(" " + resource.path, theme.title)], []]
                lines += MethodInfo.lines(method, theme: theme)
                lines.append([])
                lines += MethodInfo.responseSummary(method, theme: theme)
                writeLines(lines, into: &buffer, rect: detail)
            } else {
                writeLines(resourceDetail(resource, theme), into: &buffer, rect: detail)
            }
        }
    }

    private static func methodSummary(_ method: Method, _ theme: Theme) -> [Span] {
        guard let integration = method.integration else { return [Span("no integration", theme.muted)] }
        return [Span(integration.type.rawValue, theme.accent), Span("  " + plural(integration.integrationResponses.count, "integration response"), theme.muted)]
    }

    private static func resourceDetail(_ resource: Resource, _ theme: Theme) -> [[Span]] {
        var lines = [heading(resource.path, theme), []]
        lines += fieldLines([
            ("Path", [Span(resource.path)]),
            ("Path part", [Span(resource.pathPart.nonEmpty ?? "—")]),
            ("ID", [Span(resource.id)]),
            ("Parent ID", [Span(resource.parentId ?? "—", theme.muted)]),
        ], labelWidth: 10, theme: theme)
        lines.append([])
        lines.append(heading("Methods", theme))
        if resource.methods.isEmpty { lines.append([Span("   none", theme.muted)]) }
        for method in resource.methods {
            lines.append([Span("   "), Span(DisplayWidth.pad(method.httpMethod, to: 8), methodStyle(method.httpMethod))] + methodSummary(method, theme))
        }
        return lines
    }
}
