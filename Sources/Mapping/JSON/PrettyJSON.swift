import Text

/// Ordered, pretty JSON for reports and command output: keys in the order given, two-space
/// indentation, non-ASCII text kept as UTF-8.
public enum PrettyJSON: Sendable {
    case string(String)
    case bool(Bool)
    case number(String)
    case null
    case array([PrettyJSON])
    case object([(String, PrettyJSON)])

    /// Pretty JSON text with a trailing newline.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(to out: inout String, indent: Int) {
        let pad = String(repeating: "  ", count: indent + 1)
        let closePad = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text): out += PrettyJSON.quoted(text)
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let text): out += text
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty { out += "{}"; return }
            out += "{\n"
            for (index, (key, value)) in members.enumerated() {
                out += pad + PrettyJSON.quoted(key) + ": "
                value.write(to: &out, indent: indent + 1)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "}"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; non-ASCII kept as UTF-8).
    public static func quoted(_ text: String) -> String {
        StringEscaping.quoted(text, .json)
    }
}
