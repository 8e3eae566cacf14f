// Matching method arguments to Java parameter types the way Velocity's introspection does.

/// Argument conversions for Java method parameters.
enum JavaArguments {
    /// An `int` parameter: only an Integer (a Long or Double does not match).
    static func int(_ value: Value) -> Int? {
        guard case .integer(let integer) = value, Int32(exactly: integer) != nil else { return nil }
        return integer
    }

    /// A `String`/`CharSequence` parameter: a string, or null (which Java then dereferences).
    static func string(_ value: Value) -> String?? {
        switch value {
        case .string(let string): return .some(string)
        case .null: return .some(nil)
        default: return nil
        }
    }

    /// Java's NullPointerException for a null argument a method dereferences.
    static func nullPointer() -> JavaException {
        JavaException(type: "NullPointerException", message: "null argument")
    }
}
