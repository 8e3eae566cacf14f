// How values print: Java's toString() for every kind, json-smart's compact JSON for JSON-style
// collections, and Java's Double.toString for floating point numbers.

import Text

extension Value {
    /// Java's `toString()` of the value; `null` prints as `null` (inside a collection).
    public var javaString: String {
        var out = ""
        appendJavaString(to: &out, depth: 0)
        return out
    }

    /// Appends Java's `toString()` of the value to `out`.
    func appendJavaString(to out: inout String, depth: Int) {
        switch self {
        case .null: out += "null"
        case .string(let string): out += string
        case .integer(let integer): out += String(integer)
        case .double(let double): out += JavaNumberFormat.string(double)
        case .boolean(let boolean): out += boolean ? "true" : "false"
        case .list(let list): list.appendJavaString(to: &out, depth: depth)
        case .map(let map): map.appendJavaString(to: &out, depth: depth)
        case .object(let object): out += object.description
        }
    }

    /// The value as compact JSON, as json-smart writes it.
    public var jsonString: String {
        var out = ""
        appendJSON(to: &out, depth: 0)
        return out
    }

    /// Appends the value as compact JSON (json-smart's `JSONValue.toJSONString`).
    func appendJSON(to out: inout String, depth: Int) {
        guard depth < JavaPrinting.maxDepth else { out += "..."; return }
        switch self {
        case .null: out += "null"
        case .string(let string): JavaPrinting.appendJSONQuoted(string, to: &out)
        case .integer(let integer): out += String(integer)
        case .double(let double):
            out += double.isFinite ? JavaNumberFormat.string(double) : "null"
        case .boolean(let boolean): out += boolean ? "true" : "false"
        case .list(let list):
            out += "["
            for (index, element) in list.elements.enumerated() {
                if index > 0 { out += "," }
                if case .list(let inner) = element, inner === list {
                    out += "null"
                } else {
                    element.appendJSON(to: &out, depth: depth + 1)
                }
            }
            out += "]"
        case .map(let map):
            out += "{"
            for (index, entry) in map.entries.enumerated() {
                if index > 0 { out += "," }
                JavaPrinting.appendJSONQuoted(entry.key.javaString, to: &out)
                out += ":"
                entry.value.appendJSON(to: &out, depth: depth + 1)
            }
            out += "}"
        case .object(let object):
            JavaPrinting.appendJSONQuoted(object.description, to: &out)
        }
    }
}

extension VList {
    /// Appends Java's `toString()` of the list in its style.
    func appendJavaString(to out: inout String, depth: Int) {
        switch style {
        case .json:
            Value.list(self).appendJSON(to: &out, depth: depth)
        case .array:
            out += "[Ljava.lang.String;@" + String(UInt(bitPattern: ObjectIdentifier(self).hashValue) & 0x7fff_ffff, radix: 16)
        case .java:
            guard depth < JavaPrinting.maxDepth else { out += "[...]"; return }
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += ", " }
                if case .list(let inner) = element, inner === self {
                    out += "(this Collection)"
                } else {
                    element.appendJavaString(to: &out, depth: depth + 1)
                }
            }
            out += "]"
        }
    }
}

extension VMap {
    /// Appends Java's `toString()` of the map in its style.
    func appendJavaString(to out: inout String, depth: Int) {
        switch style {
        case .json:
            Value.map(self).appendJSON(to: &out, depth: depth)
        case .java:
            guard depth < JavaPrinting.maxDepth else { out += "{...}"; return }
            out += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { out += ", " }
                out += entry.key.javaString
                out += "="
                if case .map(let inner) = entry.value, inner === self {
                    out += "(this Map)"
                } else {
                    entry.value.appendJavaString(to: &out, depth: depth + 1)
                }
            }
            out += "}"
        }
    }
}

extension MapKey {
    /// Java's `toString()` of the key.
    public var javaString: String {
        switch self {
        case .string(let string): return string
        case .integer(let integer): return String(integer)
        case .double(let double): return JavaNumberFormat.string(double)
        case .boolean(let boolean): return boolean ? "true" : "false"
        case .null: return "null"
        case .other(let description): return description
        }
    }

    /// The key as a value.
    public var value: Value {
        switch self {
        case .string(let string): return .string(string)
        case .integer(let integer): return .integer(integer)
        case .double(let double): return .double(double)
        case .boolean(let boolean): return .boolean(boolean)
        case .null: return .null
        case .other(let description): return .string(description)
        }
    }

    /// The map key a value stands for.
    public init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .string(let string): self = .string(string)
        case .integer(let integer): self = .integer(integer)
        case .double(let double): self = .double(double)
        case .boolean(let boolean): self = .boolean(boolean)
        default: self = .other(value.javaString)
        }
    }
}

/// Helpers shared by the printers.
enum JavaPrinting {
    /// Collections nested deeper than this print an ellipsis instead of recursing forever.
    static let maxDepth = 200

    /// Appends a JSON string literal the way json-smart escapes it (`/` becomes `\/`).
    static func appendJSONQuoted(_ string: String, to out: inout String) {
        out += "\""
        StringEscaping.append(string, .jsonSmart, to: &out)
        out += "\""
    }
}
