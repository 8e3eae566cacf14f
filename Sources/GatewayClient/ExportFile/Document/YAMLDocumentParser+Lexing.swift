// MARK: - Looking at bytes, skipping space and comments

extension YAMLDocumentParser {
    var atEnd: Bool { pos >= bytes.count }
    var current: UInt8 { at(pos) }

    func at(_ index: Int) -> UInt8 { index >= 0 && index < bytes.count ? bytes[index] : 0 }

    /// Whether a YAML 1.1 line break starts at `index`: `\n`, `\r`, U+0085, U+2028 or U+2029.
    func isBreak(_ index: Int) -> Bool { breakLength(index) > 0 }

    /// The bytes of the line break at `index` (2 for `\r\n`), or 0.
    func breakLength(_ index: Int) -> Int {
        index >= 0 && index < bytes.count ? SourceText.yamlBreakLength(bytes, at: index) : 0
    }

    /// What the line break at `index` reads as inside a scalar: U+2028 and U+2029 stay
    /// themselves, every other break is `\n` (PyYAML's `scan_line_break`).
    func breakValue(_ index: Int) -> [UInt8] {
        breakLength(index) == 3 ? Array(bytes[index..<index + 3]) : [Byte.lineFeed]
    }

    func isBlank(_ index: Int) -> Bool {
        let byte = at(index)
        return byte == Byte.space || byte == Byte.tab
    }

    func isBlankOrEnd(_ index: Int) -> Bool { index >= bytes.count || isBlank(index) || isBreak(index) }

    /// The 0-based byte column of an offset (spaces before content, so bytes are columns).
    func column(_ index: Int) -> Int { index - source.lineStart(of: index) }

    /// Whether `---` or `...` starts a line at `index` and is followed by a blank.
    func isDocumentMarker(_ index: Int, _ marker: String) -> Bool {
        column(index) == 0 && bytes[min(index, bytes.count)...].starts(with: marker.utf8) && isBlankOrEnd(index + 3)
    }

    mutating func consumeBreak() {
        pos += breakLength(pos)
    }

    mutating func skipInlineBlanks() {
        while isBlank(pos) { pos += 1 }
    }

    mutating func skipComment() {
        while !atEnd, !isBreak(pos) { pos += 1 }
    }

    /// Skips blanks, comments and line breaks up to the next content. In block context, a
    /// tab in the indentation of a line with content is an error.
    mutating func skipToContent() throws {
        var inIndentation = bytes[source.lineStart(of: min(pos, bytes.count))..<min(pos, bytes.count)].allSatisfy { $0 == Byte.space || $0 == Byte.tab }
        var tabOffset: Int?
        while !atEnd {
            let byte = current
            if byte == Byte.space {
                pos += 1
            } else if byte == Byte.tab {
                if inIndentation, tabOffset == nil { tabOffset = pos }
                pos += 1
            } else if isBreak(pos) {
                consumeBreak()
                inIndentation = true
                tabOffset = nil
            } else if byte == Byte.hash {
                skipComment()
            } else {
                if let tabOffset, flowDepth == 0 {
                    throw error("tab character used for indentation; YAML indentation must use spaces", at: tabOffset)
                }
                return
            }
        }
    }

    /// After a value: allows blanks and a comment up to the line break, nothing else.
    mutating func finishLine() throws {
        let start = pos
        skipInlineBlanks()
        if atEnd || isBreak(pos) { return }
        if current == Byte.hash, pos > start || column(pos) == 0 || isBlank(pos - 1) {
            skipComment()
            return
        }
        throw error("unexpected text after the value; a value ends at the end of its line or before a ' #' comment", at: pos)
    }

    // MARK: - Plain scalar starts

    /// Whether a plain scalar may start at `index` (not with an indicator character).
    func canStartPlain(_ index: Int) -> Bool {
        let byte = at(index)
        if isBreak(index) { return false }
        switch byte {
        case 0, Byte.space, Byte.tab:
            return false
        case Byte.dash, UInt8(ascii: "?"), Byte.colon:
            let next = at(index + 1)
            if isBlankOrEnd(index + 1) { return false }
            return !(flowDepth > 0 && Byte.isFlowIndicator(next))
        case Byte.comma, Byte.openBracket, Byte.closeBracket, Byte.openBrace, Byte.closeBrace, Byte.hash,
             UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"),
             Byte.quote, Byte.doubleQuote, UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return false
        default:
            return true
        }
    }

    func cannotStart(_ index: Int) -> ExportFileError {
        if atEnd { return error("unexpected end of file: expected a value", at: index) }
        let character = source.text(index..<min(bytes.count, index + 1))
        if flowDepth > 0, Byte.isFlowIndicator(at(index)) {
            return error("unexpected '\(character)' inside a flow collection", at: index)
        }
        return error("a plain value cannot start with '\(character)'; put the value in quotes", at: index)
    }

    // MARK: - Results

    func emptyScalar(at offset: Int) -> DocScalar {
        DocScalar(span: source.span(offset, offset), value: "", style: .plain)
    }

    func error(_ message: String, at offset: Int) -> ExportFileError {
        .malformed(message: message, place: source.place(at: offset))
    }
}
