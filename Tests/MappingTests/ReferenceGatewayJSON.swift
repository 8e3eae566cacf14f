import Velocity
@testable import Mapping

/// `Value.gatewayJSON` as first written (an `[UInt8]` grown per byte), the reference the
/// optimised writer must match byte for byte.
enum ReferenceGatewayJSON {
    static func gatewayJSON(_ value: Value) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(256)
        append(value, to: &output, depth: 0)
        return String(decoding: output, as: UTF8.self)
    }

    static func append(_ value: Value, to output: inout [UInt8], depth: Int) {
        guard depth < 512 else {
            output.append(contentsOf: "null".utf8)
            return
        }
        switch value {
        case .null: output.append(contentsOf: "null".utf8)
        case .string(let text): appendQuoted(text, to: &output)
        case .integer(let value): output.append(contentsOf: String(value).utf8)
        case .double(let value):
            output.append(contentsOf: (value.isFinite ? JavaNumber.javaDoubleString(value) : "null").utf8)
        case .boolean(let value): output.append(contentsOf: (value ? "true" : "false").utf8)
        case .list(let list):
            output.append(UInt8(ascii: "["))
            for (index, element) in list.elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                append(element, to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "]"))
        case .map(let map):
            output.append(UInt8(ascii: "{"))
            let values = map.orderedValues
            for (index, key) in map.keys.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                if case .string(let name) = key {
                    appendQuoted(name, to: &output)
                } else {
                    appendQuoted(key.javaString, to: &output)
                }
                output.append(UInt8(ascii: ":"))
                append(values[index], to: &output, depth: depth + 1)
            }
            output.append(UInt8(ascii: "}"))
        case .object(let object):
            if let number = object as? JavaBigNumber {
                output.append(contentsOf: number.text.utf8)
            } else {
                appendQuoted(object.description, to: &output)
            }
        }
    }

    private static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(0x22)
        ReferenceJSONSmartEscaping.append(text, to: &output)
        output.append(0x22)
    }
}

/// json-smart string escaping as first written, the reference for `JSONStringEscaping`.
enum ReferenceJSONSmartEscaping {
    /// Appends `text` json-smart-escaped, as UTF-8 bytes.
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.makeContiguousUTF8()
        text.utf8.withContiguousStorageIfAvailable { append(bytes: $0, to: &output) }
    }

    /// Appends valid UTF-8 json-smart-escaped; bytes that need nothing are copied in runs.
    private static func append(bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var escape: UInt8 = 0
            var unit: UInt16 = 0
            var length = 1
            switch byte {
            case 0x22, 0x5C, 0x2F: escape = byte
            case 0x08: escape = UInt8(ascii: "b")
            case 0x0C: escape = UInt8(ascii: "f")
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x00..<0x20, 0x7F: unit = UInt16(byte)
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] <= 0x9F:
                // U+0080–U+009F.
                unit = UInt16(bytes[index + 1])
                length = 2
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x83:
                // U+2000–U+20FF.
                unit = 0x2000 | UInt16(bytes[index + 1] & 0x03) << 6 | UInt16(bytes[index + 2] & 0x3F)
                length = 3
            default:
                index += 1
                continue
            }
            if runStart < index { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if escape != 0 {
                output.append(0x5C)
                output.append(escape)
            } else {
                appendUnicodeEscape(unit, to: &output)
            }
            index += length
            runStart = index
        }
        if runStart < bytes.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Appends `\uXXXX` with four upper-case hex digits, as Java libraries write it.
    static func appendUnicodeEscape(_ unit: UInt16, to output: inout [UInt8]) {
        output.append(0x5C)
        output.append(UInt8(ascii: "u"))
        output.append(hexDigits[Int(unit >> 12 & 0xF)])
        output.append(hexDigits[Int(unit >> 8 & 0xF)])
        output.append(hexDigits[Int(unit >> 4 & 0xF)])
        output.append(hexDigits[Int(unit & 0xF)])
    }
}
