/// The keys a mapping being parsed has seen, to refuse a duplicate with the first one's place.
///
/// Most mappings in an export have a handful of keys: they are compared one by one (no
/// hashing, no allocation beyond one small array); a big mapping such as `paths` gets a
/// dictionary once it passes `linearLimit` keys.
struct DocKeyIndex {
    static let linearLimit = 12
    private var few: [(key: String, offset: Int)] = []
    private var many: [String: Int]?

    /// The offset of an earlier key equal to `key`, or nil after recording `key` at `offset`.
    mutating func firstOffset(of key: String, recordingAt offset: Int) -> Int? {
        if many != nil {
            if let first = many?[key] { return first }
            many?[key] = offset
            return nil
        }
        for seen in few where seen.key == key { return seen.offset }
        few.append((key, offset))
        if few.count > Self.linearLimit {
            many = Dictionary(few.lazy.map { ($0.key, $0.offset) }, uniquingKeysWith: { first, _ in first })
            few = []
        }
        return nil
    }
}
