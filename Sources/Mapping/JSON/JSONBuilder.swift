import Velocity

/// What `JSONByteReader` builds values with: a `JSONValue` tree, or Velocity values directly.
protocol JSONBuilder {
    /// The value type built.
    associatedtype Output
    /// An object's key as the builder keeps it.
    associatedtype Key: Hashable
    /// JSON `null`.
    static var null: Output { get }
    /// `true` or `false`.
    static func bool(_ value: Bool) -> Output
    /// A string, unescaped.
    static func string(_ text: String) -> Output
    /// A number, as its source bytes (valid JSON number syntax).
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Output
    /// An array.
    static func array(_ elements: [Output]) -> Output
    /// An object's key, unescaped.
    static func key(_ text: String) -> Key
    /// An object; a repeated key keeps its first place and its last value.
    static func object(keys: [Key], values: [Output], hasDuplicates: Bool) -> Output
    /// Whether a value is an object, an array or a string (json-smart ignores text after those).
    static func isObjectArrayOrString(_ value: Output) -> Bool
    /// Whether strings, keys and elements are kept (false: the text is only checked).
    static var keepsText: Bool { get }
}

extension JSONBuilder {
    /// Builders keep what they read unless they say otherwise.
    static var keepsText: Bool { true }
}

/// Builds nothing: checks the text exactly as the other builders read it (same errors, same
/// places) without making strings, arrays or objects.
enum JSONCheckingBuilder: JSONBuilder {
    static var null: Void { () }
    static func bool(_ value: Bool) {}
    static func string(_ text: String) {}
    static func number(_ text: UnsafeBufferPointer<UInt8>) {}
    static func array(_ elements: [Void]) {}
    static func key(_ text: String) -> String { text }
    static func object(keys: [String], values: [Void], hasDuplicates: Bool) {}
    static func isObjectArrayOrString(_ value: Void) -> Bool { true }
    static var keepsText: Bool { false }
}

/// Builds the `JSONValue` tree.
enum JSONValueBuilder: JSONBuilder {
    static var null: JSONValue { .null }
    static func bool(_ value: Bool) -> JSONValue { .bool(value) }
    static func string(_ text: String) -> JSONValue { .string(text) }
    static func number(_ text: UnsafeBufferPointer<UInt8>) -> JSONValue { .number(String(decoding: text, as: UTF8.self)) }
    static func array(_ elements: [JSONValue]) -> JSONValue { .array(elements) }
    static func key(_ text: String) -> String { text }

    static func object(keys: [String], values: [JSONValue], hasDuplicates: Bool) -> JSONValue {
        if hasDuplicates { return .object(JSONObject(Array(zip(keys, values)))) }
        return .object(JSONObject(uniqueMembers: zip(keys, values).map { (key: $0.0, value: $0.1) }))
    }

    static func isObjectArrayOrString(_ value: JSONValue) -> Bool {
        switch value {
        case .object, .array, .string: return true
        default: return false
        }
    }
}

/// Builds Velocity values straight from the bytes, as `JSONValue.velocityValue()` would
/// convert the tree: objects are LinkedHashMaps, arrays json-smart JSONArrays, numbers
/// Integer/Long, Double, BigInteger or BigDecimal.
enum VelocityValueBuilder: JSONBuilder {
    static var null: Value { .null }
    static func bool(_ value: Bool) -> Value { .boolean(value) }
    static func string(_ text: String) -> Value { .string(text) }

    static func number(_ text: UnsafeBufferPointer<UInt8>) -> Value {
        // Fast path: an integer of at most 18 digits always fits in an Int (`Int(text)`).
        var index = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        if text.count - index <= 18 {
            var value = 0
            var allDigits = true
            while index < text.count {
                let digit = text[index] &- UInt8(ascii: "0")
                if digit >= 10 { allDigits = false; break }
                value = value * 10 + Int(digit)
                index += 1
            }
            if allDigits { return .integer(negative ? -value : value) }
        }
        return JSONValue.number(String(decoding: text, as: UTF8.self)).velocityValue()
    }

    static func array(_ elements: [Value]) -> Value { .list(VList(elements, style: .json)) }

    /// Keys are made map keys as they are read (no second array per object).
    static func key(_ text: String) -> MapKey { .string(text) }

    static func object(keys: [MapKey], values: [Value], hasDuplicates: Bool) -> Value {
        if hasDuplicates {
            let map = VMap(style: .java)
            for (key, value) in zip(keys, values) { map[key] = value }
            return .map(map)
        }
        return .map(VMap(uniqueKeys: keys, values: values, style: .java))
    }

    static func isObjectArrayOrString(_ value: Value) -> Bool {
        switch value {
        case .map, .list, .string: return true
        default: return false
        }
    }
}
