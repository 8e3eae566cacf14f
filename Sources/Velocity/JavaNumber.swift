// Java's number semantics as Velocity 1.7's MathUtils applies them: integer operations stay
// integers (widening to Long on overflow), any Double makes the operation a Double, and
// division or modulo by zero gives null.

/// A number operand: an Integer/Long or a Double.
enum JavaNumber {
    case integer(Int)
    case double(Double)

    /// Java's `intValue()`: Longs keep their low 32 bits, Doubles truncate and saturate.
    var intValue: Int {
        switch self {
        case .integer(let integer): return Int(Int32(truncatingIfNeeded: integer))
        case .double(let double):
            if double.isNaN { return 0 }
            if double >= Double(Int32.max) { return Int(Int32.max) }
            if double <= Double(Int32.min) { return Int(Int32.min) }
            return Int(double.rounded(.towardZero))
        }
    }

    var doubleValue: Double {
        switch self {
        case .integer(let integer): return Double(integer)
        case .double(let double): return double
        }
    }

    var isZero: Bool {
        switch self {
        case .integer(let integer): return integer == 0
        case .double(let double): return double == 0
        }
    }

    /// Compares two numbers as MathUtils.compare does.
    static func compare(_ l: JavaNumber, _ r: JavaNumber) -> Int {
        if case .integer(let a) = l, case .integer(let b) = r {
            return a < b ? -1 : (a > b ? 1 : 0)
        }
        let a = l.doubleValue
        let b = r.doubleValue
        return a < b ? -1 : (a > b ? 1 : 0)
    }

    static func add(_ l: JavaNumber, _ r: JavaNumber) -> Value {
        if case .integer(let a) = l, case .integer(let b) = r {
            let (sum, overflow) = a.addingReportingOverflow(b)
            return overflow ? .double(Double(a) + Double(b)) : .integer(sum)
        }
        return .double(l.doubleValue + r.doubleValue)
    }

    static func subtract(_ l: JavaNumber, _ r: JavaNumber) -> Value {
        if case .integer(let a) = l, case .integer(let b) = r {
            let (difference, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? .double(Double(a) - Double(b)) : .integer(difference)
        }
        return .double(l.doubleValue - r.doubleValue)
    }

    static func multiply(_ l: JavaNumber, _ r: JavaNumber) -> Value {
        if case .integer(let a) = l, case .integer(let b) = r {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? .double(Double(a) * Double(b)) : .integer(product)
        }
        return .double(l.doubleValue * r.doubleValue)
    }

    static func divide(_ l: JavaNumber, _ r: JavaNumber) -> Value {
        if r.isZero { return .null }
        if case .integer(let a) = l, case .integer(let b) = r {
            let (quotient, overflow) = a.dividedReportingOverflow(by: b)
            return overflow ? .double(Double(a) / Double(b)) : .integer(quotient)
        }
        return .double(l.doubleValue / r.doubleValue)
    }

    static func modulo(_ l: JavaNumber, _ r: JavaNumber) -> Value {
        if r.isZero { return .null }
        if case .integer(let a) = l, case .integer(let b) = r {
            let (remainder, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow ? .integer(0) : .integer(remainder)
        }
        return .double(l.doubleValue.truncatingRemainder(dividingBy: r.doubleValue))
    }
}

extension Value {
    /// The value as a Java Number, or nil when it is not one.
    var number: JavaNumber? {
        switch self {
        case .integer(let integer): return .integer(integer)
        case .double(let double): return .double(double)
        case .object(let object):
            guard let big = object as? JavaBigInteger else { return nil }
            return .double(big.doubleValue)
        default: return nil
        }
    }
}
