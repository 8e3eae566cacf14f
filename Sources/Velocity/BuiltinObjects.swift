// Objects Velocity itself puts into the context: the `$foreach` scope, `#define` blocks and
// the entries of `entrySet()`.

/// `$foreach` (Velocity 1.7's ForeachScope): index, count, hasNext, first, last, parent.
final class ForeachScope: VelocityObject {
    /// The enclosing `$foreach` (whatever `$foreach` was before the loop).
    let parent: Value
    var index = 0
    var hasNext = false

    init(parent: Value) {
        self.parent = parent
    }

    func property(_ name: String) -> Value? {
        switch name {
        case "index": return .integer(index)
        case "count": return .integer(index + 1)
        case "hasNext": return .boolean(hasNext)
        case "first": return .boolean(index == 0)
        case "last": return .boolean(!hasNext)
        case "parent": return parent
        case "topmost":
            var top: Value = .object(self)
            while case .object(let object) = top, let scope = object as? ForeachScope,
                  case .object(let up) = scope.parent, up is ForeachScope {
                top = scope.parent
            }
            return top
        default: return nil
        }
    }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        switch method {
        case "getIndex": return property("index")
        case "getCount": return property("count")
        case "hasNext", "isHasNext", "getHasNext": return property("hasNext")
        case "isFirst", "getFirst": return property("first")
        case "isLast", "getLast": return property("last")
        case "getParent": return property("parent")
        case "getTopmost": return property("topmost")
        default: return nil
        }
    }

    var description: String {
        "org.apache.velocity.runtime.directive.ForeachScope@" + String(UInt(bitPattern: ObjectIdentifier(self).hashValue) & 0x7fff_ffff, radix: 16)
    }
}

/// A `#define` block (or a block macro's `$bodyContent`): renders its body where it is used.
final class DefinedBlock: VelocityObject {
    let body: Block
    let location: SourceLocation
    weak var renderer: Renderer?

    init(body: Block, location: SourceLocation, renderer: Renderer) {
        self.body = body
        self.location = location
        self.renderer = renderer
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

    /// The block rendered in the current context (what Java's toString() gives).
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
