extension JSONValue {
    /// Compact JSON the way json-smart's `JSONValue.toJSONString` prints the value read from
    /// this document: numbers as their Java values print (`1.50` → `1.5`, `1e3` → `1000.0`).
    public var compactJSON: String {
        var output = ""
        appendCompactJSON(to: &output)
        return output
    }

    /// Appends `compactJSON` to `output`.
    public func appendCompactJSON(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let text): output += JavaNumber(jsonText: text).javaString
        case .string(let text):
            output += "\""
            JSONStringEscaping.appendJSONSmartEscaped(text, to: &output)
            output += "\""
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.appendCompactJSON(to: &output)
            }
            output += "]"
        case .object(let object):
            output += "{"
            for (index, member) in object.members.enumerated() {
                if index > 0 { output += "," }
                output += "\""
                JSONStringEscaping.appendJSONSmartEscaped(member.key, to: &output)
                output += "\":"
                member.value.appendCompactJSON(to: &output)
            }
            output += "}"
        }
    }
}
