/// A YAML parser that keeps every node's exact place in the file.
///
/// It reads what API exports and hand-written API files use: block mappings and sequences,
/// flow `{}`/`[]`, every scalar style, comments, `---`/`...` markers, anchors and aliases,
/// and YAML 1.1 merge keys (`<<`, see `YAMLDocumentParser+Merge.swift`).
/// It refuses, with a place, what it does not read: several documents, complex `? ` keys,
/// collections as keys, tabs used for indentation and duplicate keys.
struct YAMLDocumentParser {
    let source: SourceText
    let bytes: [UInt8]
    var pos = 0
    var flowDepth = 0
    var depth = 0
    var anchors: [String: DocNode] = [:]
    /// Anchors whose nodes are being parsed: an alias of one of them would be a cycle.
    var openAnchors: Set<String> = []
    /// Every alias, with the anchored node it uses.
    var anchorUses: [DocAnchorUse] = []
    /// Entries copied into mappings by merge keys so far (bounded by `maxMergedEntries`).
    var mergedEntries = 0
    /// One string for each long key the file repeats.
    var keys = KeyInterner()

    init(source: SourceText) {
        self.source = source
        self.bytes = source.bytes
    }

    /// Parses a whole YAML file holding one document; also returns every use of an anchor.
    static func parse(_ source: SourceText) throws -> (root: DocNode, anchorUses: [DocAnchorUse]) {
        var parser = YAMLDocumentParser(source: source)
        let root = try parser.parseStream()
        return (root, parser.anchorUses)
    }

