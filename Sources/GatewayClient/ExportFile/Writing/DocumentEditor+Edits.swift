// MARK: - Surgical edits

extension DocumentEditor {
    /// Replaces a scalar's text, keeping its style where the new text allows.
    /// `parentIndent` is the column of the keys of the block mapping that holds it.
    func setScalar(_ scalar: DocScalar, to text: String, inFlow: Bool, parentIndent: Int) -> [TextEdit] {
        let start = scalar.span.start.offset
        if document.format == .json {
            return [TextEdit(range: scalar.span.range, replacement: ScalarWriter.json(text))]
        }
        let contentIndent = scalar.blockIndent ?? parentIndent + yamlStep
        let place: YAMLScalarPlace = inFlow ? .flowValue : .blockValue(contentIndent: contentIndent)
        var newText = ScalarWriter.yaml(text, previous: scalar.style, place: place, newline: newline)
        let newIsBlock = newText.hasPrefix("|")
        let oldIsKeep = scalar.style == .literal(.keep) || scalar.style == .folded(.keep)
        let end = oldIsKeep || newText.hasPrefix("|+") ? scalar.extendedEnd : scalar.span.end.offset
        if scalar.span.range.isEmpty { newText = " " + newText }
        if newIsBlock, lineEnd(end) == bytes.count, end == bytes.count || bytes[end...].allSatisfy({ $0 == Byte.space || $0 == Byte.tab }) {
            // A block scalar needs its last line break to keep its value at the end of the file.
            newText += newline
        }
        guard newIsBlock else { return [TextEdit(range: start..<end, replacement: newText)] }
        let (header, body) = splitHeader(newText)
        if scalar.style.isBlock, let headerEnd = scalar.blockHeaderEnd, let bodyStart = scalar.blockBodyStart, headerEnd < bodyStart {
            // Keep the comment on the header line: `key: | # note`.
            return [TextEdit(range: start..<headerEnd, replacement: header),
                    TextEdit(range: bodyStart..<max(bodyStart, end), replacement: body)]
        }
        if !scalar.style.isBlock {
            let rest = document.source.text(end..<lineEnd(end))
            if !rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // `key: value # note` becomes `key: | # note` and the lines below it.
                return [TextEdit(range: start..<lineEnd(end), replacement: header + rest + body)]
            }
        }
        return [TextEdit(range: start..<end, replacement: newText)]
    }

    func splitHeader(_ blockText: String) -> (String, String) {
        // The writer's line break: `\n`, `\r\n` or, in a file with old Mac line ends, `\r`.
        guard let breakIndex = blockText.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else { return (blockText, "") }
        return (String(blockText[..<breakIndex]), String(blockText[breakIndex...]))
    }

    /// Renames a key in place.
    func renameKey(_ entry: DocEntry, in mapping: DocMapping, to key: String) -> TextEdit {
        TextEdit(range: entry.key.span.range, replacement: keyText(key, previous: entry.key.style, inFlow: mapping.isFlow))
    }

    /// Adds entries after the entry at `index` of `mapping.written`, laid out like it.
    func insertEntries(_ entries: [EditEntry], into mapping: DocMapping, after index: Int) -> TextEdit {
        let anchor = mapping.written[index]
        if mapping.isFlow {
            let anchorLine = document.source.lineIndex(of: anchor.key.span.start.offset)
            let multiline = anchorLine != document.source.lineIndex(of: mapping.span.start.offset)
            let indent = lineIndentText(anchor.key.span.start.offset)
            var separator = multiline ? newline + indent : (document.format == .json && jsonIsCompact ? "" : " ")
            if !multiline, index > 0 {
                // Space after commas as the mapping already has it.
                separator = String(document.source.text(mapping.written[index - 1].value.span.end.offset..<anchor.key.span.start.offset).drop { $0 != "," }.dropFirst())
            }
            var colon = document.source.text(anchor.key.span.end.offset..<anchor.value.span.start.offset)
            if document.source.containsLineBreak(colon) || anchor.value.span.range.isEmpty { colon = document.format == .json ? jsonColon : ": " }
            let text = entries.map { entry in
                let value = document.format == .json ? jsonText(entry.value, indent: indent) : yamlFlowText(entry.value)
                return "," + separator + keyText(entry.key, previous: nil, inFlow: true) + colon + value
            }.joined()
            return TextEdit(range: anchor.value.span.end.offset..<anchor.value.span.end.offset, replacement: text)
        }
        let indent = self.indent(of: mapping)
        let offset = lineEnd(contentEnd(anchor.value))
        let padding = String(repeating: " ", count: indent)
        let lineBreak = breakLength(at: offset)
        guard lineBreak > 0 else {
            let text = entries.map { newline + padding + yamlBlockEntry($0, indent: indent) }.joined()
            return TextEdit(range: offset..<offset, replacement: text)
        }
        // After the anchor's line break rather than before it: the same bytes, but the insertion
        // then only touches (never falls inside) a deletion of the anchor's last nested entry.
        let text = entries.map { padding + yamlBlockEntry($0, indent: indent) + newline }.joined()
        return TextEdit(range: offset + lineBreak..<offset + lineBreak, replacement: text)
    }

    /// Removes the entry at `index` of `mapping.written` with its comma (JSON, flow) or its
    /// lines (YAML block). A YAML block mapping's only entry cannot be removed this way:
    /// replace the value that holds the mapping instead.
    func deleteEntry(at index: Int, in mapping: DocMapping) throws -> TextEdit {
        let written = mapping.written
        let entry = written[index]
        if mapping.isFlow {
            if index + 1 < written.count {
                return TextEdit(range: entry.key.span.start.offset..<written[index + 1].key.span.start.offset, replacement: "")
            }
            if index > 0 {
                return TextEdit(range: written[index - 1].value.span.end.offset..<entry.value.span.end.offset, replacement: "")
            }
            return TextEdit(range: mapping.span.range, replacement: document.format == .json ? "{ }" : "{}")
        }
        guard written.count > 1 else {
            throw unsupported("cannot remove the only key of a mapping in place", at: entry.key.span.start.offset)
        }
        let start = lineStart(entry.key.span.start.offset)
        guard bytes[start..<entry.key.span.start.offset].allSatisfy({ $0 == Byte.space }) else {
            throw unsupported("cannot remove a key that does not start its own line", at: entry.key.span.start.offset)
        }
        let end = lineEnd(contentEnd(entry.value))
        return TextEdit(range: start..<min(bytes.count, end + breakLength(at: end)), replacement: "")
    }

    /// Replaces the whole value of the entry at `index` of `mapping.written` with a new value.
    func replaceValue(ofEntryAt index: Int, in mapping: DocMapping, with value: EditValue) -> [TextEdit] {
        let entry = mapping.written[index]
        switch document.format {
        case .json:
            return [TextEdit(range: entry.value.span.range, replacement: jsonText(value, indent: lineIndentText(entry.key.span.start.offset)))]
        case .yaml where mapping.isFlow:
            let prefix = entry.value.span.range.isEmpty ? " " : ""
            return [TextEdit(range: entry.value.span.range, replacement: prefix + yamlFlowText(value))]
        case .yaml:
            let indent = self.indent(of: mapping)
            let colon = colonEnd(after: entry.key)
            let isEmptyValue = entry.value.span.range.isEmpty
            let rest = document.source.text(colon..<lineEnd(colon))
            if isEmptyValue, !rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // `key: # note` with nothing after: put the new lines below the comment.
                switch value {
                case .mapping(let entries) where !entries.isEmpty:
                    let end = lineEnd(colon)
                    return [TextEdit(range: end..<end, replacement: yamlBlockValue(value, indent: indent))]
                case let .string(text):
                    return [TextEdit(range: colon..<colon, replacement: " " + ScalarWriter.doubleQuoted(text))]
                default:
                    return [TextEdit(range: colon..<colon, replacement: yamlBlockValue(value, indent: indent))]
                }
            }
            var text = yamlBlockValue(value, indent: indent)
            let end = max(colon, contentEnd(entry.value))
            if text.hasPrefix(" |"), lineEnd(end) == bytes.count { text += newline }
            return [TextEdit(range: colon..<end, replacement: text)]
        }
    }
}

