#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One `String` for all equal mapping keys of a parse that are too long to be stored inline
/// (over 15 bytes): an export repeats `x-amazon-apigateway-integration`, `passthroughBehavior`
/// and `application/json` in every method, and each would otherwise be its own allocation.
struct KeyInterner {
    // An open-addressing table (linear probing, at most half full): a key costs a hash of its
    // bytes and, when found, one `memcmp`.
    private var slots: [String?] = Array(repeating: nil, count: 64)
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    private var count = 0

    /// The key for `bytes[range]` (text that needs no decoding).
    mutating func key(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        guard range.count > 15 else { return String(decoding: bytes[range], as: UTF8.self) }
        // FNV-1a's steps over eight bytes at a time, then the rest one by one (keys here are 16
        // bytes and more); equal keys are then compared byte by byte.
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
                index += 8
            }
            while index < range.upperBound {
                hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3
                index += 1
            }
        }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let candidate = slots[slot] {
            if hashes[slot] == hash, Self.equal(candidate, bytes, range) { return candidate }
            slot = (slot + 1) & mask
        }
        let key = String(decoding: bytes[range], as: UTF8.self)
        slots[slot] = key
        hashes[slot] = hash
        count += 1
        if count * 2 > slots.count { grow() }
        return key
    }

    private static func equal(_ candidate: String, _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var candidate = candidate
        return candidate.withUTF8 { text in
            guard text.count == range.count else { return false }
            return bytes.withUnsafeBufferPointer { buffer in
                guard let left = text.baseAddress, let right = buffer.baseAddress else { return text.count == 0 }
                return memcmp(left, right + range.lowerBound, range.count) == 0
            }
        }
    }

    private mutating func grow() {
        let old = zip(slots, hashes)
        var bigger = KeyInterner()
        bigger.slots = Array(repeating: nil, count: slots.count * 2)
        bigger.hashes = Array(repeating: 0, count: slots.count * 2)
        let mask = bigger.slots.count - 1
        for case let (key?, hash) in old {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while bigger.slots[slot] != nil { slot = (slot + 1) & mask }
            bigger.slots[slot] = key
            bigger.hashes[slot] = hash
        }
        bigger.count = count
        self = bigger
    }
}
