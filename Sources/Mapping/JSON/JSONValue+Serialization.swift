import Velocity

extension JSONValue {
    /// Compact JSON the way json-smart's `JSONValue.toJSONString` prints the value read from
    /// this document: numbers as their Java values print (`1.50` → `1.5`, `1e3` → `1000.0`).
    public var compactJSON: String {
        var output = UTF8Buffer()
        appendCompactJSON(to: &output)
        return output.makeString()
    }

    /// Appends `compactJSON`.
    func appendCompactJSON(to output: inout UTF8Buffer) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .number(let text): output.append(JavaNumber(jsonText: text).javaString)
        case .string(let text): JSONStringEscaping.appendJSONSmartQuoted(text, to: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.appendCompactJSON(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let object):
            output.append(UInt8(ascii: "{"))
            for (index, member) in object.members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONStringEscaping.appendJSONSmartQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.appendCompactJSON(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
