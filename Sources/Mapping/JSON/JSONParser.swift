import Velocity

/// Reads JSON text into a `JSONValue`, fast, reporting the line and column of any error.
public enum JSONParser {
    /// Deepest nesting of arrays and objects accepted, so a hostile body cannot exhaust the stack.
    public static let maximumDepth = 512

    /// Parses strict JSON (RFC 8259, plus raw control characters inside strings).
    public static func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = withBytes(of: text) { bytes in
            var reader = JSONByteReader<JSONValueBuilder>(bytes: bytes)
            do throws(JSONReadFailure) {
                let value = try reader.readDocument()
                return .success(value)
            } catch {
                return .failure(JSONSyntaxError(message: error.message, offset: error.offset, in: text))
            }
        }
        return try result.get()
    }

    /// Reads a body the way API Gateway's json-smart reader (permissive mode) does, for the parts
    /// users meet: an empty body is `{}`; text after a complete object, array or string is
    /// ignored; a body that does not start like JSON (`a=1&b=2`, `hello`) is one string.
    public static func parseBody(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try parseBody(text, as: JSONValueBuilder.self)
    }

    /// `parseBody`, straight to the values a template sees (the same as
    /// `parseBody(text).velocityValue()`, without the intermediate tree).
    public static func parseBodyValue(_ text: String) throws(JSONSyntaxError) -> Value {
        if text.utf8.count >= LazyJSONArray.minimumLength,
           text.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) == UInt8(ascii: "[") {
            return .list(VList(source: try LazyJSONArray.checked(text), style: .json))
        }
        return try parseBody(text, as: VelocityValueBuilder.self)
    }

    static func parseBody<Builder: JSONBuilder>(_ text: String, as builder: Builder.Type) throws(JSONSyntaxError) -> Builder.Output {
        let result: Result<Builder.Output, JSONSyntaxError> = withBytes(of: text) { bytes in
            var reader = JSONByteReader<Builder>(bytes: bytes)
            reader.skipWhitespace()
            guard reader.position < bytes.count else { return .success(Builder.object(keys: [], values: [], hasDuplicates: false)) }
            let first = bytes[reader.position]
            do throws(JSONReadFailure) {
                let value = try reader.readValue(depth: 0)
                reader.skipWhitespace()
                if reader.position == bytes.count { return .success(value) }
                if Builder.isObjectArrayOrString(value) { return .success(value) }
                return .success(Builder.string(trimmedText(text)))
            } catch {
                if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"") {
                    return .failure(JSONSyntaxError(message: error.message, offset: error.offset, in: text))
                }
                return .success(Builder.string(trimmedText(text)))
            }
        }
        return try result.get()
    }

    private static func trimmedText(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let start = text.firstIndex(where: { !isSpace($0) }),
              let end = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[start...end])
    }

    static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        let copy = Array(text.utf8)
        return copy.withUnsafeBufferPointer(body)
    }
}

/// Where and why reading stopped, before it is turned into a user-facing `JSONSyntaxError`.
struct JSONReadFailure: Error {
    var message: String
    var offset: Int
}
