import Foundation

/// Where two bodies differ: the first differing byte (line, column, both sides around it) and,
/// when both are JSON, each JSON path whose value differs.
enum BodyDiff {
    /// The most JSON paths listed.
    static let maximumPaths = 20

    static func describe(aws: Data, gwx: Data) -> [String] {
        var lines = [byteDifference(aws: Array(aws), gwx: Array(gwx))]
        let awsText = String(decoding: aws, as: UTF8.self), gwxText = String(decoding: gwx, as: UTF8.self)
        if let left = try? JSONParser.parse(awsText), let right = try? JSONParser.parse(gwxText) {
            var paths: [String] = []
            compare(left, right, path: "$", into: &paths)
            if paths.isEmpty {
                lines.append("JSON: the same value; only the bytes differ (spacing or number spelling)")
            } else {
                lines += paths.prefix(maximumPaths).map { "JSON " + $0 }
                if paths.count > maximumPaths { lines.append("JSON: \(paths.count - maximumPaths) more paths differ") }
            }
        }
        return lines
    }

    /// `first difference at byte N (line L, column C): AWS "…", gwx "…"`.
    static func byteDifference(aws: [UInt8], gwx: [UInt8]) -> String {
        var index = 0
        while index < aws.count && index < gwx.count && aws[index] == gwx[index] { index += 1 }
        var line = 1, column = 1
        for byte in aws[..<index] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        func excerpt(_ bytes: [UInt8]) -> String {
            guard index < bytes.count else { return "(ends here)" }
            let end = min(bytes.count, index + 24)
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            return PrettyJSON.quoted(text) + (end < bytes.count ? "…" : "")
        }
        return "first difference at byte \(index) (line \(line), column \(column)): AWS \(excerpt(aws)), gwx \(excerpt(gwx)); AWS \(aws.count) bytes, gwx \(gwx.count)"
    }

    static func compare(_ left: JSONValue, _ right: JSONValue, path: String, into paths: inout [String]) {
        guard paths.count <= maximumPaths else { return }
        switch (left, right) {
        case (.object(let a), .object(let b)):
            let before = paths.count
            for key in a.keys {
                let child = path + member(key)
                if let value = b[key] { compare(a[key] ?? .null, value, path: child, into: &paths) } else { paths.append("\(child): only AWS has it (\(short(a[key] ?? .null)))") }
            }
            for key in b.keys where a[key] == nil { paths.append("\(path + member(key)): only gwx has it (\(short(b[key] ?? .null)))") }
            if paths.count == before && a.keys != b.keys && Set(a.keys) == Set(b.keys) { paths.append("\(path): the same members in another order") }
        case (.array(let a), .array(let b)):
            for (index, pair) in zip(a, b).enumerated() { compare(pair.0, pair.1, path: "\(path)[\(index)]", into: &paths) }
            if a.count != b.count { paths.append("\(path): AWS has \(a.count) items, gwx \(b.count)") }
        case (.number(let a), .number(let b)) where a == b || (Double(a) != nil && Double(a) == Double(b)):
            return
        default:
            if left != right { paths.append("\(path): AWS \(short(left)), gwx \(short(right))") }
        }
    }

    private static func member(_ key: String) -> String {
        key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } && !key.isEmpty ? ".\(key)" : "[\(PrettyJSON.quoted(key))]"
    }

    private static func short(_ value: JSONValue) -> String {
        let text = value.serializedForDiff
        return text.count > 60 ? String(text.prefix(60)) + "…" : text
    }
}

extension JSONValue {
    /// Compact JSON text for a difference line.
    var serializedForDiff: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return text
        case .string(let text): return PrettyJSON.quoted(text)
        case .array(let items): return "[" + items.map(\.serializedForDiff).joined(separator: ",") + "]"
        case .object(let object): return "{" + object.members.map { PrettyJSON.quoted($0.key) + ":" + $0.value.serializedForDiff }.joined(separator: ",") + "}"
        }
    }
}
