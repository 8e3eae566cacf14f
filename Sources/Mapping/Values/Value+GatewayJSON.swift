import Velocity

extension Value {
    /// The value as json-smart's `JSONValue.toJSONString` writes it, which is what
    /// `$input.json` returns: compact, `/` escaped as `\/`, big numbers unquoted.
    public var gatewayJSON: String {
        var output = ""
        appendGatewayJSON(to: &output, depth: 0)
        return output
    }

    /// Collections nested deeper than this are cut short (a template can build cycles).
    static let gatewayJSONMaximumDepth = 512

    func appendGatewayJSON(to output: inout String, depth: Int) {
        guard depth < Value.gatewayJSONMaximumDepth else {
            output += "null"
            return
        }
        switch self {
        case .null: output += "null"
        case .string(let text): Value.appendQuoted(text, to: &output)
        case .integer(let value): output += String(value)
        case .double(let value): output += value.isFinite ? JavaNumber.javaDoubleString(value) : "null"
        case .boolean(let value): output += value ? "true" : "false"
        case .list(let list):
            output += "["
            for (index, element) in list.elements.enumerated() {
                if index > 0 { output += "," }
                element.appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output += "]"
        case .map(let map):
            output += "{"
            for (index, entry) in map.entries.enumerated() {
                if index > 0 { output += "," }
                Value.appendQuoted(entry.key.javaString, to: &output)
                output += ":"
                entry.value.appendGatewayJSON(to: &output, depth: depth + 1)
            }
            output += "}"
        case .object(let object):
            if let number = object as? JavaBigNumber {
                output += number.text
            } else {
                Value.appendQuoted(object.description, to: &output)
            }
        }
    }

    private static func appendQuoted(_ text: String, to output: inout String) {
        output += "\""
        JSONStringEscaping.appendJSONSmartEscaped(text, to: &output)
        output += "\""
    }
}
