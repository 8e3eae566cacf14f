// Objects Velocity itself puts into the context: the `$foreach` scope, `#define` blocks and
// the entries of `entrySet()`.

import Text

/// `$foreach` (Velocity 1.7's ForeachScope): index, count, hasNext, first, last, parent. Like
/// every Velocity Scope it is also a map the template may put values into (`$foreach.k`),
/// and prints as that map (`{}`).
final class ForeachScope: VelocityObject {
    /// The enclosing `$foreach` scope, or null (Scope.getParent).
    let parent: Value
    /// What `$foreach` was before the loop when that was not a scope (Scope.getReplaced).
    private let replaced: Value
    /// The values a template put into the scope.
    private let storage = VMap(style: .java)
    var index = 0
    var hasNext = false

    /// A scope for a loop that hides `previous`, the value `$foreach` had before it.
    init(previous: Value) {
        if case .object(let object) = previous, object is ForeachScope {
            parent = previous
            replaced = .null
        } else {
            parent = .null
            replaced = previous
        }
    }

    func property(_ name: String) -> Value? {
        switch name {
        case "index": return .integer(index)
        case "count": return .integer(index + 1)
        case "hasNext": return .boolean(hasNext)
        case "first": return .boolean(index == 0)
        case "last": return .boolean(!hasNext)
        case "parent": return parent
        case "replaced":
            // Java: the replaced value, else the parent's.
            var scope = self
            while case .null = scope.replaced, case .object(let object) = scope.parent, let up = object as? ForeachScope {
                scope = up
            }
            return scope.replaced
        case "topmost":
            var top = self
            while case .object(let object) = top.parent, let up = object as? ForeachScope { top = up }
            return .object(top)
        default: return storage[name] ?? .null
        }
    }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        switch (method, arguments.count) {
        case ("getIndex", 0): return property("index")
        case ("getCount", 0): return property("count")
        case ("hasNext", 0), ("getHasNext", 0): return property("hasNext")
        case ("isFirst", 0), ("getFirst", 0): return property("first")
        case ("isLast", 0), ("getLast", 0): return property("last")
        case ("getParent", 0): return property("parent")
        case ("getReplaced", 0): return property("replaced")
        case ("getTopmost", 0): return property("topmost")
        default:
            // The rest is java.util.Map's (get, put, size, isEmpty, keySet, ...).
            do {
                return try JavaIntrospection.call(method, on: .map(storage), arguments: arguments)
            } catch {
                throw VelocityObjectError(error.message)
            }
        }
    }

    func setProperty(_ name: String, to value: Value) -> Bool {
        storage[name] = value
        return true
    }

    var iterationElements: [Value]? { storage.entries.map(\.value) }

    /// What `$foreach` becomes when the loop ends: the parent scope, else the replaced value,
    /// else nothing (Directive.postRender).
    var previous: Value {
        if case .null = parent { return property("replaced") ?? .null }
        return parent
    }

    /// AbstractMap's toString of what the template put in: `{}` or `{k=v}`.
    var description: String { Value.map(storage).javaString }
}

/// A `#define` block (or a block macro's `$bodyContent`): renders its body where it is used.
final class DefinedBlock: VelocityObject {
    let body: Block
    let location: SourceLocation
    weak var renderer: Renderer?

    /// The macro frames where the block was made: Java's toString() renders the block in the
    /// context it was defined in, printing it renders in the current one. (A frame may hold
    /// the block in a variable: the renderer empties this when it ends, breaking the cycle.)
    var frames: [MacroFrame] = []

    init(body: Block, location: SourceLocation, renderer: Renderer) {
        self.body = body
        self.location = location
        self.renderer = renderer
        if renderer.currentFrame >= 0 {
            frames = Array(renderer.frames.prefix(renderer.currentFrame + 1))
            renderer.framedBlocks.append(self)
        }
    }

    /// Renders the body into the renderer's output, stopping at a `#break`.
    func render(in renderer: Renderer, at location: SourceLocation) throws(RenderFlow) {
        try renderer.nested(at: location) { () throws(RenderFlow) in
            do throws(RenderFlow) {
                try renderer.render(body)
            } catch {
                if case .breakOut(nil) = error { return }
                throw error
            }
        }
    }

    func property(_ name: String) -> Value? { nil }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        method == "toString" && arguments.isEmpty ? .string(description) : nil
    }

    /// The block rendered in the context it was defined in (what Java's toString() gives).
    var description: String {
        guard let renderer else { return "" }
        do {
            return try renderer.string(of: .object(self), at: location)
        } catch {
            return ""
        }
    }
}

/// A `Map.Entry` from `entrySet()`: `$e.key`, `$e.value`, prints `key=value`.
final class MapEntryObject: VelocityObject {
    let map: VMap
    let key: MapKey
    private(set) var value: Value

    init(map: VMap, key: MapKey, value: Value) {
        self.map = map
        self.key = key
        self.value = value
    }

    func property(_ name: String) -> Value? {
        switch name {
        case "key": return key.value
        case "value": return value
        default: return nil
        }
    }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        switch (method, arguments.count) {
        case ("getKey", 0): return key.value
        case ("getValue", 0): return value
        case ("setValue", 1):
            let old = value
            value = arguments[0]
            map[key] = arguments[0]
            return old
        case ("toString", 0): return .string(description)
        default: return nil
        }
    }

    var description: String { key.javaString + "=" + value.javaString }
}

/// A `java.lang.Class` (what `$x.class` gives): prints `class NAME`, has `name`.
final class JavaClassObject: VelocityObject {
    let name: String

    init(name: String) {
        self.name = name
    }

    func property(_ property: String) -> Value? {
        switch property {
        case "name", "canonicalName", "typeName": return .string(name)
        case "simpleName": return .string(String(name.split(separator: ".").last ?? Substring(name)))
        default: return nil
        }
    }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        guard arguments.isEmpty else { return nil }
        switch method {
        case "getName", "getCanonicalName", "getTypeName": return .string(name)
        case "getSimpleName": return property("simpleName")
        case "toString": return .string(description)
        default: return nil
        }
    }

    var description: String { "class " + name }
}
