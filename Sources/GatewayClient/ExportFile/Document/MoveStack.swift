/// A stack of values being collected by a parser, moved (not copied) out into arrays of their
/// exact count.
///
/// A JSON object's entries are gathered here while it is read, then handed to the object in one
/// array: moving them costs no retain and no release per entry, where copying out of an `Array`
/// and removing the copied range costs both. Its memory is its owner's to give back: call
/// `release()` once parsing ends (a thrown error included).
struct MoveStack<Element> {
    private var base: UnsafeMutablePointer<Element>?
    private var capacity = 0
    /// How many values are on the stack.
    private(set) var count = 0

    /// Pushes a value.
    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        guard let base else { return }
        (base + count).initialize(to: element)
        count += 1
    }

    /// The values from `start` to the top, valid until the stack next changes.
    func elements(from start: Int) -> UnsafeBufferPointer<Element> {
        guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + start, count: count - start)
    }

    /// Removes the values from `start` to the top and returns them, in order, in an array of
    /// their exact count.
    mutating func pop(from start: Int) -> [Element] {
        let moved = count - start
        guard moved > 0, let base else { return [] }
        count = start
        // Appended one by one into reserved room, not `Array(unsafeUninitializedCapacity:)`:
        // that one looks up the array's type metadata at run time on every call.
        var popped: [Element] = []
        popped.reserveCapacity(moved)
        for index in start..<start + moved { popped.append((base + index).move()) }
        return popped
    }

    /// Destroys what is left and gives the memory back.
    mutating func release() {
        guard let base else { return }
        base.deinitialize(count: count)
        base.deallocate()
        self.base = nil
        capacity = 0
        count = 0
    }

    private mutating func grow() {
        let bigger = max(64, capacity * 2)
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: bigger)
        if let base {
            moved.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = moved
        capacity = bigger
    }
}
