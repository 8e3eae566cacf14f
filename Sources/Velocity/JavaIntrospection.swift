// How Velocity 1.7's introspection reaches into values: `$x.name` tries `getName()`, then
// `get("name")` on maps, then `isName()`; `$x.m(args)` finds a method by name and argument
// types; `$x[i]` calls `get(i)` (negative indexes count from the end).

/// Property, method and index access on values, as Velocity sees the Java classes behind them.
enum JavaIntrospection {
    /// The Java class name behind a value, as `getClass()` prints it.
    static func className(of value: Value) -> String {
        switch value {
        case .null: return "null"
        case .string: return "java.lang.String"
        case .integer(let integer): return Int32(exactly: integer) != nil ? "java.lang.Integer" : "java.lang.Long"
        case .double: return "java.lang.Double"
        case .boolean: return "java.lang.Boolean"
        case .list(let list):
            switch list.style {
            case .java: return "java.util.ArrayList"
            case .json: return "net.minidev.json.JSONArray"
            case .array: return "[Ljava.lang.Object;"
            }
        case .map(let map): return map.style == .java ? "java.util.LinkedHashMap" : "net.minidev.json.JSONObject"
        case .object(let object): return String(describing: type(of: object))
        }
    }

    /// `$value.name`, or nil when Velocity finds no getter (the reference is then null).
    static func property(_ name: String, of value: Value) -> Value? {
        if case .object(let object) = value { return object.property(name) }
        if name == "class" { return .string("class " + className(of: value)) }
        switch value {
        case .map(let map):
            return map[name] ?? .null
        case .list(let list):
            return name == "empty" ? .boolean(list.elements.isEmpty) : nil
        case .string(let string):
            switch name {
            case "empty": return .boolean(string.isEmpty)
            case "blank": return .boolean(string.allSatisfy { JavaString.isJavaWhitespace($0) })
            case "bytes": return .list(VList(Array(string.utf8).map { .integer(Int(Int8(bitPattern: $0))) }, style: .array))
            default: return nil
            }
        case .double(let double):
            switch name {
            case "infinite": return .boolean(double.isInfinite)
            case "naN", "NaN": return .boolean(double.isNaN)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// `$value.name(arguments)`: nil when there is no such method; `""` for a void method.
    static func call(_ name: String, on value: Value, arguments: [Value]) throws(JavaException) -> Value? {
        switch value {
        case .object(let object):
            do {
                return try object.call(name, arguments: arguments)
            } catch {
                throw JavaException(type: "Exception", message: error.message)
            }
        case .string(let string):
            if let result = try JavaString.call(name, on: string, arguments: arguments) { return result }
        case .list(let list):
            if let result = try JavaList.call(name, on: list, arguments: arguments) { return result }
        case .map(let map):
            if let result = try JavaMap.call(name, on: map, arguments: arguments) { return result }
        case .integer, .double:
            if let result = JavaScalar.callNumber(name, on: value, arguments: arguments) { return result }
        case .boolean(let boolean):
            if name == "booleanValue" && arguments.isEmpty { return .boolean(boolean) }
        case .null:
            return nil
        }
        if let result = JavaScalar.callObject(name, on: value, arguments: arguments) { return result }
        // Velocity 1.7 treats a method without parameters as applicable to any arguments,
        // then Java refuses the call.
        if !arguments.isEmpty && zeroParameterMethods(of: value).contains(name) {
            throw JavaException(type: "IllegalArgumentException", message: "wrong number of arguments for \(name)()")
        }
        return nil
    }

    /// Methods without parameters (and no other overload taking arguments) of a value's class.
    private static func zeroParameterMethods(of value: Value) -> Set<String> {
        let object: Set<String> = ["getClass", "notify", "notifyAll"]
        switch value {
        case .string:
            return object.union(["length", "isEmpty", "isBlank", "toLowerCase", "toUpperCase", "trim", "strip",
                                 "stripLeading", "stripTrailing", "intern", "toCharArray", "getBytes", "chars",
                                 "codePoints", "lines", "stripIndent", "translateEscapes", "hashCode", "toString"])
        case .list:
            return object.union(["size", "isEmpty", "clear", "iterator", "listIterator", "toArray", "hashCode",
                                 "toString", "stream", "parallelStream", "spliterator", "trimToSize", "clone"])
        case .map:
            return object.union(["size", "isEmpty", "clear", "keySet", "values", "entrySet", "hashCode", "toString", "clone"])
        case .integer, .double:
            return object.union(["intValue", "longValue", "doubleValue", "floatValue", "byteValue", "shortValue"])
        case .boolean:
            return object.union(["booleanValue"])
        default:
            return []
        }
    }

    /// `$value[index]`: `get(index)` on lists and maps; nil when there is no such method.
    static func index(_ value: Value, _ index: Value) throws(JavaException) -> Value? {
        switch value {
        case .list(let list):
            guard case .integer(var position) = index else { return nil }
            if position < 0 { position += list.count }
            guard position >= 0 && position < list.count else {
                throw JavaException(type: "IndexOutOfBoundsException", message: "Index \(position) out of bounds for length \(list.count)")
            }
            return list.elements[position]
        case .map(let map):
            return map[MapKey(index)] ?? .null
        case .object(let object):
            return try call("get", on: .object(object), arguments: [index])
        default:
            return nil
        }
    }

    /// `#set($value[index] = newValue)`: `set(index, v)` on lists, `put(key, v)` on maps.
    static func setIndex(_ value: Value, _ index: Value, to newValue: Value) throws(JavaException) {
        switch value {
        case .list(let list):
            guard case .integer(var position) = index else { return }
            if position < 0 { position += list.count }
            guard position >= 0 && position < list.count else {
                throw JavaException(type: "IndexOutOfBoundsException", message: "Index \(position) out of bounds for length \(list.count)")
            }
            list.elements[position] = newValue
        case .map(let map):
            map[MapKey(index)] = newValue
        case .object(let object):
            _ = try call("put", on: .object(object), arguments: [index, newValue])
        default:
            break
        }
    }
}
