// MARK: - Flow collections: `[a, b]` and `{k: v}`

extension YAMLDocumentParser {
    mutating func parseFlowCollection() throws -> DocNode {
        depth += 1
        flowDepth += 1
        defer {
            depth -= 1
            flowDepth -= 1
        }
        guard depth < 256 else { throw error("the document is nested too deeply", at: pos) }
        let open = pos
        let isMapping = current == Byte.openBrace
        pos += 1
        return isMapping ? .mapping(try parseFlowMappingBody(open: open)) : .sequence(try parseFlowSequenceBody(open: open))
    }

    mutating func parseFlowMappingBody(open: Int) throws -> DocMapping {
        var entries: [DocEntry] = []
        var seenKeys = DocKeyIndex()
        while true {
            try skipFlowSpace(open: open)
            if current == Byte.closeBrace {
                pos += 1
                return try resolvingMerge(DocMapping(span: source.span(open, pos), isFlow: true, entries: entries))
            }
            let key = try parseFlowKey()
            if let first = seenKeys.firstOffset(of: key.value, recordingAt: key.span.start.offset, among: entries) {
                throw error("duplicate key '\(key.value)' (first defined on line \(source.location(at: first).line))", at: key.span.start.offset)
            }
            try skipFlowSpace(open: open)
            let value: DocNode
            if current == Byte.colon {
                pos += 1
                let colonEnd = pos
                try skipFlowSpace(open: open)
                if current == Byte.comma || current == Byte.closeBrace {
                    value = .scalar(emptyScalar(at: colonEnd))
                } else {
                    value = try parseFlowNode()
                }
            } else {
                value = .scalar(emptyScalar(at: key.span.end.offset))
            }
            entries.append(DocEntry(key: key, value: value))
            try skipFlowSpace(open: open)
            if current == Byte.comma {
                pos += 1
                continue
            }
            if current == Byte.closeBrace { continue }
            throw error("expected ',' or '}' in the flow mapping opened on line \(source.location(at: open).line), column \(source.location(at: open).column)", at: pos)
        }
    }

    mutating func parseFlowSequenceBody(open: Int) throws -> DocSequence {
        var items: [DocNode] = []
        while true {
            try skipFlowSpace(open: open)
            if current == Byte.closeBracket {
                pos += 1
                return DocSequence(span: source.span(open, pos), isFlow: true, items: items)
            }
            let item = try parseFlowNode()
            items.append(item)
            try skipFlowSpace(open: open)
            if current == Byte.colon {
                throw error("'key: value' pairs inside [ ] are not supported; use { } for a mapping", at: pos)
            }
            if current == Byte.comma {
                pos += 1
                continue
            }
            if current == Byte.closeBracket { continue }
            throw error("expected ',' or ']' in the flow sequence opened on line \(source.location(at: open).line), column \(source.location(at: open).column)", at: pos)
        }
    }

    mutating func parseFlowKey() throws -> DocScalar {
        let tag = try scanProperties().tag
        var key: DocScalar
        switch current {
        case Byte.quote, Byte.doubleQuote:
            key = try scanQuoted()
        case Byte.openBracket, Byte.openBrace:
            throw error("a flow collection cannot be a mapping key", at: pos)
        case UInt8(ascii: "*"):
            throw error("an alias cannot be a mapping key", at: pos)
        case UInt8(ascii: "?") where isBlankOrEnd(pos + 1):
            throw error("complex mapping keys ('? ') are not supported", at: pos)
        default:
            guard canStartPlain(pos) else { throw cannotStart(pos) }
            key = try scanPlain(parentIndent: -1, multiline: true)
        }
        key.tag = tag
        return key
    }

    mutating func parseFlowNode() throws -> DocNode {
        let (anchor, tag) = try scanProperties()
        let wasOpen = anchor.map { !openAnchors.insert($0).inserted } ?? true
        defer { if let anchor, !wasOpen { openAnchors.remove(anchor) } }
        var node: DocNode
        switch current {
        case Byte.openBracket, Byte.openBrace:
            node = try parseFlowCollection()
        case UInt8(ascii: "*"):
            node = try parseAlias()
        case Byte.quote, Byte.doubleQuote:
            node = .scalar(try scanQuoted())
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw error("block scalars ('|', '>') are not allowed inside [ ] or { }", at: pos)
        default:
            if anchor != nil || tag != nil, current == Byte.comma || current == Byte.closeBrace || current == Byte.closeBracket {
                node = .scalar(emptyScalar(at: pos))
            } else {
                guard canStartPlain(pos) else { throw cannotStart(pos) }
                node = .scalar(try scanPlain(parentIndent: -1, multiline: true))
            }
        }
        if let tag, case var .scalar(scalar) = node {
            scalar.tag = tag
            node = .scalar(scalar)
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    /// Skips blanks, line breaks and comments inside a flow collection.
    mutating func skipFlowSpace(open: Int) throws {
        while true {
            if atEnd {
                let opened = source.location(at: open)
                let close = at(open) == Byte.openBrace ? "}" : "]"
                throw error("unexpected end of file: expected '\(close)' to close the '\(source.text(open..<open + 1))' opened on line \(opened.line), column \(opened.column)", at: pos)
            }
            if isBlank(pos) {
                pos += 1
            } else if isBreak(pos) {
                consumeBreak()
                if isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") {
                    throw error("a document marker inside '\(source.text(open..<open + 1))'; is a closing bracket missing?", at: pos)
                }
            } else if current == Byte.hash {
                // Where a token may start, PyYAML reads `#` as a comment even without a blank
                // before it (`[#c` is `[`), and a plain scalar never starts with `#`.
                skipComment()
            } else {
                return
            }
        }
    }
}
