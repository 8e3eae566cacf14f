/// The `{Name=value, Name2=value2}` lists of API Gateway's execution log (Java's
/// `Map.toString`): values may hold `, ` (`Date=Tue, 12 Oct 2021 …`) and `=`
/// (`X-Amzn-Trace-Id=Root=1-…`), so a new pair starts only at `, ` followed by a name made of
/// HTTP token characters and `=`.
enum LoggedPairList {
    /// The pairs; a list cut short (no closing `}`) gives what it has.
    static func parse(_ text: String) -> [ExecutionLog.Pair] {
        var body = Substring(text.trimmingTrailingNewlines)
        if body.hasPrefix("{") { body = body.dropFirst() }
        if body.hasSuffix("}") { body = body.dropLast() }
        guard !body.isEmpty else { return [] }
        var pieces: [Substring] = []
        var start = body.startIndex
        var index = body.startIndex
        while let comma = body[index...].firstIndex(of: ",") {
            let next = body.index(after: comma)
            if next < body.endIndex, body[next] == " ", startsPair(body[body.index(after: next)...]) {
                pieces.append(body[start..<comma])
                start = body.index(after: next)
            }
            index = next
        }
        pieces.append(body[start...])
        return pieces.map { piece in
            guard let equals = piece.firstIndex(of: "=") else { return ExecutionLog.Pair(name: String(piece), value: "") }
            return ExecutionLog.Pair(name: String(piece[..<equals]), value: String(piece[piece.index(after: equals)...]))
        }
    }

    /// Whether text starts with `name=` where name is an HTTP token (RFC 9110 `tchar`s).
    private static func startsPair(_ text: Substring) -> Bool {
        var sawName = false
        for character in text.unicodeScalars {
            if character == "=" { return sawName }
            guard character.isASCII, isTokenCharacter(UInt8(character.value)) else { return false }
            sawName = true
        }
        return false
    }

    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}

extension String {
    fileprivate var trimmingTrailingNewlines: String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == "\n" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
