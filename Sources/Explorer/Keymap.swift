import TerminalUI
import Text

/// What a key does in the explorer: the browse screens' actions, then the modals'.
enum Action: Hashable, Sendable {
    case up, down, top, bottom, pageUp, pageDown
    case enter, back, toggle, fold
    /// Esc on a browse screen: stops a load, else dismisses the message, else goes back.
    case dismiss
    case filter, command, reload, copy, help, quit
    case nextTab, previousTab, selectTab(Int)
    case edit, new, deploy
    /// `t`: run the method on API Gateway (TestInvokeMethod) and compare (`TestInvoke/`).
    case testInvoke
    /// The test panel's: make AWS's backend response the editor's preview sample.
    case useAsSample
    /// Quits at once, whatever is open (Ctrl-C).
    case forceQuit
    /// Closes the modal on top.
    case close
    /// Yes / go on / choose (the modal's question or chooser).
    case confirm
    /// No / go back one step inside the modal.
    case cancel
    /// Restore (the drafts question), complete (the command line), new stage (the deploy chooser).
    case restore, discard, complete, completePrevious, newStage
    /// A key no other row takes: a text field types it.
    case type
    /// Opens a screen, panel or modal over the one whose row it is (`Explorer.handleKey` does it).
    case open(Opener)
    /// The form's: save, preview, `$EDITOR`, fields, choices, rows, samples.
    case save, togglePreview, externalEdit, nextField, previousField, nextChoice, previousChoice
    case delete, clear, switchKeyValue, nextHeader, nextPreset
}

/// What a row with `.open` opens: a component made from the state, or nothing when the state
/// has nothing for it (no response under the cursor). Rows compare by the name.
struct Opener: Hashable, Sendable {
    var name: String
    var make: @Sendable (ExplorerState) -> (any Component)?

    init<T: Component>(_ type: T.Type, _ make: @escaping @Sendable (ExplorerState) -> T?) {
        name = String(describing: type)
        self.make = make
    }

