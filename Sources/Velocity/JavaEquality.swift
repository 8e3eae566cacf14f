// Java's `equals` between values, and which values Velocity treats as the same class.

/// Java's `Object.equals` for the values a template handles.
enum JavaEquality {
    /// `a.equals(b)` in Java (Integer never equals Double; lists and maps compare contents).
    static func equals(_ a: Value, _ b: Value, depth: Int = 0) -> Bool {
        guard depth < JavaPrinting.maxDepth else { return false }
        switch (a, b) {
        case (.null, .null): return true
        case (.string(let x), .string(let y)): return x == y
        case (.integer(let x), .integer(let y)): return x == y
        case (.double(let x), .double(let y)): return x.bitPattern == y.bitPattern || (x == y && x != 0)
        case (.boolean(let x), .boolean(let y)): return x == y
        case (.list(let x), .list(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            for (l, r) in zip(x.elements, y.elements) where !equals(l, r, depth: depth + 1) {
                return false
            }
            return true
        case (.map(let x), .map(let y)):
            if x === y { return true }
            guard x.count == y.count else { return false }
            for entry in x.entries {
                guard let other = y[entry.key], equals(entry.value, other, depth: depth + 1) else { return false }
            }
            return true
        case (.object(let x), .object(let y)):
            return x === y
        default:
            return false
        }
    }
}

extension Value {
    /// Whether Velocity's `==` compares two values with `equals` (one's class is assignable
    /// from the other's) rather than by their `toString()`.
    func sameJavaFamily(as other: Value) -> Bool {
        switch (self, other) {
        case (.string, .string), (.integer, .integer), (.double, .double), (.boolean, .boolean),
             (.list, .list), (.map, .map):
            return true
        case (.object(let x), .object(let y)):
            return type(of: x) == type(of: y)
        default:
            return false
        }
    }
}
