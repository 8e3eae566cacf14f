extension JSONValue {
    /// Compact JSON the way json-smart's `JSONValue.toJSONString` prints the value read from
    /// this document: numbers as their Java values print (`1.50` → `1.5`, `1e3` → `1000.0`).
    public var compactJSON: String {
        var output: [UInt8] = []
        appendCompactJSON(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `compactJSON` as UTF-8 bytes.
    func appendCompactJSON(to output: inout [UInt8]) {
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .bool(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .number(let text): output.append(contentsOf: JavaNumber(jsonText: text).javaString.utf8)
        case .string(let text):
            output.append(0x22)
            JSONStringEscaping.appendJSONSmartEscaped(text, to: &output)
            output.append(0x22)
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
                output.append(0x22)
                JSONStringEscaping.appendJSONSmartEscaped(member.key, to: &output)
                output.append(0x22)
                output.append(UInt8(ascii: ":"))
                member.value.appendCompactJSON(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
