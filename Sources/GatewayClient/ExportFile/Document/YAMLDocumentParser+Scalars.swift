// MARK: - Plain and quoted scalars

extension YAMLDocumentParser {
    /// A quoted scalar, or a plain one that may continue on more-indented lines.
    mutating func scanScalarInBlock(parentIndent: Int) throws -> DocScalar {
        if current == Byte.quote || current == Byte.doubleQuote { return try scanQuoted() }
        guard canStartPlain(pos) else { throw cannotStart(pos) }
        return try scanPlain(parentIndent: parentIndent, multiline: true)
    }

    /// A plain scalar: lines are trimmed and folded (a line break becomes a space, an empty
    /// line a line break). It ends at `: `, ` #`, a less-indented line, or (in flow) `,[]{}`.
    /// A scalar on one run of bytes is sliced from them; only a folded one is built in a buffer.
    mutating func scanPlain(parentIndent: Int, multiline: Bool, isKey: Bool = false) throws -> DocScalar {
        let start = pos
        var out: [UInt8] = []
        var folds = false
        var end = pos
        var pending: [UInt8] = []
        while true {
            if current == Byte.hash { break }
            let chunkStart = pos
            while !atEnd {
                let byte = bytes[pos]
                if byte == Byte.space || byte == Byte.tab || isBreak(pos) { break }
                if byte == Byte.colon, isBlankOrEnd(pos + 1) || (flowDepth > 0 && Byte.isFlowIndicator(at(pos + 1))) { break }
                if flowDepth > 0, Byte.isFlowIndicator(byte) { break }
                pos += 1
            }
            if pos == chunkStart { break }
            if chunkStart > start {
                if !folds { out += bytes[start..<end] }
                folds = true
                out += pending
                out += bytes[chunkStart..<pos]
            }
            end = pos
            let whitespaceStart = pos
            skipInlineBlanks()
            if isBreak(pos) {
                guard multiline else { break }
                let firstBreak = breakValue(pos)
                consumeBreak()
                var breaks: [UInt8] = []
                var stop = isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...")
                while !stop {
                    skipInlineBlanks()
                    guard isBreak(pos) else { break }
                    breaks += breakValue(pos)
                    consumeBreak()
                    stop = isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...")
                }
                if stop || atEnd { break }
                if flowDepth == 0, column(pos) <= parentIndent { break }
                if current == Byte.hash { break }
                pending = folded(firstBreak, breaks)
            } else {
                if pos == whitespaceStart || atEnd { break }
                pending = Array(bytes[whitespaceStart..<pos])
            }
        }
        pos = end
        let value = folds ? String(decoding: out, as: UTF8.self)
            : isKey ? keys.key(bytes, start..<end) : String(decoding: bytes[start..<end], as: UTF8.self)
        return DocScalar(span: source.span(start, end), value: value, style: .plain)
    }

    /// A `'single'` or `"double"` quoted scalar, folded across lines, with escapes.
    mutating func scanQuoted() throws -> DocScalar {
        let start = pos
        let quote = current
        let isDouble = quote == Byte.doubleQuote
        pos += 1
        var out: [UInt8] = []
        while true {
            guard !atEnd else { throw unterminatedQuote(start) }
            let byte = current
            if byte == quote {
                if !isDouble, at(pos + 1) == Byte.quote {
                    out.append(Byte.quote)
                    pos += 2
                    continue
                }
                pos += 1
                break
            }
            if isDouble, byte == Byte.backslash {
                try scanEscape(into: &out)
                continue
            }
            if byte == Byte.space || byte == Byte.tab {
                let whitespaceStart = pos
                skipInlineBlanks()
                guard !atEnd else { throw unterminatedQuote(start) }
                if !isBreak(pos) { out += bytes[whitespaceStart..<pos] }
                continue
            }
            if isBreak(pos) {
                let firstBreak = breakValue(pos)
                consumeBreak()
                out += folded(firstBreak, try scanQuotedBreaks(start))
                continue
            }
            out.append(byte)
            pos += 1
        }
        return DocScalar(span: source.span(start, pos), value: String(decoding: out, as: UTF8.self),
                         style: isDouble ? .doubleQuoted : .singleQuoted)
    }

    /// A line break and the empty lines after it, folded as YAML 1.1 does: a `\n` alone becomes
    /// a space, a `\n` before empty lines disappears, and U+2028/U+2029 are always kept.
    func folded(_ firstBreak: [UInt8], _ breaks: [UInt8]) -> [UInt8] {
        if firstBreak != [Byte.lineFeed] { return firstBreak + breaks }
        return breaks.isEmpty ? [Byte.space] : breaks
    }

    /// After a line break inside quotes: skips indentation and returns the empty lines' breaks.
    mutating func scanQuotedBreaks(_ start: Int) throws -> [UInt8] {
        var breaks: [UInt8] = []
        while true {
            if isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") {
                throw error("a document marker inside a quoted string; is a closing quote missing?", at: pos)
            }
            skipInlineBlanks()
            guard !atEnd else { throw unterminatedQuote(start) }
            guard isBreak(pos) else { return breaks }
            breaks += breakValue(pos)
            consumeBreak()
        }
    }

    mutating func scanEscape(into out: inout [UInt8]) throws {
        let escapeStart = pos
        pos += 1
        guard !atEnd else { throw error("unterminated escape in a double-quoted string", at: escapeStart) }
        if isBreak(pos) {
            // An escaped line break joins the lines without a space.
            consumeBreak()
            out += try scanQuotedBreaks(escapeStart)
            return
        }
        let code = current
        pos += 1
        let simple: [UInt8: UInt32] = [
            UInt8(ascii: "0"): 0, UInt8(ascii: "a"): 7, UInt8(ascii: "b"): 8, UInt8(ascii: "t"): 9, Byte.tab: 9,
            UInt8(ascii: "n"): 10, UInt8(ascii: "v"): 11, UInt8(ascii: "f"): 12, UInt8(ascii: "r"): 13,
            UInt8(ascii: "e"): 27, Byte.space: 32, Byte.doubleQuote: 34, UInt8(ascii: "/"): 47, Byte.backslash: 92,
            UInt8(ascii: "N"): 0x85, UInt8(ascii: "_"): 0xA0, UInt8(ascii: "L"): 0x2028, UInt8(ascii: "P"): 0x2029,
        ]
        var value: UInt32
        if let known = simple[code] {
            value = known
        } else {
            let width: Int
            switch code {
            case UInt8(ascii: "x"): width = 2
            case UInt8(ascii: "u"): width = 4
            case UInt8(ascii: "U"): width = 8
            default: throw error("invalid escape '\\\(source.text(escapeStart + 1..<min(bytes.count, escapeStart + 2)))' in a double-quoted string", at: escapeStart)
            }
            value = 0
            for _ in 0..<width {
                guard let digit = hexDigit(current) else {
                    throw error("expected \(width) hex digits in the escape", at: escapeStart)
                }
                value = value * 16 + digit
                pos += 1
            }
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw error("the escape does not name a Unicode character", at: escapeStart)
        }
        out += Array(String(Character(scalar)).utf8)
    }

    func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    func unterminatedQuote(_ start: Int) -> ExportFileError {
        error("unterminated quoted string: expected a closing \(at(start) == Byte.quote ? "'" : "\"")", at: start)
    }
}
