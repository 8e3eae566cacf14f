/// The keys a mapping being parsed has seen, to refuse a duplicate with the first one's place.
///
/// Most mappings in an export have a handful of keys: they are compared one by one with the
/// entries read so far (no hashing, no allocation); a big mapping such as `paths` gets a
/// dictionary once it reaches `linearLimit` keys.
struct DocKeyIndex {
    static let linearLimit = 12
    private var many: [String: Int]?

    /// The offset of an earlier key equal to `key`, or nil after recording `key` at `offset`.
    /// `entries` are the mapping's entries before this key, the key of each one seen.
    mutating func firstOffset(of key: String, recordingAt offset: Int, among entries: some RandomAccessCollection<DocEntry>) -> Int? {
        if many == nil {
            if entries.count < Self.linearLimit {
                for index in entries.indices where entries[index].key.value == key { return entries[index].key.span.start.offset }
                return nil
            }
            var table: [String: Int] = [:]
            table.reserveCapacity(entries.count * 2)
            for index in entries.indices where table[entries[index].key.value] == nil {
                table[entries[index].key.value] = entries[index].key.span.start.offset
            }
            many = table
        }
        if let first = many?[key] { return first }
        many?[key] = offset
        return nil
    }
}
