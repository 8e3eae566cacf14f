import Velocity

/// API Gateway's `$util`: escaping, JSON parsing, URL and Base64 coding.
public final class UtilVariable: VelocityObject {
    /// Creates `$util`.
    init() {}

    public var description: String { "$util" }

    public func property(_ name: String) -> Value? { nil }

    public func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        guard arguments.count == 1 else { return nil }
        let text: String
        switch arguments[0] {
        case .string(let string): text = string
        case .null: throw VelocityObjectError("$util.\(method): the argument is null")
        case let other: text = other.javaString
        }
        guard let function = Function(method) else { return nil }
        switch function {
        case .escapeJavaScript: return .string(GatewayUtil.escapeJavaScript(text))
        case .urlEncode: return .string(GatewayUtil.urlEncode(text))
        case .urlDecode:
            do { return .string(try GatewayUtil.urlDecode(text)) } catch {
                throw VelocityObjectError("$util.urlDecode: \(error.message)")
            }
        case .base64Encode: return .string(GatewayUtil.base64Encode(text))
        case .base64Decode: return .string(GatewayUtil.base64Decode(text))
        case .parseJson:
            do { return try JSONParser.parseBodyValue(text) } catch {
                throw VelocityObjectError("$util.parseJson: not valid JSON (line \(error.line), column \(error.column): \(error.message))")
            }
        }
    }

    /// The functions of `$util`, told apart by length and one byte before the full comparison
    /// (a call's name is compared on every call).
    private enum Function {
        case escapeJavaScript, urlEncode, urlDecode, base64Encode, base64Decode, parseJson

        @inline(__always)
        init?(_ name: String) {
            let utf8 = name.utf8
            switch utf8.count {
            case 16:
                guard name == "escapeJavaScript" else { return nil }
                self = .escapeJavaScript
            case 12:
                // `base64Encode` and `base64Decode` differ at index 6.
                if name == "base64Encode" { self = .base64Encode } else if name == "base64Decode" {
                    self = .base64Decode
                } else { return nil }
            case 9:
                if name == "urlEncode" { self = .urlEncode } else if name == "urlDecode" { self = .urlDecode } else if name == "parseJson" {
                    self = .parseJson
                } else { return nil }
            default:
                return nil
            }
        }
    }
}
