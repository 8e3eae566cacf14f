import Velocity

extension JSONValue {
    /// The value Jayway JsonPath over json-smart hands a template: objects are LinkedHashMaps
    /// (`{a=1, b=x}`), arrays are JSONArrays (compact JSON `[1,"x"]`), numbers are Integer,
    /// Long, BigInteger, Double or BigDecimal as json-smart reads them.
    public func velocityValue() -> Value {
        switch self {
        case .null: return .null
        case .bool(let value): return .boolean(value)
        case .string(let text): return .string(text)
        case .number(let text):
            switch JavaNumber(jsonText: text) {
            case .integer(let value): return .integer(value)
            case .double(let value): return .double(value)
            case .bigInteger(let digits): return .object(JavaBigNumber(text: digits))
            case .bigDecimal(let digits): return .object(JavaBigNumber(text: digits))
            }
        case .array(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(element.velocityValue()) }
            return .list(VList(values, style: .json))
        case .object(let object):
            let map = VMap(style: .java)
            for member in object.members { map[member.key] = member.value.velocityValue() }
            return .map(map)
        }
    }
}
