// Evaluating expressions with Velocity 1.7's semantics: `value()` for values, `evaluate()`
// for conditions (where only references, booleans, comparisons and logic count), Java
// arithmetic (integer division, overflow to Long, null on division by zero).

import Text

extension Renderer {
    /// The value of an expression (Velocity's `Node.value`).
    func evaluate(_ expression: Expression) throws(RenderFlow) -> Value {
        try step(expression.location)
        switch expression.kind {
        case .reference(let reference):
            return try execute(reference)
        case .string(let string):
            return .string(string)
        case .interpolated(let block, let keepsLastCharacter):
            return .string(try interpolate(block, keepsLastCharacter: keepsLastCharacter, at: expression.location))
        case .integer(let integer):
            return .integer(integer)
        case .bigInteger(let digits):
            return .object(JavaBigInteger(digits: digits))
        case .double(let double):
            return .double(double)
        case .boolean(let boolean):
            return .boolean(boolean)
        case .word:
            return .null
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluate(element)) }
            return .list(VList(values))
        case .map(let entries):
            let map = VMap()
            for entry in entries {
                let key = try evaluate(entry.key)
                map[MapKey(key)] = try evaluate(entry.value)
            }
            return .map(map)
        case .range(let from, let to):
            return try range(from, to, at: expression.location)
        case .not, .binary(.and, _, _), .binary(.or, _, _), .binary(.equal, _, _), .binary(.notEqual, _, _),
             .binary(.less, _, _), .binary(.greater, _, _), .binary(.lessOrEqual, _, _), .binary(.greaterOrEqual, _, _):
            return .boolean(try condition(expression))
        case .binary(let op, let left, let right):
            return try arithmetic(op, left, right, at: expression.location)
        }
    }

    /// Whether an expression holds (Velocity's `Node.evaluate`): literals, lists and
    /// arithmetic are false here; a reference is true unless null or `false`.
    func condition(_ expression: Expression) throws(RenderFlow) -> Bool {
        switch expression.kind {
        case .reference(let reference):
            switch try execute(reference) {
            case .null: return false
            case .boolean(let boolean): return boolean
            default: return true
            }
        case .boolean(let boolean):
            return boolean
        case .not(let operand):
            return !(try condition(operand))
        case .binary(.and, let left, let right):
            guard try condition(left) else { return false }
            return try condition(right)
        case .binary(.or, let left, let right):
            if try condition(left) { return true }
            return try condition(right)
        case .binary(.equal, let left, let right):
            let l = try evaluate(left)
            let r = try evaluate(right)
            return try velocityEquals(l, r)
        case .binary(.notEqual, let left, let right):
            let l = try evaluate(left)
            let r = try evaluate(right)
            return try !velocityEquals(l, r)
        case .binary(.less, let left, let right):
            return try compare(evaluate(left), evaluate(right)).map { $0 < 0 } ?? false
        case .binary(.greater, let left, let right):
            return try compare(evaluate(left), evaluate(right)).map { $0 > 0 } ?? false
        case .binary(.lessOrEqual, let left, let right):
            return try compare(evaluate(left), evaluate(right)).map { $0 <= 0 } ?? false
        case .binary(.greaterOrEqual, let left, let right):
            return try compare(evaluate(left), evaluate(right)).map { $0 >= 0 } ?? false
        default:
            return false
        }
    }

    // MARK: - Comparison

    /// `==` in Velocity 1.7: nulls equal only each other, numbers by value, same kinds by
    /// Java `equals`, anything else by comparing `toString()`.
    func velocityEquals(_ left: Value, _ right: Value) throws(RenderFlow) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        default: break
        }
        if let l = left.number, let r = right.number {
            return JavaNumber.compare(l, r) == 0
        }
        if left.sameJavaFamily(as: right) {
            return JavaEquality.equals(left, right)
        }
        return try string(of: left, at: SourceLocation(line: 1, column: 1)) == string(of: right, at: SourceLocation(line: 1, column: 1))
    }

    /// The ordering of two numbers; nil (false for every comparison) otherwise.
    func compare(_ left: Value, _ right: Value) -> Int? {
        guard let l = left.number, let r = right.number else { return nil }
        return JavaNumber.compare(l, r)
    }

    // MARK: - Arithmetic

    private func arithmetic(_ op: BinaryOperator, _ leftExpression: Expression, _ rightExpression: Expression,
                            at location: SourceLocation) throws(RenderFlow) -> Value {
        let left = try evaluate(leftExpression)
        let right = try evaluate(rightExpression)
        if op == .add {
            // String concatenation: a null side prints as its source text.
            let leftIsString = { if case .string = left { return true } else { return false } }()
            let rightIsString = { if case .string = right { return true } else { return false } }()
            if leftIsString || rightIsString {
                let l: String
                let r: String
                if case .null = left { l = leftExpression.literal } else { l = try string(of: left, at: location) }
                if case .null = right { r = rightExpression.literal } else { r = try string(of: right, at: location) }
                return .string(l + r)
            }
        }
        guard let l = left.number, let r = right.number else { return .null }
        switch op {
        case .add: return JavaNumber.add(l, r)
        case .subtract: return JavaNumber.subtract(l, r)
        case .multiply: return JavaNumber.multiply(l, r)
        case .divide: return JavaNumber.divide(l, r)
        case .modulo: return JavaNumber.modulo(l, r)
        default: return .null
        }
    }

    private func range(_ fromExpression: Expression, _ toExpression: Expression, at location: SourceLocation) throws(RenderFlow) -> Value {
        guard let from = try evaluate(fromExpression).number?.intValue,
              let to = try evaluate(toExpression).number?.intValue else {
            return .null
        }
        let size = abs(to - from) + 1
        if size > options.maxRangeSize {
            throw .failure(TemplateError(kind: .limit, location: location,
                                         message: "range [\(from)..\(to)] has \(size) elements; the limit is \(options.maxRangeSize)"))
        }
        let values: [Value] = from <= to ? (from...to).map { .integer($0) } : (to...from).reversed().map { .integer($0) }
        return .list(VList(values))
    }

    // MARK: - Strings

    /// Renders an interpolated string literal; Velocity parsed it with a space appended and
    /// drops the last character again (unless the literal holds a `##` comment).
    func interpolate(_ block: Block, keepsLastCharacter: Bool, at location: SourceLocation) throws(RenderFlow) -> String {
        try nested(at: location) { () throws(RenderFlow) -> String in
            var result = try capture { () throws(RenderFlow) in try render(block) }
            if !keepsLastCharacter && !result.isEmpty {
                result.unicodeScalars.removeLast()
            }
            return result
        }
    }

    /// Java's `toString()` of a value; a `#define` block renders itself.
    func string(of value: Value, at location: SourceLocation) throws(RenderFlow) -> String {
        if case .object(let object) = value, let block = object as? DefinedBlock {
            // Java's toString(): rendered in the macro frames where the block was defined.
            return try nested(at: location) { () throws(RenderFlow) -> String in
                let savedFrames = frames
                let savedCurrent = currentFrame
                frames = block.frames
                currentFrame = block.frames.count - 1
                defer {
                    frames = savedFrames
                    currentFrame = savedCurrent
                }
                return try capture { () throws(RenderFlow) in try block.render(in: self, at: location) }
            }
        }
        return value.javaString
    }
}
