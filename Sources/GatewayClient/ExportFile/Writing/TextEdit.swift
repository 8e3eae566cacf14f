/// A replacement of one byte range of a file's text.
struct TextEdit: Hashable, Sendable {
    /// The bytes replaced (empty for an insertion).
    var range: Range<Int>
    /// The new text.
    var replacement: String
}

/// A new value to write into a document where there was none.
indirect enum EditValue: Hashable, Sendable {
    case string(String)
    case bool(Bool)
    case mapping([EditEntry])
}

/// One key and value of a new mapping.
struct EditEntry: Hashable, Sendable {
    var key: String
    var value: EditValue

    init(_ key: String, _ value: EditValue) {
        self.key = key
        self.value = value
    }
}

extension Array where Element == TextEdit {
    /// Applies the edits to bytes. Edits may touch at their ends but must not overlap; two
    /// insertions at the same place keep their order (a nested map's new key before the next
    /// key of its parent), so they are applied from last to first.
    func applied(to bytes: [UInt8], file: String) throws -> [UInt8] {
        let ordered = enumerated().sorted {
            ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset) > ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
        }.map(\.element)
        var result = bytes
        var limit = bytes.count
        for edit in ordered {
            guard edit.range.upperBound <= limit, edit.range.lowerBound >= 0 else {
                throw ExportFileError.verificationFailed(message: "internal error: two edits of the same text overlap; nothing was written", file: file)
            }
            result.replaceSubrange(edit.range, with: [UInt8](edit.replacement.utf8))
            limit = edit.range.lowerBound
        }
        return result
    }
}
