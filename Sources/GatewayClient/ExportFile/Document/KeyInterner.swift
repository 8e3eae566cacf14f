/// One `String` for all equal mapping keys of a parse that are too long to be stored inline
/// (over 15 bytes): an export repeats `x-amazon-apigateway-integration`, `passthroughBehavior`
/// and `application/json` in every method, and each would otherwise be its own allocation.
struct KeyInterner {
    private var table: [Int: [String]] = [:]

    /// The key for `bytes[range]` (text that needs no decoding).
    mutating func key(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard range.count > 15 else { return String(decoding: bytes[range], as: UTF8.self) }
        // FNV-1a over the bytes; equal keys are then compared byte by byte.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in range {
            hash = (hash ^ UInt64(bytes[index])) &* 0x0000_0100_0000_01B3
        }
        let slot = Int(truncatingIfNeeded: hash)
        if let candidates = table[slot] {
            for candidate in candidates where candidate.utf8.elementsEqual(bytes[range]) { return candidate }
        }
        let key = String(decoding: bytes[range], as: UTF8.self)
        table[slot, default: []].append(key)
        return key
    }
}
