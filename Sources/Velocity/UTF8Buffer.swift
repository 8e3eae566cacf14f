// A growable UTF-8 byte buffer: a render's output, and the JSON writers of Mapping. Appending
// is a capacity check and a copy, without the per-append uniqueness and bookkeeping of an
// `[UInt8]` or a `String` (a render appends thousands of short pieces). Inlinable, so that
// Mapping's per-byte writers compile to plain stores.

/// A growable byte buffer that becomes one string or byte array.
@frozen
public struct UTF8Buffer: ~Copyable {
    @usableFromInline var start: UnsafeMutablePointer<UInt8>
    @usableFromInline var capacity: Int
    /// The bytes written so far (set only by the buffer's own methods).
    @usableFromInline var written = 0

    /// The number of bytes written.
    @inlinable public var count: Int { written }

    /// An empty buffer with room for `capacity` bytes before it grows.
    @inlinable
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Makes room for `extra` more bytes.
    @inlinable @inline(__always)
    public mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(toAtLeast: count + extra) }
    }

    @usableFromInline
    mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Appends one byte.
    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        written &+= 1
    }

    /// Appends bytes.
    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: source, count: bytes.count)
        written &+= bytes.count
    }

    /// Appends an ASCII literal (`null`, `true`).
    @inlinable @inline(__always)
    public mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8.
    @inlinable
    public mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    /// Appends an integer in decimal, as Java prints a long.
    @inlinable
    public mutating func appendDecimal(_ value: Int) {
        reserve(20)
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let length = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
            // Digits backwards from the end of a 24-byte scratch area.
            var position = scratch.count
            repeat {
                position -= 1
                scratch[position] = UInt8(truncatingIfNeeded: magnitude % 10) + UInt8(ascii: "0")
                magnitude /= 10
            } while magnitude != 0
            if value < 0 {
                position -= 1
                scratch[position] = UInt8(ascii: "-")
            }
            let length = scratch.count - position
            (start + count).initialize(from: scratch.baseAddress.unsafelyUnwrapped.assumingMemoryBound(to: UInt8.self) + position,
                                       count: length)
            return length
        }
        written &+= length
    }

    /// Writes bytes that `reserve` has made room for, through a pointer at the end; `body`
    /// returns how many it wrote.
    @inlinable @inline(__always)
    public mutating func appendReserved(_ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        written &+= body(start + count)
    }

    /// The bytes from `offset` to the end, as an array.
    public func bytes(from offset: Int = 0) -> [UInt8] {
        Array(UnsafeBufferPointer(start: start + offset, count: count - offset))
    }

    /// The bytes from `offset` to the end, as a string (repaired if not valid UTF-8).
    public func string(from offset: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: start + offset, count: count - offset), as: UTF8.self)
    }

    /// Forgets the bytes from `offset` on.
    public mutating func truncate(to offset: Int) {
        written = min(written, max(offset, 0))
    }

    /// The bytes as a string (repaired if they are not valid UTF-8).
    public consuming func makeString() -> String {
        let count = count
        if count == 0 { return "" }
        let start = start
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.baseAddress.unsafelyUnwrapped.initialize(from: start, count: count)
            return count
        }
    }
}
