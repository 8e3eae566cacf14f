/// A growable byte buffer that becomes one string: the JSON writers append to it without the
/// per-byte uniqueness and capacity bookkeeping of an `[UInt8]`.
struct UTF8Buffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The bytes written so far.
    private(set) var count = 0

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count &+ extra > capacity { grow(toAtLeast: count + extra) }
    }

    private mutating func grow(toAtLeast needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count &+= 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (start + count).initialize(from: source, count: bytes.count)
        count &+= bytes.count
    }

    /// Appends an ASCII literal (`null`, `true`).
    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Appends an integer in decimal, as Java prints a long.
    mutating func appendDecimal(_ value: Int) {
        reserve(20)
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let written = withUnsafeMutableBytes(of: &digits) { scratch -> Int in
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
        count &+= written
    }

    /// Writes bytes that `reserve` has made room for, through a pointer at the end; `body`
    /// returns how many it wrote.
    @inline(__always)
    mutating func appendReserved(_ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        count &+= body(start + count)
    }

    /// The bytes as a string (repaired if they are not valid UTF-8).
    consuming func makeString() -> String {
        let count = count
        if count == 0 { return "" }
        let start = start
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.baseAddress.unsafelyUnwrapped.initialize(from: start, count: count)
            return count
        }
    }
}
