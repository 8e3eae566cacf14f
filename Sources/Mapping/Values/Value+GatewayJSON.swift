import Velocity

extension Value {
    /// The value as json-smart's `JSONValue.toJSONString` writes it, which is what
    /// `$input.json` returns: compact, `/` escaped as `\/`, big numbers unquoted.
    public var gatewayJSON: String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        appendGatewayJSON(to: &output, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    /// Collections nested deeper than this are cut short (a template can build cycles).
    static let gatewayJSONMaximumDepth = 512

    func appendGatewayJSON(to output: inout [UInt8], depth: Int) {
        guard depth < Value.gatewayJSONMaximumDepth else {
            output.append(contentsOf: "null".utf8)
            return
        }
        switch self {
        case .null: output.append(contentsOf: "null".utf8)
        case .string(let text): Value.appendQuoted(text, to: &output)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value):
            output.append(contentsOf: (value.isFinite ? JavaNumber.javaDoubleString(value) : "null").utf8)
        case .boolean(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .list(let list):
            output.append(UInt8(ascii: "["))
            for (index, element) in list.elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "]"))
        case .map(let map):
            output.append(UInt8(ascii: "{"))
            let values = map.orderedValues
            for (index, key) in map.keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if case .string(let name) = key {
                    Value.appendQuoted(name, to: &output)
                } else {
                    Value.appendQuoted(key.javaString, to: &output)
                }
                output.append(UInt8(ascii: ":"))
                values[index].appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "}"))
        case .object(let object):
            if let number = object as? JavaBigNumber {
                output.append(contentsOf: number.text.utf8)
            } else {
                Value.appendQuoted(object.description, to: &output)
            }
        }
    }

    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        JSONStringEscaping.appendJSONSmartEscaped(text, to: &output)
        output.append(0x22)
    }
}
