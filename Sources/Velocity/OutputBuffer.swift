// The bytes a render writes: one growable buffer of UTF-8. Appending is a capacity check and a
// copy, cheaper than growing a String or an Array piece by piece (a render appends thousands
// of short pieces).

/// A growable UTF-8 byte buffer owned by one renderer.
final class OutputBuffer {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// Creates an empty buffer with room for `capacity` bytes.
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        start = .allocate(capacity: self.capacity)
    }

    deinit {
        start.deallocate()
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// Appends bytes.
    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (start + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    private func grow(toHold needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.update(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// The bytes from `offset` to the end, as an array.
    func bytes(from offset: Int = 0) -> [UInt8] {
        Array(UnsafeBufferPointer(start: start + offset, count: count - offset))
    }

    /// The bytes from `offset` to the end, as a string.
    func string(from offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: start + offset, count: count - offset), as: UTF8.self)
    }

    /// Forgets the bytes from `offset` on.
    func truncate(to offset: Int) {
        count = min(count, max(offset, 0))
    }
}
