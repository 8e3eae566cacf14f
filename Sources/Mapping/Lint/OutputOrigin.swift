/// Which template line printed a given byte of the output.
///
/// The renderer does not record where each byte comes from, so the template is rendered again
/// with a marker at the start of every line (private-use characters and the line number, which
/// Velocity prints as text). The answer is the last marker before the byte; it is trusted only
/// when the marked output, markers taken out, is exactly the original output (a marker inside
/// a multi-line directive or string would change the render; then there is no answer).
enum OutputOrigin {
    private static let open: [UInt8] = Array("\u{E000}".utf8)
    private static let close: [UInt8] = Array("\u{E001}".utf8)

    /// The 1-based template line that printed the byte at `offset` of `output` (or, at the end
    /// of the output, the last line that printed anything).
    static func templateLine(ofOutputOffset offset: Int, template: String, name: String, request: RenderRequest, output: [UInt8]) -> Int? {
        let lines = template.split(separator: "\n", omittingEmptySubsequences: false)
        let marked = lines.enumerated().map { "\u{E000}\($0.offset + 1)\u{E001}" + $0.element }.joined(separator: "\n")
        guard let compiled = try? CompiledTemplate(source: marked, name: name),
              let rendered = try? compiled.render(request: request).utf8 else { return nil }
        var stripped: [UInt8] = []
        stripped.reserveCapacity(output.count)
        var current: Int?
        var answer: Int?
        var index = 0
        while index < rendered.count {
            if rendered[index] == open[0], rendered[index...].starts(with: open) {
                var end = index + open.count
                var number = 0
                while end < rendered.count, let digit = digitValue(rendered[end]) {
                    number = number * 10 + digit
                    end += 1
                }
                if rendered[end...].starts(with: close) {
                    current = number
                    index = end + close.count
                    continue
                }
            }
            if stripped.count == offset { answer = current }
            stripped.append(rendered[index])
            index += 1
        }
        guard stripped == output else { return nil }
        return offset >= output.count ? current : answer
    }

    private static func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
