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
    static func handleBurst(_ text: String, _ state: inout ExplorerState) -> [Effect] {
        if state.top?.takesTextBlocks(state) == true {
            return handlePaste(text, &state)
        }
        var effects: [Effect] = []
        for key in InputEvent.keys(typing: text) {
            effects += handleKey(key, &state)
            if state.quitting { break }
        }
        return effects
    }
}
