// Integer literals beyond Long: Velocity 1.7 makes them java.math.BigInteger.

/// A `java.math.BigInteger` from a literal too large for a Long; prints its exact digits.
/// Arithmetic on it goes through Double (Velocity would stay exact): a documented difference.
final class JavaBigInteger: VelocityObject {
    let digits: String

    init(digits: String) {
        self.digits = digits
    }

    var doubleValue: Double { Double(digits) ?? 0 }

    func property(_ name: String) -> Value? { nil }

    func call(_ method: String, arguments: [Value]) throws(VelocityObjectError) -> Value? {
        switch (method, arguments.count) {
        case ("toString", 0): return .string(digits)
        case ("doubleValue", 0): return .double(doubleValue)
        default: return nil
        }
    }

    var description: String { digits }
}
