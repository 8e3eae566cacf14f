// Methods of numbers and of every object (toString, equals, getClass, hashCode).

/// java.lang.Number / java.lang.Object methods.
enum JavaScalar {
    /// Integer/Long/Double methods; nil when there is none for these arguments.
    static func callNumber(_ name: String, on value: Value, arguments a: [Value]) -> Value? {
        guard let number = value.number else { return nil }
        switch (name, a.count) {
        case ("intValue", 0): return .integer(number.intValue)
        case ("longValue", 0):
            switch number {
            case .integer(let integer): return .integer(integer)
            case .double(let double):
                if double.isNaN { return .integer(0) }
                return .integer(Int(exactly: double.rounded(.towardZero)) ?? (double > 0 ? Int.max : Int.min))
            }
        case ("doubleValue", 0): return .double(number.doubleValue)
        case ("isNaN", 0): return .boolean(number.doubleValue.isNaN)
        case ("isInfinite", 0): return .boolean(number.doubleValue.isInfinite)
        case ("compareTo", 1):
            guard let other = a[0].number, value.sameJavaFamily(as: a[0]) else { return nil }
            return .integer(JavaNumber.compare(number, other))
        case ("hashCode", 0):
            if case .integer(let integer) = value {
                return .integer(Int32(exactly: integer) != nil ? integer : Int(Int32(truncatingIfNeeded: integer ^ (integer >> 32))))
            }
            return nil
        default:
            return nil
        }
    }

    /// Methods every Java object has.
    static func callObject(_ name: String, on value: Value, arguments a: [Value]) -> Value? {
        switch (name, a.count) {
        case ("toString", 0): return .string(value.javaString)
        case ("equals", 1): return .boolean(JavaEquality.equals(value, a[0]))
        case ("getClass", 0): return .string("class " + JavaIntrospection.className(of: value))
        case ("hashCode", 0):
            if case .boolean(let boolean) = value { return .integer(boolean ? 1231 : 1237) }
            return nil
        default: return nil
        }
    }
}
