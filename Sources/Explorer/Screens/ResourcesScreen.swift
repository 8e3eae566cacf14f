import GatewayModel
import TerminalUI
import Text

/// An API's resource tree with its methods.
struct ResourcesScreen: BrowseScreen {
    var api: APIKey
    var list = ListState()
    var filter = ""

    var helpTitle: String { "Resources" }
    var place: Place { Place(api: api) }
    static let rows: [KeyBinding] = [
        KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open a method; a resource: go inside it", short: "open"),
        KeyBinding([.character(" ")], "Space", .toggle, "fold or unfold a resource"),
        KeyBinding([.character("h"), .left], "h/←", .fold, "fold the resource (or a method's resource)"),
    ]

    func act(_ action: Action, _ state: inout ExplorerState) -> [Effect]? {
        switch action {
        case .enter: return enter(&state)
        case .toggle: Explorer.toggle(&state)
        case .fold: Explorer.fold(&state)
        default: return nil
        }
        return []
    }

    func areas(_ state: ExplorerState, main: Rect, detail: Rect?) -> (list: Rect?, text: Rect?) {
        (main.splitTop(1).1, nil)
    }

    func listCount(_ state: ExplorerState) -> Int { state.currentAPI?.tree.visible.count ?? 0 }

    /// Enter on a method opens it; on a resource it goes inside (`Explorer.descend`).
    private func enter(_ state: inout ExplorerState) -> [Effect] {
        guard let loaded = state.currentAPI, let row = state.selectedTreeRow else { return [] }
        let resource = loaded.definition.resources[row.resourceIndex]
        guard let methodIndex = row.methodIndex else {
            Explorer.descend(into: row, &state)
            return []
        }
        state.push(MethodScreen(place: Place(api: api, resourceId: resource.id, httpMethod: resource.methods[methodIndex].httpMethod)))
        return []
    }

    func importID(_ state: ExplorerState) -> String? {
        guard let api = state.currentAPI, let row = state.selectedTreeRow else { return nil }
        let resource = api.definition.resources[row.resourceIndex]
        let base = "\(api.definition.api.id)/\(resource.id)"
        guard let methodIndex = row.methodIndex else { return base }
        return "\(base)/\(resource.methods[methodIndex].httpMethod)"
    }

    func breadcrumb(_ state: ExplorerState) -> [String] {
        [state.loaded[api]?.definition.api.name ?? api.apiId]
    }

    func isValid(_ state: ExplorerState) -> Bool { state.targets(of: place).definition != nil }

    func summary(_ state: ExplorerState) -> String {
        guard let definition = state.currentAPI?.definition else { return "" }
        let methods = definition.resources.reduce(0) { $0 + $1.methods.count }
        return "\(Explorer.plural(definition.resources.count, "resource")) · \(Explorer.plural(methods, "method"))"
    }

    func drawBody(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        Explorer.drawResources(&buffer, state, layout, theme)
    }
}

extension Explorer {
    /// Enter on a resource opens it: unfolds it when folded and puts the cursor on its first
    /// method or child. It never folds; a resource with nothing under it stays as it is.
    static func descend(into row: ResourceTree.Row, _ state: inout ExplorerState) {
        guard let key = state.screen.place.api, let tree = state.loaded[key]?.tree else { return }
        let cursor = state.screen.list.cursor
        guard tree.visible.indices.contains(cursor) else { return }
        let index = tree.visible[cursor]
        if tree.collapsed.contains(index) { state.loaded[key]?.tree.toggle(row: index) }
        guard let updated = state.loaded[key]?.tree, updated.visible.indices.contains(cursor + 1),
              updated.visible[cursor + 1] < updated.rows[index].subtreeEnd else { return }
        state.screen.list.select(cursor + 1, count: updated.visible.count, height: Layout(state).list?.height ?? 1)
    }

    /// `h`/`←` in the tree: folds the resource under the cursor (on a method, its resource, and
    /// the cursor moves to it); on a folded resource or one with nothing to fold, goes back.
    static func fold(_ state: inout ExplorerState) {
        guard let key = state.screen.place.api, let tree = state.loaded[key]?.tree,
              tree.visible.indices.contains(state.screen.list.cursor) else { return back(&state) }
        let index = tree.visible[state.screen.list.cursor]
        var target = index
        if tree.rows[index].methodIndex != nil {
            target = (0..<index).last { tree.rows[$0].methodIndex == nil && tree.rows[$0].subtreeEnd > index } ?? index
        }
        guard tree.rows[target].shape.expansion == .expanded else { return back(&state) }
        state.loaded[key]?.tree.toggle(row: target)
        if let position = state.loaded[key]?.tree.visible.firstIndex(of: target) {
            state.screen.list.select(position, count: state.listCount, height: Layout(state).list?.height ?? 1)
        }
        state.clampList()
    }

    static func toggle(_ state: inout ExplorerState) {
        let cursor = state.screen.list.cursor
        guard state.screen is ResourcesScreen, let key = state.screen.place.api,
              let row = state.loaded[key].flatMap({ $0.tree.visible.indices.contains(cursor) ? $0.tree.visible[cursor] : nil }) else { return }
        state.loaded[key]?.tree.toggle(row: row)
        state.clampList()
    }

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
                if let key = state.screen.place.api, state.hasDraft(api: key, resourceId: resource.id, httpMethod: method.httpMethod) { spans.append(Span("● ", theme.accent)) }
                spans += methodSummary(method, theme)
            } else {
                let name = filtering ? resource.path : row.label
                spans.append(Span(name, theme.text.bolded))
                if let key = state.screen.place.api, !resource.methods.isEmpty, state.hasDraft(api: key, resourceId: resource.id) { spans.append(Span(" ●", theme.accent)) }
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
