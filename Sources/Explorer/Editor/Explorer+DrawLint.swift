import Mapping
import TerminalUI

extension Explorer {
    /// Lint lines shown in the preview before the rest is cut.
    static let maxLintLines = 4

    /// The preview's list of `gwx lint` findings: `✗ lint PLACE message`, the first few.
    static func lintLines(_ findings: [LintFinding], _ theme: Theme) -> [[Span]] {
        var lines: [[Span]] = findings.prefix(maxLintLines).map { finding in
            let isError = finding.severity == .error
            return [Span(isError ? " ✗ " : " ! ", theme.syntax.keyword), Span("lint \(finding.place) ", theme.muted),
                    Span(finding.message, isError ? theme.syntax.keyword : theme.text)]
        }
        if findings.count > maxLintLines {
            lines.append([Span("   … \(findings.count - maxLintLines) more: gwx lint lists them with what to do", theme.muted)])
        }
        return lines
    }
}
