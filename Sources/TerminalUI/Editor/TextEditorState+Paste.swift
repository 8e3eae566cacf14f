extension TextEditorState {
    /// Inserts pasted text (a bracketed paste, or a burst of text from a terminal that does
    /// not bracket pastes) as one edit: one undo step, the text exactly as given (no
    /// auto-indent, no dedent of closing brackets), replacing the selection. CR LF and lone CR
    /// become LF. With the search prompt open the text goes into the prompt instead.
    public mutating func paste(_ text: String, viewport: Size) -> TextEditorOutcome {
        message = nil
        if var input = search {
            input.paste(text)
            search = input
            return .moved
        }
        let normalized = Self.normalizingLineBreaks(text)
        guard !normalized.isEmpty else { return .ignored }
        let before = version
        insert(normalized, undo: .other)
        // A paste is its own undo step: typing right after it starts a new one.
        lastEdit = .other
        scrollToCursor(height: viewport.rows, width: viewport.columns)
        return version != before ? .edited : .moved
    }

    /// The text with CR LF and lone CR as LF.
    static func normalizingLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n", previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.append(scalar)
        }
        return String(result)
    }
}
