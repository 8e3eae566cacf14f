import GatewayModel
import TerminalUI

extension Explorer {
    /// A bracketed paste: into the text field that has the keys, as one edit (one undo step,
    /// one draft write, one redraw). Its bytes never act as keys: with no text field to take
    /// it (a list, a question, the help) it is ignored.
    static func handlePaste(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        state.top?.paste(text, &state) ?? []
    }

    /// Text that arrived in one read (a paste from a terminal without bracketed paste, or keys
    /// typed faster than read): a multi-line editor with the keys takes it as one edit, exactly
    /// as sent (a newline in it is not an Enter typed by a person, so nothing is auto-indented);
    /// anywhere else it is the keys it spells, one by one.
    /// Where Tab moves between fields (the test panel), a Tab in such text is the Tab key, typed
    /// with the text before it; in the template editor it stays a tab character, as sent.
    static func handleBurst(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        if state.top?.takesTextBlocks(state) == true {
            guard state.top?.tabInBurstIsKey == true, text.contains("\t") else { return handlePaste(text, &state) }
            var effects: [Effect] = []
            for (index, piece) in text.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { for key in InputEvent.keys(typing: "\t") { effects += handleKey(key, &state) } }
                guard !piece.isEmpty else { continue }
                effects += handleBurst(String(piece), &state)
            }
            return effects
        }
        var effects: [Effect] = []
        for key in InputEvent.keys(typing: text) {
            effects += handleKey(key, &state)
            if state.quitting { break }
        }
        return effects
    }
}
