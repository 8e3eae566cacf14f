// The java.util.List and java.util.Map methods templates call (ArrayList, LinkedHashMap,
// json-smart's JSONArray/JSONObject, and arrays seen through Velocity's array wrapper).

/// java.util.List's methods.
enum JavaList {
    /// Calls a List method; nil when there is no such method for these arguments.
    static func call(_ name: String, on list: VList, arguments a: [Value]) throws(JavaException) -> Value? {
        let fixedSize = list.style == .array
        func bounds(_ index: Int, _ count: Int) throws(JavaException) {
            guard index >= 0 && index < count else {
                throw JavaException(type: "IndexOutOfBoundsException", message: "Index \(index) out of bounds for length \(count)")
            }
        }
        func unsupported() -> JavaException {
            JavaException(type: "UnsupportedOperationException", message: "a Java array has a fixed size")
        }
        switch (name, a.count) {
        case ("size", 0): return .integer(list.count)
        case ("isEmpty", 0): return .boolean(list.elements.isEmpty)
        case ("toString", 0): return .string(Value.list(list).javaString)
        case ("toJSONString", 0) where list.style == .json: return .string(Value.list(list).jsonString)
        case ("get", 1):
            guard let index = JavaArguments.int(a[0]) else { return nil }
            try bounds(index, list.count)
            return list.elements[index]
        case ("contains", 1):
            return .boolean(list.elements.contains { JavaEquality.equals($0, a[0]) })
        case ("indexOf", 1):
            return .integer(list.elements.firstIndex { JavaEquality.equals($0, a[0]) } ?? -1)
        case ("lastIndexOf", 1):
            return .integer(list.elements.lastIndex { JavaEquality.equals($0, a[0]) } ?? -1)
        case ("add", 1):
            if fixedSize { throw unsupported() }
            list.elements.append(a[0])
            return .boolean(true)
        case ("add", 2):
            guard let index = JavaArguments.int(a[0]) else { return nil }
            if fixedSize { throw unsupported() }
            try bounds(index, list.count + 1)
            list.elements.insert(a[1], at: index)
            return .string("")
        case ("set", 2):
            guard let index = JavaArguments.int(a[0]) else { return nil }
            try bounds(index, list.count)
            let old = list.elements[index]
            list.elements[index] = a[1]
            return old
        case ("remove", 1):
            if fixedSize { throw unsupported() }
            if let index = JavaArguments.int(a[0]) {
                try bounds(index, list.count)
                return list.elements.remove(at: index)
            }
            if let index = list.elements.firstIndex(where: { JavaEquality.equals($0, a[0]) }) {
                list.elements.remove(at: index)
                return .boolean(true)
            }
            return .boolean(false)
        case ("clear", 0):
            if fixedSize { throw unsupported() }
            list.elements.removeAll()
            return .string("")
        case ("addAll", 1):
            guard case .list(let other) = a[0] else { return a[0].isNull ? nil : nil }
            if fixedSize { throw unsupported() }
            let added = other.elements
            list.elements.append(contentsOf: added)
            return .boolean(!added.isEmpty)
        case ("containsAll", 1):
            guard case .list(let other) = a[0] else { return nil }
            return .boolean(other.elements.allSatisfy { element in list.elements.contains { JavaEquality.equals($0, element) } })
        case ("subList", 2):
            guard let from = JavaArguments.int(a[0]), let to = JavaArguments.int(a[1]) else { return nil }
            guard from >= 0 && from <= to && to <= list.count else {
                throw JavaException(type: "IndexOutOfBoundsException", message: "fromIndex: \(from), toIndex: \(to), size: \(list.count)")
            }
            return .list(VList(Array(list.elements[from..<to])))
        case ("equals", 1):
            return .boolean(JavaEquality.equals(.list(list), a[0]))
        default:
            return nil
        }
    }
}

/// java.util.Map's methods.
enum JavaMap {
    /// Calls a Map method; nil when there is no such method for these arguments.
    static func call(_ name: String, on map: VMap, arguments a: [Value]) throws(JavaException) -> Value? {
        switch (name, a.count) {
        case ("size", 0): return .integer(map.count)
        case ("isEmpty", 0): return .boolean(map.count == 0)
        case ("toString", 0): return .string(Value.map(map).javaString)
        case ("toJSONString", 0) where map.style == .json: return .string(Value.map(map).jsonString)
        case ("get", 1): return map[MapKey(a[0])] ?? .null
        case ("getOrDefault", 2): return map[MapKey(a[0])] ?? a[1]
        case ("containsKey", 1): return .boolean(map[MapKey(a[0])] != nil)
        case ("containsValue", 1): return .boolean(map.entries.contains { JavaEquality.equals($0.value, a[0]) })
        case ("put", 2):
            let key = MapKey(a[0])
            let old = map[key] ?? .null
            map[key] = a[1]
            return old
        case ("putIfAbsent", 2):
            let key = MapKey(a[0])
            if let existing = map[key], !existing.isNull { return existing }
            map[key] = a[1]
            return .null
        case ("remove", 1):
            let key = MapKey(a[0])
            let old = map[key] ?? .null
            map[key] = nil
            return old
        case ("putAll", 1):
            guard case .map(let other) = a[0] else { return nil }
            for entry in other.entries { map[entry.key] = entry.value }
            return .string("")
        case ("clear", 0):
            map.removeAll()
            return .string("")
        case ("keySet", 0): return .list(VList(map.keys.map(\.value)))
        case ("values", 0): return .list(VList(map.entries.map(\.value)))
        case ("entrySet", 0): return .list(VList(map.entries.map { .object(MapEntryObject(map: map, key: $0.key, value: $0.value)) }))
        case ("equals", 1): return .boolean(JavaEquality.equals(.map(map), a[0]))
        default: return nil
        }
    }
}

extension Value {
    /// Whether the value is Java's null.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}
