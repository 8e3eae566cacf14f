import Velocity

extension Value {
    /// The value as json-smart's `JSONValue.toJSONString` writes it, which is what
    /// `$input.json` returns: compact, `/` escaped as `\/`, big numbers unquoted.
    public var gatewayJSON: String {
        var output = UTF8Buffer()
        appendGatewayJSON(to: &output, depth: 0)
        return output.makeString()
    }

    /// Collections nested deeper than this are cut short (a template can build cycles).
    static let gatewayJSONMaximumDepth = 512

    func appendGatewayJSON(to output: inout UTF8Buffer, depth: Int) {
        guard depth < Value.gatewayJSONMaximumDepth else {
            output.append("null")
            return
        }
        switch self {
        case .null: output.append("null")
        case .string(let text): JSONStringEscaping.appendJSONSmartQuoted(text, to: &output)
        case .integer(let value): output.appendDecimal(value)
        case .double(let value):
            if value.isFinite { output.append(JavaNumber.javaDoubleString(value)) } else { output.append("null") }
        case .boolean(let value): output.append(value ? "true" : "false")
        case .list(let list):
            output.append(UInt8(ascii: "["))
            var first = true
            for element in list.elements {
                if !first { output.append(UInt8(ascii: ",")) }
                first = false
                element.appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "]"))
        case .map(let map):
            output.append(UInt8(ascii: "{"))
            let keys = map.keys
            let values = map.orderedValues
            for index in keys.indices {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if case .string(let name) = keys[index] {
                    JSONStringEscaping.appendJSONSmartQuoted(name, to: &output)
                } else {
                    JSONStringEscaping.appendJSONSmartQuoted(keys[index].javaString, to: &output)
                }
                output.append(UInt8(ascii: ":"))
                values[index].appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "}"))
        case .object(let object):
            if let number = object as? JavaBigNumber {
                output.append(number.text)
            } else {
                JSONStringEscaping.appendJSONSmartQuoted(object.description, to: &output)
            }
        }
    }
}
