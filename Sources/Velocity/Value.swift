// The values a template works with, modelled on the Java objects Apache Velocity 1.7 sees.
//
// This file is the contract other modules (Mapping's $input, $util, $context) build on:
// keep its names and behaviour stable.
//
// Values are not Sendable: lists and maps are shared mutable references, exactly as Java's
// ArrayList and LinkedHashMap are (a macro that calls `$list.add(1)` changes its caller's list).
// A render runs on one thread and its values stay there; the parsed `Template` is Sendable.

/// A value as a Velocity template sees it: Java's null, String, Integer/Long, Double, Boolean,
/// List, Map, or any other object.
public enum Value {
    /// Java's `null`: an undefined reference or a method that returned nothing.
    case null
    /// A `java.lang.String`.
    case string(String)
    /// A `java.lang.Integer` or `java.lang.Long` (they print and compare the same).
    case integer(Int)
    /// A `java.lang.Double`.
    case double(Double)
    /// A `java.lang.Boolean`.
    case boolean(Bool)
    /// A `java.util.List` (a shared, mutable reference).
    case list(VList)
    /// A `java.util.Map` keeping insertion order (a shared, mutable reference).
    case map(VMap)
    /// Any other Java object, provided by the embedding application.
    case object(any VelocityObject)
}

/// How a list prints itself, which is how Java's `toString()` of the underlying class reads.
public enum ListStyle: Sendable, Equatable {
    /// `java.util.ArrayList` (template literals, `keySet()`, ...): `[1, x, {a=1}]`.
    case java
    /// json-smart's `JSONArray` (what API Gateway's `$input.path` returns): compact JSON,
    /// `[1,"x",{"a":1}]`, nested maps and lists printed as JSON too.
    case json
    /// A Java array such as `String.split`'s `String[]`: prints as an identity string.
    case array
}

/// How a map prints itself.
public enum MapStyle: Sendable, Equatable {
    /// `java.util.LinkedHashMap`: `{a=1, b=[1, 2]}`.
    case java
    /// A json-smart `JSONObject` (keys kept in order): `{"a":1,"b":[1,2]}`.
    case json
}

/// A Java `List`: an ordered, mutable, shared sequence of values.
///
/// A list may be lazy: its elements are made by a `VListSource` on first use (a big JSON body
/// is read element by element as `#foreach` reaches it). Reading `elements` or changing the
/// list makes every element first, so a lazy list behaves exactly like an eager one.
public final class VList {
    /// The elements made so far (all of them once `source` is nil).
    private var storage: [Value]
    /// Makes the elements after `storage`, for a lazy list.
    private var source: (any VListSource)?
    /// A lazy list's elements as they were before its first change, for iterations begun
    /// before that change (they see the list as it was, as with an eager snapshot).
    private var original: [Value]?
    /// How the list prints itself.
    public var style: ListStyle

    /// Creates a list with the given elements and print style.
    public init(_ elements: [Value] = [], style: ListStyle = .java) {
        storage = elements
        self.style = style
    }

    /// Creates a lazy list whose elements `source` makes in order, on first use.
    public init(source: any VListSource, style: ListStyle = .java) {
        storage = []
        storage.reserveCapacity(min(source.count, 1024))
        self.source = source
        self.style = style
    }

    /// The elements, in order.
    public var elements: [Value] {
        get {
            materialize(upTo: Int.max)
            return storage
        }
        set {
            prepareForChange()
            storage = newValue
        }
        _modify {
            prepareForChange()
            yield &storage
        }
    }

    /// The number of elements.
    public var count: Int { source?.count ?? storage.count }

    /// Makes the elements of a lazy list up to (excluding) `end`.
    private func materialize(upTo end: Int) {
        guard let source else { return }
        let limit = min(end, source.count)
        while storage.count < limit { storage.append(source.element(at: storage.count)) }
        if storage.count == source.count { self.source = nil }
    }

    private func prepareForChange() {
        guard source != nil else { return }
        materialize(upTo: Int.max)
        original = storage
    }

    /// What `#foreach` iterates: the elements as they are now, read lazily when the list is.
    public func iterationSnapshot() -> VListSnapshot {
        source == nil ? VListSnapshot(elements: storage, list: nil, count: storage.count)
            : VListSnapshot(elements: [], list: self, count: count)
    }

    /// The element at `index` of the list as it was before any change.
    fileprivate func originalElement(at index: Int) -> Value {
        if let original { return original[index] }
        materialize(upTo: index + 1)
        return storage[index]
    }
}

/// Makes a lazy list's elements, each once, in order.
public protocol VListSource: AnyObject {
    /// The number of elements.
    var count: Int { get }
    /// Makes the element at `index` (asked for 0, 1, 2, … in order, once each).
    func element(at index: Int) -> Value
}

/// A list's elements at the start of an iteration (an array, or a lazy list read as it goes).
public struct VListSnapshot {
    let elements: [Value]
    let list: VList?
    /// The number of elements.
    public let count: Int

    /// The element at `index` (`0..<count`).
    public subscript(index: Int) -> Value {
        if let list { return list.originalElement(at: index) }
        return elements[index]
    }
}

/// A key of a Java map: template map literals may use numbers or booleans as keys.
public enum MapKey: Hashable, Sendable {
    /// A string key (the usual case).
    case string(String)
    /// An Integer/Long key.
    case integer(Int)
    /// A Double key.
    case double(Double)
    /// A Boolean key.
    case boolean(Bool)
    /// The null key.
    case null
    /// Any other object, identified by its `toString()`.
    case other(String)
}

