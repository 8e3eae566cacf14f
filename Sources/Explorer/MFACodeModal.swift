import TerminalUI

/// Asks for the code of an MFA device while an AWS call waits for it: a masked field of six
/// digits (typed or pasted). Enter gives the code to the call; Esc cancels it (the call fails
/// saying no code was given). The load under it keeps its spinner turning.
struct MFACodeModal: Component {
    let request: MFACodeRequest
    var input = TextInput()
    /// Why the last Enter was refused.
    var problem: String?

    /// An MFA device's code: six digits (TOTP, as IAM's virtual and hardware devices show).
    static let codeLength = 6

    init(request: MFACodeRequest) {
        self.request = request
    }

    func keys(_ state: ExplorerState) -> [KeyBinding] {
        [
            KeyBinding([.enter], "Enter", .confirm, "send the code", short: "send"),
            KeyBinding([.escape], "Esc", .close, "cancel: the load fails without a code", short: "cancel"),
            Keymap.forceQuit,
            KeyBinding([], "0-9", .type, "the code (a paste works too)"),
        ]
    }

    func perform(_ action: Action, key: Key, _ state: inout ExplorerState) -> [Effect] {
        var modal = self
        switch action {
        case .confirm:
            let code = input.text
            guard code.count == Self.codeLength, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                modal.problem = "The code is \(Self.codeLength) digits (0-9); it has \(code.count) character\(code.count == 1 ? "" : "s")."
                state.put(modal)
                return []
            }
            close(&state)
            request.answer(code)
        case .close:
            close(&state)
            request.cancel()
        default:
            guard modal.input.handle(key) else { return [] }
            modal.problem = nil
            state.put(modal)
        }
        return []
    }

    /// Closes this question only: another source's may be open under it.
    private func close(_ state: inout ExplorerState) {
        state.layers.removeAll { ($0 as? MFACodeModal)?.request === request }
    }

    func paste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        var modal = self
        // A copied code often comes with a newline or spaces around it (or inside: "123 456").
        modal.input.paste(text.filter { !$0.isWhitespace })
        modal.problem = nil
        state.put(modal)
        return []
    }

    func draw(into buffer: inout ScreenBuffer, _ state: ExplorerState, _ layout: Layout, _ theme: Theme) {
        let masked = String(repeating: "•", count: input.text.count)
        let blanks = String(repeating: "_", count: max(0, Self.codeLength - input.text.count))
        var lines: [[Span]] = [
            [Span("Profile \(request.mfa.profileName) needs the current code of its MFA device.", theme.text)],
            [],
            [Span("Code: ", theme.muted), Span(masked + blanks, theme.input)],
            [],
        ]
        if let problem { lines.append([Span(problem, theme.errorBanner)]) } else { lines.append([]) }
        lines.append(keys(state).hintLine(state, theme))
        Modal.draw(into: &buffer, screen: layout.body, title: "MFA code for \(request.mfa.serial)", lines: lines, theme: theme)
    }
}
