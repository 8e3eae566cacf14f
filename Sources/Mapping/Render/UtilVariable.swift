import Velocity

/// API Gateway's `$util`: escaping, JSON parsing, URL and Base64 coding.
public final class UtilVariable: VelocityObject {
    /// Creates `$util`.
    init() {}

    public var description: String { "$util" }

    public func property(_ name: String) -> Value? { nil }

    public func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        guard arguments.count == 1 else { return nil }
        if case .null = arguments[0] {
            throw VelocityObjectError("$util.\(method): the argument is null")
        }
        let text = arguments[0].javaString
        switch method {
        case "escapeJavaScript": return .string(GatewayUtil.escapeJavaScript(text))
        case "urlEncode": return .string(GatewayUtil.urlEncode(text))
        case "urlDecode":
            do { return .string(try GatewayUtil.urlDecode(text)) } catch {
                throw VelocityObjectError("$util.urlDecode: \(error.message)")
            }
        case "base64Encode": return .string(GatewayUtil.base64Encode(text))
        case "base64Decode": return .string(GatewayUtil.base64Decode(text))
        case "parseJson":
            do { return try JSONParser.parseBodyValue(text) } catch {
                throw VelocityObjectError("$util.parseJson: not valid JSON (line \(error.line), column \(error.column): \(error.message))")
            }
        default: return nil
        }
    }
}
