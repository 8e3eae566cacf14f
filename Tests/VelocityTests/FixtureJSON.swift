// A small JSON reader for fixture contexts, mirroring the oracle's: objects keep key order,
// integers stay integers (Integer/Long), numbers with a fraction or exponent are Doubles.

import Velocity

/// Reads a fixture's JSON context into Velocity values.
struct FixtureJSON {
    private let bytes: [UInt8]
    private var index = 0
    private let style: (list: ListStyle, map: MapStyle)

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Parses `text`; lists and maps get the given print styles.
    static func parse(_ text: String, listStyle: ListStyle, mapStyle: MapStyle) throws -> Value {
        var reader = FixtureJSON(bytes: Array(text.utf8), style: (listStyle, mapStyle))
        let value = try reader.value()
        reader.skipSpace()
        guard reader.index == reader.bytes.count else { throw Failure(description: "trailing characters") }
        return value
    }

    private init(bytes: [UInt8], style: (list: ListStyle, map: MapStyle)) {
        self.bytes = bytes
        self.style = style
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func value() throws -> Value {
        skipSpace()
        guard index < bytes.count else { throw Failure(description: "unexpected end") }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            index += 1
            let map = VMap(style: style.map)
            skipSpace()
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .map(map) }
            while true {
                skipSpace()
                guard case .string(let key) = try value() else { throw Failure(description: "object key must be a string") }
                skipSpace()
                try expect(":")
                map[key] = try value()
                skipSpace()
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                try expect("}")
                return .map(map)
            }
        case UInt8(ascii: "["):
            index += 1
            let list = VList(style: style.list)
            skipSpace()
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .list(list) }
            while true {
                list.elements.append(try value())
                skipSpace()
                if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
                try expect("]")
                return .list(list)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): index += 4; return .boolean(true)
        case UInt8(ascii: "f"): index += 5; return .boolean(false)
        case UInt8(ascii: "n"): index += 4; return .null
        default:
            let start = index
            while index < bytes.count, "+-0123456789.eE".utf8.contains(bytes[index]) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
                guard let double = Double(text) else { throw Failure(description: "bad number \(text)") }
                return .double(double)
            }
            guard let integer = Int(text) else { throw Failure(description: "bad number \(text)") }
            return .integer(integer)
        }
    }

    private mutating func expect(_ character: Unicode.Scalar) throws {
        guard index < bytes.count, bytes[index] == UInt8(ascii: character) else {
            throw Failure(description: "expected \(character) at \(index)")
        }
        index += 1
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var units: [UInt16] = []
        while true {
            guard index < bytes.count else { throw Failure(description: "unterminated string") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; break }
            if byte == UInt8(ascii: "\\") {
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "n"): units.append(0x0A)
                case UInt8(ascii: "t"): units.append(0x09)
                case UInt8(ascii: "r"): units.append(0x0D)
                case UInt8(ascii: "b"): units.append(0x08)
                case UInt8(ascii: "f"): units.append(0x0C)
                case UInt8(ascii: "u"):
                    let hex = String(decoding: bytes[index..<(index + 4)], as: UTF8.self)
                    units.append(UInt16(hex, radix: 16) ?? 0)
                    index += 4
                default: units.append(UInt16(escape))
                }
                continue
            }
            // Copy one UTF-8 sequence.
            var end = index + 1
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            units.append(contentsOf: String(decoding: bytes[index..<end], as: UTF8.self).utf16)
            index = end
        }
        return String(decoding: units, as: UTF16.self)
    }
}