/// A Java `LinkedHashMap`: a mutable, shared map that remembers insertion order.
///
/// Entries live in two parallel arrays in insertion order; small maps (most JSON objects) are
/// searched linearly, and a hash index is built on the first lookup once a map has grown past
/// a few entries.
public final class VMap {
    /// The keys in insertion order.
    public private(set) var keys: [MapKey]
    /// The values, parallel to `keys`.
    private var values: [Value]
    /// Key to position, for maps larger than `VMap.linearLimit` (nil until needed).
    private var index: [MapKey: Int]?
    /// How the map prints itself.
    public var style: MapStyle

    /// Lookups in a big map before its index is built (a few lookups scan faster).
    private var scansLeft = 8

    /// Maps up to this size are searched linearly.
    private static let linearLimit = 12

    /// Creates an empty map with the given print style.
    public init(style: MapStyle = .java) {
        self.style = style
        keys = []
        values = []
    }

    /// Creates a map from string-keyed pairs, keeping their order.
    public convenience init(_ pairs: [(String, Value)], style: MapStyle = .java) {
        self.init(style: style)
        keys.reserveCapacity(pairs.count)
        values.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    /// Creates a map from keys known to be distinct and their values, in order (bulk
    /// construction: no lookups). Precondition: `keys.count == values.count`, keys distinct.
    public init(uniqueKeys keys: [MapKey], values: [Value], style: MapStyle = .java) {
        self.style = style
        self.keys = keys
        self.values = values
    }

    /// The number of entries.
    public var count: Int { keys.count }

    private func buildIndex() {
        var built: [MapKey: Int] = [:]
        built.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() { built[key] = position }
        index = built
    }

    /// The position of a key, or nil when absent.
    @inline(__always)
    private func position(of key: MapKey) -> Int? {
        if let index { return index[key] }
        if keys.count > VMap.linearLimit {
            if scansLeft == 0 { buildIndex(); return index?[key] }
            scansLeft -= 1
        }
        return keys.firstIndex(of: key)
    }

    /// The position of a string key, or nil when absent.
    private func position(ofString key: String) -> Int? {
        if let index { return index[.string(key)] }
        if keys.count > VMap.linearLimit {
            if scansLeft == 0 { buildIndex(); return index?[.string(key)] }
            scansLeft -= 1
        }
        for position in keys.indices {
            if case .string(let candidate) = keys[position], candidate == key { return position }
        }
        return nil
    }

    /// The value for a key, or nil when absent (a present key may map to `.null`).
    public subscript(key: MapKey) -> Value? {
        get { position(of: key).map { values[$0] } }
        set { set(key, position: position(of: key), to: newValue) }
    }

    /// The value for a string key, or nil when absent.
    public subscript(key: String) -> Value? {
        get { position(ofString: key).map { values[$0] } }
        set { set(.string(key), position: position(ofString: key), to: newValue) }
    }

    private func set(_ key: MapKey, position: Int?, to newValue: Value?) {
        switch (position, newValue) {
        case let (position?, value?):
            values[position] = value
        case let (nil, value?):
            keys.append(key)
            values.append(value)
            // Past the linear limit, the index is built on the next lookup.
            if index != nil { index?[key] = keys.count - 1 }
        case let (position?, nil):
            keys.remove(at: position)
            values.remove(at: position)
            index = nil
        case (nil, nil):
            break
        }
    }

    /// Removes every entry.
    public func removeAll() {
        keys.removeAll()
        values.removeAll()
        index = nil
    }

    /// The entries in insertion order.
    public var entries: [(key: MapKey, value: Value)] {
        var result: [(key: MapKey, value: Value)] = []
        result.reserveCapacity(keys.count)
        for position in keys.indices { result.append((keys[position], values[position])) }
        return result
    }

    /// The values in insertion order.
    public var orderedValues: [Value] { values }
}

/// An object the embedding application puts into a template's context (for example API
/// Gateway's `$input` or `$util`). Velocity calls it through Java bean rules: `$x.name`
/// asks `property("name")`, `$x.name(1, 'a')` asks `call("name", arguments:)`.
///
/// Implementations are used on the rendering thread only, so they need not be `Sendable`.
public protocol VelocityObject: AnyObject {
    /// The value of a property (`$x.name`), or nil when the object has no such property
    /// (Velocity then treats the reference as null).
    func property(_ name: String) -> Value?

    /// Calls a method (`$x.name(args)`). Return nil when there is no such method (Velocity
    /// then treats the call as null); throw `VelocityObjectError` when the method itself
    /// fails, which Velocity reports as an error at the call's place.
    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value?

    /// Java's `toString()`: what `$x` prints.
    var description: String { get }

    /// Sets a property (`#set($x.name = value)`); return false when the object has none.
    func setProperty(_ name: String, to value: Value) -> Bool

    /// The elements `#foreach` iterates over, or nil when the object is not iterable.
    var iterationElements: [Value]? { get }
}

extension VelocityObject {
    /// By default an object has no settable property.
    public func setProperty(_ name: String, to value: Value) -> Bool { false }

    /// By default an object is not iterable.
    public var iterationElements: [Value]? { nil }
}

/// The failure of a method of a `VelocityObject` (Java's exception inside an invoked method).
public struct VelocityObjectError: Error, Sendable, Equatable {
    /// What went wrong, for the user.
    public var message: String

    /// Creates an error with a message for the user.
    public init(_ message: String) {
        self.message = message
    }
}