    mutating func parseStream() throws -> DocNode {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
        try skipToContent()
        while current == UInt8(ascii: "%"), column(pos) == 0 {
            guard bytes[pos...].starts(with: "%YAML".utf8) else {
                throw error("YAML directives other than %YAML are not supported", at: pos)
            }
            while !atEnd, !isBreak(pos) { pos += 1 }
            try skipToContent()
        }
        if isDocumentMarker(pos, "---") {
            pos += 3
            try skipToContent()
        }
        let root: DocNode
        if atEnd || isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") {
            root = .scalar(emptyScalar(at: pos))
        } else {
            root = try parseNode(parentIndent: -1, compact: true)
            try finishLine()
            try skipToContent()
        }
        if isDocumentMarker(pos, "...") {
            pos += 3
            try finishLine()
            try skipToContent()
        }
        guard atEnd else {
            if isDocumentMarker(pos, "---") {
                throw error("a second YAML document ('---') is not supported: gwx reads one API per file", at: pos)
            }
            throw error("unexpected text after the end of the document (check its indentation)", at: pos)
        }
        return root
    }

    // MARK: - Nodes in block context

    /// Parses the node at `pos`. `compact` allows a block mapping or sequence to start here
    /// (at a line's first content or after `- `), which a value after `key: ` may not.
    mutating func parseNode(parentIndent: Int, compact: Bool) throws -> DocNode {
        depth += 1
        defer { depth -= 1 }
        guard depth < 256 else { throw error("the document is nested too deeply", at: pos) }
        let (anchor, tag) = try scanProperties()
        let wasOpen = anchor.map { !openAnchors.insert($0).inserted } ?? true
        defer { if let anchor, !wasOpen { openAnchors.remove(anchor) } }
        var node: DocNode
        if anchor != nil || tag != nil, atEnd || isBreak(pos) || current == Byte.hash {
            let propertiesEnd = pos
            try finishLine()
            try skipToContent()
            if !atEnd, !isDocumentMarker(pos, "---"), !isDocumentMarker(pos, "..."), column(pos) > parentIndent {
                node = try parseNode(parentIndent: parentIndent, compact: true)
            } else {
                node = .scalar(emptyScalar(at: propertiesEnd))
                pos = propertiesEnd
            }
        } else {
            node = try parseNodeContent(parentIndent: parentIndent, compact: compact)
        }
        if let tag, case var .scalar(scalar) = node {
            scalar.tag = tag
            node = .scalar(scalar)
        }
        if let anchor { anchors[anchor] = node }
        return node
    }

    mutating func parseNodeContent(parentIndent: Int, compact: Bool) throws -> DocNode {
        let nodeColumn = column(pos)
        let byte = current
        if byte == Byte.dash, isBlankOrEnd(pos + 1) {
            guard compact else {
                throw error("a block sequence cannot start after 'key: '; put each '- ' entry on its own line", at: pos)
            }
            return .sequence(try parseBlockSequence(indent: nodeColumn))
        }
        if byte == UInt8(ascii: "?"), isBlankOrEnd(pos + 1) {
            throw error("complex mapping keys ('? ') are not supported", at: pos)
        }
        if byte == UInt8(ascii: "|") || byte == UInt8(ascii: ">") {
            return .scalar(try parseBlockScalar(parentIndent: parentIndent))
        }
        if byte == UInt8(ascii: "*") {
            let alias = try parseAlias()
            try refuseKey(after: alias.span, "an alias cannot be a mapping key here")
            return alias
        }
        if byte == Byte.openBracket || byte == Byte.openBrace {
            let collection = try parseFlowCollection()
            try refuseKey(after: collection.span, "a flow collection cannot be a mapping key")
            return collection
        }
        let scalar = try scanScalarInBlock(parentIndent: parentIndent)
        let afterScalar = pos
        skipInlineBlanks()
        if current == Byte.colon, isBlankOrEnd(pos + 1) {
            guard compact else {
                throw error("mapping values are not allowed here; quote the value if it contains ': '", at: pos)
            }
            guard source.lineIndex(of: scalar.span.start.offset) == source.lineIndex(of: scalar.span.end.offset) else {
                throw error("a mapping key must fit on one line", at: scalar.span.start.offset)
            }
            pos = afterScalar
            return .mapping(try parseBlockMapping(indent: nodeColumn, firstKey: scalar))
        }
        pos = afterScalar
        return .scalar(scalar)
    }

    mutating func refuseKey(after span: DocSpan, _ message: String) throws {
        let save = pos
        skipInlineBlanks()
        if current == Byte.colon, isBlankOrEnd(pos + 1) { throw error(message, at: span.start.offset) }
        pos = save
    }

    mutating func parseBlockMapping(indent: Int, firstKey: DocScalar) throws -> DocMapping {
        var entries: [DocEntry] = []
        var seenKeys = DocKeyIndex()
        var pendingKey: DocScalar? = firstKey
        while true {
            let key: DocScalar
            if let pending = pendingKey {
                key = pending
                pendingKey = nil
            } else {
                key = try parseBlockKey()
            }
            if let first = seenKeys.firstOffset(of: key.value, recordingAt: key.span.start.offset, among: entries) {
                throw error("duplicate key '\(key.value)' (first defined on line \(source.location(at: first).line))", at: key.span.start.offset)
            }
            skipInlineBlanks()
            guard current == Byte.colon, isBlankOrEnd(pos + 1) else {
                throw error("expected ':' after the mapping key '\(key.value)'", at: pos)
            }
            pos += 1
            let colonEnd = pos
            skipInlineBlanks()
            let value: DocNode
            if atEnd || isBreak(pos) || current == Byte.hash {
                try finishLine()
                try skipToContent()
                if atEnd || isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") {
                    value = .scalar(emptyScalar(at: colonEnd))
                    pos = colonEnd
                } else if column(pos) > indent {
                    value = try parseNode(parentIndent: indent, compact: true)
                } else if column(pos) == indent, current == Byte.dash, isBlankOrEnd(pos + 1) {
                    value = .sequence(try parseBlockSequence(indent: indent))
                } else {
                    value = .scalar(emptyScalar(at: colonEnd))
                    pos = colonEnd
                }
            } else {
                value = try parseNode(parentIndent: indent, compact: false)
            }
            entries.append(DocEntry(key: key, value: value))
            try finishLine()
            try skipToContent()
            if atEnd || isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") { break }
            let nextColumn = column(pos)
            if nextColumn < indent { break }
            if nextColumn > indent {
                throw error("bad indentation: this line is indented more than the keys of its mapping (column \(indent + 1))", at: pos)
            }
            if current == Byte.dash, isBlankOrEnd(pos + 1) {
                throw error("expected a mapping key at this indentation, found a '- ' sequence entry", at: pos)
            }
        }
        let end = entries.last.map { max($0.value.span.end.offset, $0.key.span.end.offset) } ?? firstKey.span.end.offset
        // Leave the cursor where the mapping ends so the caller can finish that line.
        pos = end
        return try resolvingMerge(DocMapping(span: source.span(firstKey.span.start.offset, end), isFlow: false, entries: entries))
    }

    mutating func parseBlockKey() throws -> DocScalar {
        let tag = try scanProperties().tag
        let byte = current
        switch byte {
        case UInt8(ascii: "?") where isBlankOrEnd(pos + 1):
            throw error("complex mapping keys ('? ') are not supported", at: pos)
        case Byte.openBracket, Byte.openBrace:
            throw error("a flow collection cannot be a mapping key", at: pos)
        case UInt8(ascii: "*"):
            throw error("an alias cannot be a mapping key", at: pos)
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            throw error("a block scalar cannot be a mapping key", at: pos)
        case Byte.quote, Byte.doubleQuote:
            var key = try scanQuoted()
            guard source.lineIndex(of: key.span.start.offset) == source.lineIndex(of: key.span.end.offset) else {
                throw error("a mapping key must fit on one line", at: key.span.start.offset)
            }
            key.tag = tag
            return key
        default:
            guard canStartPlain(pos) else { throw cannotStart(pos) }
            var key = try scanPlain(parentIndent: Int.max, multiline: false, isKey: true)
            key.tag = tag
            return key
        }
    }

    mutating func parseBlockSequence(indent: Int) throws -> DocSequence {
        let start = pos
        var items: [DocNode] = []
        while true {
            let dashEnd = pos + 1
            pos += 1
            skipInlineBlanks()
            if atEnd || isBreak(pos) || current == Byte.hash {
                try finishLine()
                try skipToContent()
                if !atEnd, !isDocumentMarker(pos, "---"), !isDocumentMarker(pos, "..."), column(pos) > indent {
                    items.append(try parseNode(parentIndent: indent, compact: true))
                } else {
                    items.append(.scalar(emptyScalar(at: dashEnd)))
                    pos = dashEnd
                }
            } else {
                items.append(try parseNode(parentIndent: indent, compact: true))
            }
            try finishLine()
            try skipToContent()
            if atEnd || isDocumentMarker(pos, "---") || isDocumentMarker(pos, "...") { break }
            let nextColumn = column(pos)
            if nextColumn < indent { break }
            if nextColumn > indent {
                throw error("bad indentation: this line is indented more than the '- ' entries of its sequence (column \(indent + 1))", at: pos)
            }
            guard current == Byte.dash, isBlankOrEnd(pos + 1) else { break }
        }
        let end = max(items.last?.span.end.offset ?? start + 1, start + 1)
        pos = end
        return DocSequence(span: source.span(start, max(end, start + 1)), isFlow: false, items: items)
    }

    // MARK: - Properties and aliases

    mutating func scanProperties() throws -> (anchor: String?, tag: String?) {
        var anchor: String?
        var tag: String?
        while current == UInt8(ascii: "&") || current == UInt8(ascii: "!") {
            if current == UInt8(ascii: "&") {
                anchor = try scanName()
            } else {
                let start = pos
                while !isBlankOrEnd(pos) { pos += 1 }
                tag = source.text(start..<pos)
            }
            skipInlineBlanks()
        }
        return (anchor, tag)
    }

    /// Scans `&name` or `*name` and returns the name.
    mutating func scanName() throws -> String {
        let start = pos
        pos += 1
        while !isBlankOrEnd(pos), !Byte.isFlowIndicator(current) { pos += 1 }
        guard pos > start + 1 else { throw error("expected an anchor name after '\(source.text(start..<start + 1))'", at: start) }
        return source.text(start + 1..<pos)
    }

    mutating func parseAlias() throws -> DocNode {
        let start = pos
        let name = try scanName()
        if openAnchors.contains(name) {
            throw error("the alias '*\(name)' is inside the node anchored '&\(name)' that it names: recursive YAML is not supported", at: start)
        }
        guard let target = anchors[name] else { throw error("unknown alias '*\(name)': no '&\(name)' anchor before it", at: start) }
        let span = source.span(start, pos)
        anchorUses.append(DocAnchorUse(name: name, anchored: target.span, alias: span))
        return .alias(DocAlias(span: span, name: name, target: target))
    }
}
