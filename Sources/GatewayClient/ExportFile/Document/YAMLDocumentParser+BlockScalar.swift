// MARK: - Literal (`|`) and folded (`>`) block scalars

extension YAMLDocumentParser {
    /// Parses a block scalar; `pos` is left at the end of its last content line.
    mutating func parseBlockScalar(parentIndent: Int) throws -> DocScalar {
        let start = pos
        let isFolded = current == UInt8(ascii: ">")
        pos += 1
        var chomping = BlockChomping.clip
        var sawChomping = false
        var increment: Int?
        for _ in 0..<2 {
            let byte = current
            if byte == UInt8(ascii: "+") || byte == Byte.dash {
                guard !sawChomping else { throw error("the block scalar header has two chomping indicators", at: pos) }
                chomping = byte == Byte.dash ? .strip : .keep
                sawChomping = true
                pos += 1
            } else if byte >= UInt8(ascii: "1"), byte <= UInt8(ascii: "9") {
                guard increment == nil else { throw error("the block scalar header has two indentation indicators", at: pos) }
                increment = Int(byte - UInt8(ascii: "0"))
                pos += 1
            } else if byte == UInt8(ascii: "0") {
                throw error("the indentation indicator of a block scalar must be 1 to 9", at: pos)
            }
        }
        let headerEnd = pos
        let afterIndicator = pos
        skipInlineBlanks()
        if current == Byte.hash, pos > afterIndicator { skipComment() }
        guard atEnd || isBreak(pos) else {
            throw error("unexpected text after the block scalar indicator; the text starts on the next line", at: pos)
        }
        let bodyStart = pos
        consumeBreak()
        var lastBreak = bodyStart

        let minimumIndent = max(parentIndent + 1, 1)
        var indent: Int
        var breaks: [UInt8] = []
        if let increment {
            indent = minimumIndent + increment - 1
            breaks = scanBlockBreaks(indent: indent, lastBreak: &lastBreak)
        } else {
            var maximumIndent = 0
            while current == Byte.space || (isBreak(pos) && !atEnd) {
                if current == Byte.space {
                    pos += 1
                    maximumIndent = max(maximumIndent, column(pos))
                } else {
                    lastBreak = pos
                    breaks += breakValue(pos)
                    consumeBreak()
                }
            }
            indent = max(minimumIndent, maximumIndent)
        }

        var out: [UInt8] = []
        var lineBreak: [UInt8] = []
        var contentEnd = headerEnd
        while !atEnd, column(pos) == indent {
            out += breaks
            let leadingNonSpace = current != Byte.space && current != Byte.tab
            let lineStart = pos
            while !atEnd, !isBreak(pos) { pos += 1 }
            out += bytes[lineStart..<pos]
            contentEnd = pos
            if atEnd {
                lineBreak = []
            } else {
                lastBreak = pos
                lineBreak = breakValue(pos)
                consumeBreak()
            }
            breaks = scanBlockBreaks(indent: indent, lastBreak: &lastBreak)
            guard !atEnd, column(pos) == indent else { break }
            // Only a `\n` folds; U+2028 and U+2029 are kept (PyYAML's scan_block_scalar).
            if isFolded, lineBreak == [Byte.lineFeed], leadingNonSpace, current != Byte.space, current != Byte.tab {
                if breaks.isEmpty { out.append(Byte.space) }
            } else {
                out += lineBreak
            }
        }
        if chomping != .strip { out += lineBreak }
        if chomping == .keep { out += breaks }

        let extendedEnd = max(contentEnd, lastBreak)
        pos = contentEnd == headerEnd ? bodyStart : contentEnd
        var scalar = DocScalar(span: source.span(start, contentEnd), value: String(decoding: out, as: UTF8.self),
                               style: isFolded ? .folded(chomping) : .literal(chomping),
                               blockIndent: indent, extendedEnd: extendedEnd)
        scalar.blockHeaderEnd = headerEnd
        scalar.blockBodyStart = bodyStart
        return scalar
    }

    /// Skips indentation of empty lines inside a block scalar and returns their breaks.
    mutating func scanBlockBreaks(indent: Int, lastBreak: inout Int) -> [UInt8] {
        var breaks: [UInt8] = []
        while column(pos) < indent, current == Byte.space { pos += 1 }
        while isBreak(pos), !atEnd {
            lastBreak = pos
            breaks += breakValue(pos)
            consumeBreak()
            while column(pos) < indent, current == Byte.space { pos += 1 }
        }
        return breaks
    }
}
