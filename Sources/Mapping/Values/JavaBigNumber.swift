import Velocity

/// A `java.math.BigInteger` or `BigDecimal` from a JSON body: numbers json-smart reads beyond
/// Long or with more than 18 characters. Templates print them; arithmetic on them is rare.
public final class JavaBigNumber: VelocityObject {
    /// The Java `toString()` text.
    public let text: String

    /// Creates a big number from its Java `toString()` text.
    public init(text: String) { self.text = text }

    public func property(_ name: String) -> Value? { nil }

    public func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        switch (method, arguments.count) {
        case ("toString", 0): return .string(text)
        case ("doubleValue", 0): return .double(Double(text) ?? 0)
        case ("intValue", 0), ("longValue", 0): return .integer(Int(Double(text) ?? 0))
        default: return nil
        }
    }

    public var description: String { text }
}
