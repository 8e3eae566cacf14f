import Mapping
import TerminalUI

extension ResponseForm {
    /// Marks the lines of each template that `gwx lint` has a finding on (after the preview's
    /// own error marks, which win where both point at the same place).
    mutating func showLint() {
        guard let findings = preview.outcome?.lint else { return }
        for index in templates.indices {
            let field = LintFinding.Field.template(contentType: templates[index].contentType)
            var taken = Set(templates[index].editor.marks.map(\.position))
            for finding in findings where finding.field == field {
                guard let line = finding.line else { continue }
                let position = TextPosition(line: max(0, line - 1), column: max(0, (finding.column ?? 1) - 1))
                guard taken.insert(position).inserted else { continue }
                templates[index].editor.marks.append(TextMark(position: position, message: finding.message, isWarning: finding.severity == .warning))
            }
        }
    }
}
