import TerminalUI

extension Explorer {
    /// The commands of the `:` line, with what they do for the help.
    static let commands: [(name: String, help: String)] = [
        ("api", "open a REST API by name or ID"),
        ("res", "jump to a resource by path in the current API"),
        ("apis", "back to the list of REST APIs"),
        ("reload", "reload from the source"),
        ("help", "show the keys"),
        ("q", "quit"),
    ]

    /// Splits a command line into its verb and argument.
    static func split(_ text: String) -> (verb: String, argument: String?) {
        let trimmed = text.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else { return (String(trimmed), nil) }
        return (String(trimmed[..<space]), String(String(trimmed[trimmed.index(after: space)...]).reversed().drop { $0 == " " }.reversed()))
    }

    /// The line with a completion put in: the verb, or the argument after the verb.
    static func apply(_ completion: String, to text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let space = trimmed.firstIndex(of: " ") else { return completion + " " }
        return "\(trimmed[..<space]) \(completion)"
    }

    /// What Tab offers for the text typed so far (at most 50).
    static func completions(for text: String, _ state: ExplorerState) -> [String] {
        let (verb, argument) = split(text)
        if argument == nil {
            return commands.map(\.name).filter { $0.hasPrefix(verb.lowercased()) }
        }
        let query = (argument ?? "").lowercased()
        switch verb {
        case "api":
            return Array(state.apis.map(\.api.name).filter { $0.lowercased().hasPrefix(query) || (query.count > 1 && $0.lowercased().contains(query)) }.prefix(50))
        case "res":
            guard let api = state.currentAPI ?? state.selectedAPI.flatMap({ state.loaded[$0.key] }) else { return [] }
            let paths = api.definition.resources.lazy.map(\.path)
            return Array(paths.filter { $0.lowercased().hasPrefix(query) || (!query.hasPrefix("/") && $0.lowercased().contains(query)) }.prefix(50))
        default:
            return []
        }
    }

    /// Runs a command line.
    static func execute(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        let (verb, argument) = split(text)
        switch verb {
        case "":
            return []
        case "q!":
            state.quitting = true
            return cancelPending(&state) + [.quit]
        case "q", "quit", "exit":
            return requestQuit(&state)
        case "help":
            state.push(HelpModal())
            return []
        case "reload":
            return reload(&state)
        case "apis":
            state.screens = [state.screens[0]]
            return []
        case "api":
            return jumpToAPI(argument ?? "", &state)
        case "res", "resource":
            return jumpToResource(argument ?? "", &state)
        default:
            state.banner = Banner(kind: .error, text: "Unknown command :\(verb) — try :api NAME, :res /path, :apis, :reload, :q")
            return []
        }
    }

    private static func jumpToAPI(_ name: String, _ state: inout ExplorerState) -> [Effect] {
        let query = name.lowercased()
        let candidates = state.apis.indices
        let match = candidates.first { state.apis[$0].api.name.lowercased() == query || state.apis[$0].api.id.lowercased() == query }
            ?? candidates.first { state.apis[$0].api.name.lowercased().hasPrefix(query) }
            ?? candidates.first { state.apis[$0].api.name.lowercased().contains(query) }
        guard !query.isEmpty, let index = match else {
            state.banner = Banner(kind: .error, text: "No REST API named \"\(name)\"")
            return []
        }
        state.screens = [APIsScreen()]
        let visible = state.visibleAPIs(filter: "")
        state.screen.list.select(visible.firstIndex(of: index) ?? 0, count: visible.count, height: Layout(state).list?.height ?? 0)
        return open(state.apis[index], &state)
    }

    private static func jumpToResource(_ path: String, _ state: inout ExplorerState) -> [Effect] {
        guard let key = state.screen.place.api ?? state.selectedAPI?.key, let api = state.loaded[key] else {
            state.banner = Banner(kind: .error, text: "Open an API first (:api NAME), then :res /path")
            return []
        }
        let wanted = path.hasPrefix("/") ? path : "/" + path
        let resources = api.definition.resources
        guard let resource = resources.first(where: { $0.path == wanted }) ?? resources.first(where: { $0.path.hasPrefix(wanted) }),
              let row = api.tree.rowIndex(resourceId: resource.id, in: api.definition) else {
            state.banner = Banner(kind: .error, text: "No resource \(wanted) in \(api.definition.api.name)")
            return []
        }
        state.screens = [state.screens[0], ResourcesScreen(api: key)]
        state.loaded[key]?.tree.setFilter("")
        let position = state.loaded[key]?.tree.reveal(row: row) ?? 0
        state.screen.list.select(position, count: state.listCount, height: Layout(state).list?.height ?? 0)
        return []
    }
}
