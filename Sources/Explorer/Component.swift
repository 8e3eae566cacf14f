import TerminalUI

/// A screen, modal or panel: the browse screens (`BrowseScreen`), the form, the deploy flow,
/// the questions, the help, the filter and command lines. Each owns its state (its own fields),
/// its key table, what its keys do and its drawing, in one file. They sit on
/// `ExplorerState.layers`; the top one gets the keys and paste. A new one is one file with a
/// type conforming to this, plus one line that opens it: `state.push(MyModal(...))`.
protocol Component: Sendable {
    /// The keys it answers to. The footer or its hint line and its `?` help are drawn from them;
    /// a key with no row (and no fallback row) does nothing.
    func keys(_ state: ExplorerState) -> [KeyBinding]
    /// Does what a row of its table says. `self` is the top layer; it changes itself with
    /// `state.put(changed)` or `state.modify(Self.self) { … }` and closes with `state.pop()`.
    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect]
    /// Draws itself over what is under it.
    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme)

    /// A bracketed paste (default: ignored, it is no text field).
    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect]
    /// Whether a burst of typed text goes in as one edit (a multi-line editor has the keys).
    func takesTextBlocks(_ state: ExplorerState) -> Bool
    /// Whether a Tab inside such a burst is the Tab key (a form whose Tab moves between fields)
    /// rather than text (default: text, so a template keeps its tabs byte for byte).
    var tabInBurstIsKey: Bool { get }
    /// Whether it hides the browse screens (a full screen, not a modal).
    var coversScreens: Bool { get }
    /// Whether the mouse still works the list under it (the filter line).
    var passesMouse: Bool { get }
    /// The title of its `?` help page, and the page.
    var helpTitle: String { get }
    func helpLines(_ state: ExplorerState, theme: Theme) -> [[Span]]
}

extension Component {
    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] { [] }
    func takesTextBlocks(_ state: ExplorerState) -> Bool { false }
    var tabInBurstIsKey: Bool { false }
    var coversScreens: Bool { false }
    var passesMouse: Bool { false }
    var helpTitle: String { "" }
    func helpLines(_ state: ExplorerState, theme: Theme) -> [[Span]] { keys(state).helpLines(state, theme: theme) }
}

extension ExplorerState {
    /// The component on top: it has the keys (a browse screen when no modal is open).
    var top: (any Component)? { layers.last }

    /// Opens a component on top; a browse screen opens over the current one, under any modal.
    mutating func push(_ component: any Component) {
        if let screen = component as? any BrowseScreen { open(screen) } else { layers.append(component) }
    }

    /// Closes the component on top (never the last browse screen).
    mutating func pop() {
        guard let last = layers.last else { return }
        if last is any BrowseScreen { closeScreen() } else { layers.removeLast() }
    }

    /// The topmost open component of a type.
    func layer<T: Component>(_ type: T.Type) -> T? {
        layers.last { $0 is T } as? T
    }

    /// Replaces the topmost component of its type, or opens it when none is open.
    mutating func put<T: Component>(_ component: T) {
        if let index = layers.lastIndex(where: { $0 is T }) { layers[index] = component } else { push(component) }
    }

    /// Changes the topmost open component of a type in place (nothing when none is open).
    mutating func modify<T: Component>(_ type: T.Type, _ change: (inout T) -> Void) {
        guard let index = layers.lastIndex(where: { $0 is T }), var component = layers[index] as? T else { return }
        change(&component)
        layers[index] = component
    }

    /// Closes every component of a type.
    mutating func remove<T: Component>(_ type: T.Type) {
        layers.removeAll { $0 is T }
    }
}

extension Explorer {
    /// A key: to the component on top, through its key table (a key without a row does nothing).
    static func handleKey(_ key: Key, _ state: inout ExplorerState) -> [Effect] {
        guard let top = state.top, let action = top.keys(state).action(for: key) else { return [] }
        if action == .forceQuit {
            state.quitting = true
            return cancelPending(&state) + [.quit]
        }
        if case let .open(opener) = action {
            if let component = opener.make(state) { state.push(component) }
            return []
        }
        return top.perform(action, key: key, &state)
    }
}
