import GatewayModel
import Mapping
import TerminalUI
import Text

/// The test panel's report as lines: the verdict and each difference with its pipeline step
/// first, then AWS's answer, the backend response, gwx's replay and the request sent. Built
/// once when AWS answers; wrapped to the panel's width (a 100 KB one-line body wraps rather
/// than running off the edge).
struct TestInvokeReport: Sendable {
    /// How a line is drawn.
    enum Kind: Sendable { case agree, differ, step, heading, text }

    struct Line: Sendable {
        var text: String
        var kind: Kind
    }

    let lines: [Line]

    init(_ comparison: TestInvokeComparison, request: TestInvokeRequest, httpMethod: String) {
        let report = comparison.textReport()
        let parts = report.components(separatedBy: "Result\n")
        let result = parts.count > 1 ? parts[1] : ""
        var lines: [Line] = []
        for line in result.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            let text = String(line)
            let trimmed = text.trimmingWhitespace()
            let kind: Kind
            if trimmed.hasPrefix("✓") { kind = .agree } else if trimmed.hasPrefix("✗") || trimmed.hasPrefix("?") { kind = .differ } else if trimmed.hasPrefix("step:") { kind = .step } else if !text.hasPrefix(" ") { kind = .heading } else { kind = .text }
            lines.append(Line(text: text, kind: kind))
        }
        lines.append(Line(text: "", kind: .text))
        for line in parts[0].split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            lines.append(Line(text: text, kind: text.hasPrefix(" ") || text.isEmpty ? .text : .heading))
        }
        if lines.last?.text.isEmpty == false { lines.append(Line(text: "", kind: .text)) }
        lines += Self.requestLines(request, httpMethod: httpMethod)
        self.lines = lines
    }

    /// How many lines of the request body the report shows.
    static let bodyPreviewLines = 20

    /// The request as sent (the replay used the same).
    static func requestLines(_ request: TestInvokeRequest, httpMethod: String) -> [Line] {
        var lines = [Line(text: "Request sent (the replay uses the same)", kind: .heading),
                     Line(text: "  \(httpMethod) \(request.pathWithQueryString ?? "/")", kind: .text)]
        if !request.headers.isEmpty {
            lines.append(Line(text: "  Headers", kind: .text))
            lines += request.headers.map { Line(text: "    \($0.name): \($0.value)", kind: .text) }
        }
        if !request.stageVariables.isEmpty {
            lines.append(Line(text: "  Stage variables", kind: .text))
            lines += request.stageVariables.map { Line(text: "    \($0.name)=\($0.value)", kind: .text) }
        }
        if let body = request.body {
            let count = body.utf8.count
            let bodyLines = body.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append(Line(text: "  Body (\(count) byte\(count == 1 ? "" : "s"))", kind: .text))
            lines += bodyLines.prefix(bodyPreviewLines).map { Line(text: "    " + $0, kind: .text) }
            if bodyLines.count > bodyPreviewLines {
                lines.append(Line(text: "    … \(bodyLines.count - bodyPreviewLines) more lines (the request form keeps it whole)", kind: .step))
            }
        } else {
            lines.append(Line(text: "  No body", kind: .text))
        }
        return lines
    }

    /// The lines cut to `width` display cells; a continuation keeps the line's indent plus two.
    func wrapped(width: Int) -> [Line] {
        guard width >= 8 else { return lines }
        var result: [Line] = []
        result.reserveCapacity(lines.count)
        for line in lines { Self.wrap(line, width: width, into: &result) }
        return result
    }

    static func wrap(_ line: Line, width: Int, into result: inout [Line]) {
        let text = line.text
        let ascii = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if ascii ? text.utf8.count <= width : DisplayWidth.of(text) <= width {
            result.append(line)
            return
        }
        let indent = min(text.prefix { $0 == " " }.count, width / 2) + 2
        let continuation = String(repeating: " ", count: indent)
        if ascii {
            // Printable ASCII: one cell a byte, so the line is cut by byte offsets.
            let bytes = Array(text.utf8)
            var start = 0, first = true
            while start < bytes.count {
                let room = first ? width : width - indent
                var end = min(bytes.count, start + room)
                // Break after the last space in the piece when there is one past its middle (words stay whole).
                if end < bytes.count, let space = bytes[(start + room / 2)..<end].lastIndex(of: 0x20) { end = space + 1 }
                let piece = String(decoding: bytes[start..<end], as: UTF8.self)
                result.append(Line(text: first ? piece : continuation + piece, kind: line.kind))
                start = end
                first = false
            }
            return
        }
        let characters = Array(text)
        var start = 0, first = true
        while start < characters.count {
            var cells = first ? 0 : indent
            var end = start
            var lastSpace: Int?
            // A piece always takes at least one character, even a wide one at a tiny width.
            while end < characters.count {
                let cell = DisplayWidth.of(characters[end])
                if cells + cell > width, end > start { break }
                if characters[end] == " " { lastSpace = end }
                cells += cell
                end += 1
            }
            if end < characters.count, let space = lastSpace, space > start + (end - start) / 2 { end = space + 1 }
            result.append(Line(text: (first ? "" : continuation) + String(characters[start..<end]), kind: line.kind))
            start = end
            first = false
        }
    }

    /// A line's style.
    static func style(_ kind: Kind, _ theme: Theme) -> Style {
        switch kind {
        case .agree: return Style(foreground: .indexed(71), bold: true)
        case .differ: return Style(foreground: .indexed(167), bold: true)
        case .step: return theme.muted
        case .heading: return theme.title
        case .text: return theme.text
        }
    }
}
