import TerminalUI
import Text

/// What a key does in the explorer.
enum Action: Hashable, Sendable {
    case up, down, top, bottom, pageUp, pageDown
    case enter, back, toggle
    case filter, command, reload, copy, help, quit
    case nextTab, previousTab, selectTab(Int)
    case edit, new, deploy
}

/// One row of a keybinding table: the keys, how they are written, the action and its help.
struct KeyBinding: Hashable, Sendable {
    var keys: [Key]
    var label: String
    var action: Action
    var help: String
    /// Whether the footer shows it (the `?` help shows every binding).
    var inFooter: Bool

    init(_ keys: [Key], _ label: String, _ action: Action, _ help: String, footer: Bool = false) {
        self.keys = keys
        self.label = label
        self.action = action
        self.help = help
        inFooter = footer
    }
}

/// The keybinding tables: one per screen plus the global one. The footer and the `?` help
/// are drawn from these, so they cannot drift from what the keys do.
enum Keymap {
    /// Keys that work on every screen, after the screen's own.
    static let global: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", .up, "move up"),
        KeyBinding([.down, .character("j")], "↓/j", .down, "move down"),
        KeyBinding([.character("g"), .home], "g", .top, "go to the top"),
        KeyBinding([.character("G"), .end], "G", .bottom, "go to the bottom"),
        KeyBinding([.pageUp, .control("b")], "PgUp", .pageUp, "page up"),
        KeyBinding([.pageDown, .control("f")], "PgDn", .pageDown, "page down"),
        KeyBinding([.escape, .character("h"), .backspace, .left], "Esc/h", .back, "go back", footer: true),
        KeyBinding([.character("/")], "/", .filter, "filter the list as you type", footer: true),
        KeyBinding([.character(":")], ":", .command, "command line (:api NAME, :res /path, :q)", footer: true),
        KeyBinding([.character("R"), .control("r")], "R", .reload, "reload from the source", footer: true),
        KeyBinding([.character("y")], "y", .copy, "copy the import ID (OSC 52)", footer: true),
        KeyBinding([.character("?")], "?", .help, "help", footer: true),
        KeyBinding([.character("q"), .control("c")], "q", .quit, "quit", footer: true),
    ]

    /// The bindings of one screen (checked before the global ones).
    static func screen(_ kind: ScreenKind) -> [KeyBinding] {
        switch kind {
        case .apis:
            return [KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open the API's resources", footer: true)]
        case .resources:
            return [
                KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open a method / go to a resource's methods", footer: true),
                KeyBinding([.character(" ")], "Space", .toggle, "fold or unfold a resource"),
            ]
        case .method:
            return [
                KeyBinding([.enter, .character("l"), .right], "Enter", .enter, "open the integration response", footer: true),
                KeyBinding([.character("e")], "e", .edit, "edit the integration response", footer: true),
                KeyBinding([.character("n")], "n", .new, "add an integration response", footer: true),
                deployBinding,
            ]
        case .response:
            return [
                KeyBinding([.tab, .character("]")], "Tab/]", .nextTab, "next template", footer: true),
                KeyBinding([.backTab, .character("[")], "S-Tab/[", .previousTab, "previous template"),
                KeyBinding((1...9).map { .character(Character(String($0))) }, "1-9", .selectTab(0), "template by number"),
                KeyBinding([.character("e")], "e", .edit, "edit this integration response", footer: true),
                deployBinding,
            ]
        }
    }

    /// `d` on the method and response screens: deploy the API to a stage.
    static let deployBinding = KeyBinding([.character("d")], "d", .deploy, "deploy the API to a stage (CreateDeployment)", footer: true)

    /// The actions a session cannot use, left out of the footer and the help: editing when
    /// read-only, deploying when read-only or when the source has no stages.
    static func hidden(readonly: Bool, deployable: Bool) -> Set<Action> {
        var hidden: Set<Action> = readonly ? [.edit, .new, .deploy] : []
        if !deployable { hidden.insert(.deploy) }
        return hidden
    }

    /// The action for a key on a screen, if any.
    static func action(for key: Key, on kind: ScreenKind) -> Action? {
        for binding in screen(kind) + global where binding.keys.contains(key) {
            if case .selectTab = binding.action, case let .character(c) = key, let n = Int(String(c)) {
                return .selectTab(n - 1)
            }
            return binding.action
        }
        return nil
    }

    /// The hints the footer shows for a screen, the screen's first.
    static func footer(for kind: ScreenKind, readonly: Bool = false, deployable: Bool = false) -> [KeyHint] {
        let hidden = hidden(readonly: readonly, deployable: deployable)
        let shown = (screen(kind) + global).filter {
            $0.inFooter && !(kind == .response && $0.action == .filter) && !hidden.contains($0.action)
        }
        // The keys people look for first come first, so narrow terminals keep them.
        let order: [Action] = [.enter, .edit, .new, .nextTab, .deploy, .back, .filter, .command, .help, .quit, .reload, .copy]
        return shown.sorted { (order.firstIndex(of: $0.action) ?? 99) < (order.firstIndex(of: $1.action) ?? 99) }
            .map { KeyHint($0.action == .back ? "Esc" : $0.label, shortLabel($0.action, $0.help)) }
    }

    private static func shortLabel(_ action: Action, _ help: String) -> String {
        switch action {
        case .enter: return "open"
        case .back: return "back"
        case .filter: return "filter"
        case .command: return "cmd"
        case .reload: return "reload"
        case .copy: return "copy ID"
        case .help: return "help"
        case .quit: return "quit"
        case .nextTab: return "template"
        case .edit: return "edit"
        case .new: return "new"
        case .deploy: return "deploy"
        default: return help
        }
    }

    /// The help text: the screen's table, then the global one, then the mouse.
    static func helpLines(for kind: ScreenKind, theme: Theme, hidden: Set<Action> = [.deploy]) -> [[Span]] {
        func rows(_ bindings: [KeyBinding]) -> [[Span]] {
            bindings.map { binding in
                let keys = binding.keys.map(\.label).joined(separator: " ")
                return [Span(DisplayWidth.pad(binding.label, to: 9), theme.accent), Span(DisplayWidth.pad(binding.help, to: 44)), Span(keys, theme.muted)]
            }
        }
        var lines: [[Span]] = [[Span(title(of: kind), theme.title)]]
        lines += rows(screen(kind).filter { !hidden.contains($0.action) })
        lines.append([])
        lines.append([Span("Everywhere", theme.title)])
        lines += rows(global)
        lines.append([])
        lines.append([Span("Mouse", theme.title)])
        lines.append([Span(DisplayWidth.pad("click", to: 9), theme.accent), Span("select a row")])
        lines.append([Span(DisplayWidth.pad("2×click", to: 9), theme.accent), Span("open it")])
        lines.append([Span(DisplayWidth.pad("wheel", to: 9), theme.accent), Span("scroll")])
        return lines
    }

    /// A screen's name in the help.
    static func title(of kind: ScreenKind) -> String {
        switch kind {
        case .apis: return "REST APIs"
        case .resources: return "Resources"
        case .method: return "Method"
        case .response: return "Integration response"
        }
    }
}