// MARK: - Several deletions in one mapping

extension DocumentEditor {
    /// Removes several entries (indices of `mapping.written`) of one mapping. In JSON and flow
    /// mappings, a run of neighbouring entries is removed as one range so that commas stay right.
    func deleteEntries(_ indices: Set<Int>, in mapping: DocMapping) throws -> [TextEdit] {
        guard !indices.isEmpty else { return [] }
        guard mapping.isFlow else { return try indices.sorted().map { try deleteEntry(at: $0, in: mapping) } }
        let written = mapping.written
        let count = written.count
        if indices.count == count {
            return [TextEdit(range: mapping.span.range, replacement: document.format == .json ? "{ }" : "{}")]
        }
        var edits: [TextEdit] = []
        var index = 0
        while index < count {
            guard indices.contains(index) else {
                index += 1
                continue
            }
            let first = index
            while index + 1 < count, indices.contains(index + 1) { index += 1 }
            let last = index
            if last + 1 < count {
                edits.append(TextEdit(range: written[first].key.span.start.offset..<written[last + 1].key.span.start.offset, replacement: ""))
            } else {
                edits.append(TextEdit(range: written[first - 1].value.span.end.offset..<written[last].value.span.end.offset, replacement: ""))
            }
            index += 1
        }
        return edits
    }
}