    static func == (lhs: Opener, rhs: Opener) -> Bool { lhs.name == rhs.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// When a row is listed in the footer and the `?` help. The key itself still answers, so
/// a user who knows it learns from the banner why it does nothing here.
enum Availability: Hashable, Sendable {
    case always
    /// The session may write (not `--readonly`).
    case writable
    /// `d` deploys here (see `ExplorerState.canDeploy`).
    case deployable
    /// The screen has a list to filter (not the response screen's text).
    case filterable
    /// `t` runs a test invocation here (see `ExplorerState.canTestInvoke`).
    case testable

    func holds(in state: ExplorerState) -> Bool {
        switch self {
        case .always: return true
        case .writable: return !state.readonly
        case .deployable: return state.canDeploy
        case .filterable: return state.screen.isFilterable
        case .testable: return state.canTestInvoke
        }
    }
}

/// One row of a key table: the keys, how they are written, the action, its help, the short
/// label the footer shows (nil: help only) and when it is listed. A row without keys takes
/// every key no other row has (a text field's typing, or "any other key closes").
struct KeyBinding: Hashable, Sendable {
    var keys: [Key]
    var label: String
    var action: Action
    var help: String
    var short: String?
    var when: Availability

    init(_ keys: [Key], _ label: String, _ action: Action, _ help: String, short: String? = nil, when: Availability = .always) {
        self.keys = keys
        self.label = label
        self.action = action
        self.help = help
        self.short = short
        self.when = when
    }

    /// Whether the footer shows it.
    var inFooter: Bool { short != nil }

    /// The row for every other key.
    var isFallback: Bool { keys.isEmpty }
}

extension [KeyBinding] {
    /// The row a key matches, the fallback row last.
    func row(for key: Key) -> KeyBinding? {
        first { $0.keys.contains(key) } ?? first(where: \.isFallback)
    }

    /// The action of a key: the row's, with the digit of `1-9` put in.
    func action(for key: Key) -> Action? {
        guard let row = row(for: key) else { return nil }
        if case .selectTab = row.action, case let .character(c) = key, let n = Int(String(c)) { return .selectTab(n - 1) }
        return row.action
    }

    /// How a message writes the keys of an action: its row's label (`R`, `Enter/i`).
    func label(of action: Action) -> String {
        first { $0.action == action }?.label ?? "?"
    }

    /// How a message writes the first key of an action's row (`Enter` of `Enter/i`).
    func key(of action: Action) -> String {
        first { $0.action == action }?.keys.first?.label ?? "?"
    }

    /// The footer hints: the rows with a short label, in table order, that are listed now.
    func hints(_ state: ExplorerState) -> [KeyHint] {
        filter { $0.inFooter && $0.when.holds(in: state) }.map { KeyHint($0.label, $0.short ?? "") }
    }

    /// A modal's hint line, `y/Enter deploy   n/Esc back`, from its rows with a short label.
    func hintLine(_ state: ExplorerState, _ theme: Theme) -> [Span] {
        [Span(hints(state).map { "\($0.keys) \($0.label)" }.joined(separator: "   "), theme.muted)]
    }

    /// The `?` help rows: label, help, every key.
    func helpLines(_ state: ExplorerState?, theme: Theme) -> [[Span]] {
        filter { state.map($0.when.holds) ?? true }.map { binding in
            let keys = binding.isFallback ? "" : binding.keys.map(\.label).joined(separator: " ")
            return [Span(DisplayWidth.pad(binding.label, to: 9), theme.accent), Span(DisplayWidth.pad(binding.help, to: 44)), Span(keys, theme.muted)]
        }
    }
}

/// The rows every browse screen shares (each screen's own are its `rows`, in its file). The
/// footer and the `?` help are drawn from these, so they cannot drift from what the keys do.
enum Keymap {
    /// Moving in a list: the browse screens and every chooser share these rows.
    static let movement: [KeyBinding] = [
        KeyBinding([.up, .character("k")], "↑/k", .up, "move up"),
        KeyBinding([.down, .character("j")], "↓/j", .down, "move down"),
        KeyBinding([.character("g"), .home], "g", .top, "go to the top"),
        KeyBinding([.character("G"), .end], "G", .bottom, "go to the bottom"),
        KeyBinding([.pageUp, .control("b")], "PgUp", .pageUp, "page up"),
        KeyBinding([.pageDown, .control("f")], "PgDn", .pageDown, "page down"),
    ]

    /// Ctrl-C: every modal and text field quits at once with it.
    static let forceQuit = KeyBinding([.control("c")], "Ctrl-C", .forceQuit, "quit at once")

    /// Keys that work on every screen, after the screen's own (footer order).
    static let global: [KeyBinding] = [
        KeyBinding([.escape], "Esc", .dismiss, "back; first stops a load, hides a message", short: "back"),
        KeyBinding([.character("h"), .backspace, .left], "h/←", .back, "go back (first: clear the filter)"),
        KeyBinding([.character("/")], "/", .filter, "filter the list as you type", short: "filter", when: .filterable),
        KeyBinding([.character(":")], ":", .command, "command line (:api NAME, :res /path, :q)", short: "cmd"),
        KeyBinding([.character("?")], "?", .help, "help", short: "help"),
        KeyBinding([.character("q"), .control("c")], "q", .quit, "quit", short: "quit"),
        KeyBinding([.character("R"), .control("r")], "R", .reload, "reload from the source", short: "reload"),
        KeyBinding([.character("y")], "y", .copy, "copy the import ID (OSC 52)", short: "copy ID"),
    ] + movement

    /// `d` on the method and response screens: deploy the API to a stage.
    static let deployBinding = KeyBinding([.character("d")], "d", .deploy, "deploy the API to a stage (CreateDeployment)", short: "deploy", when: .deployable)

    /// `t` on the method and response screens: TestInvokeMethod beside gwx's replay.
    static let testBinding = KeyBinding([.character("t")], "t", .testInvoke, "test on AWS (TestInvokeMethod) and compare with gwx", short: "test", when: .testable)

    /// How messages write the key of a browse action (`R`, `Esc`): the label of its row on the
    /// REST APIs screen (the global rows are the same on every screen).
    static func key(_ action: Action) -> String {
        (APIsScreen.rows + global).label(of: action)
    }

    /// The help text of a browse screen: the screen's table, then the global one, then the mouse.
    static func helpLines(_ screen: any BrowseScreen, _ state: ExplorerState, theme: Theme) -> [[Span]] {
        var lines: [[Span]] = [[Span(screen.helpTitle, theme.title)]]
        lines += type(of: screen).rows.helpLines(state, theme: theme)
        lines.append([])
        lines.append([Span("Everywhere", theme.title)])
        lines += global.helpLines(nil, theme: theme)
        lines.append([])
        lines.append([Span("Mouse", theme.title)])
        lines.append([Span(DisplayWidth.pad("click", to: 9), theme.accent), Span("select a row")])
        lines.append([Span(DisplayWidth.pad("2×click", to: 9), theme.accent), Span("open it")])
        lines.append([Span(DisplayWidth.pad("wheel", to: 9), theme.accent), Span("scroll")])
        return lines
    }
}
