import Foundation
import Text
import Velocity

// A template is checked twice: by what the parser found in it (directives API Gateway does not
// run), and by what it renders for the sample with the engine configuration every other part
// of gwx uses (`CompiledTemplate`), so the lint agrees with `gwx render` and the preview.

extension Linter {
    /// The findings for one response template (no status code: the caller adds it).
    public static func lint(template: String, contentType: String, sample: LintSample = .emptyBody) -> [LintFinding] {
        let field = LintFinding.Field.template(contentType: contentType)
        let name = "responseTemplates[\(contentType)]"
        let uses: [DirectiveUse]
        do {
            uses = try Template.directiveUses(in: template, name: name, configuration: GatewayEngine.configuration)
        } catch {
            return [LintFinding(rule: .templateFails, severity: .error,
                                message: "the template does not parse: \(error.message); API Gateway answers 500 Internal server error",
                                hint: "fix the syntax at this place (gwx render shows the line and a caret)",
                                field: field, line: error.location.line, column: error.location.column)]
        }
        var findings = directiveFindings(uses, field: field)
        findings += renderFindings(template: template, name: name, contentType: contentType, field: field, sample: sample, directives: findings)
        return findings
    }

    // MARK: - Directives

    /// API Gateway configures Velocity without inline macros (`velocimacro.permissions.allow.inline
    /// = false`: a `#macro` block prints nothing and its calls print as written), without
    /// `#evaluate` (it prints as written), and with no templates for `#include`/`#parse` to
    /// load (the render fails: 500).
    static func directiveFindings(_ uses: [DirectiveUse], field: LintFinding.Field) -> [LintFinding] {
        let inlineMacros = Set(uses.filter { $0.name == "macro" }.compactMap(\.firstArgument))
        return uses.compactMap { use -> LintFinding? in
            let place = use.location
            switch use.name {
            case "macro":
                let called = use.firstArgument.map { " #\($0)(…)" } ?? ""
                return LintFinding(rule: .unsupportedDirective, severity: .error,
                                   message: "#macro is ignored: API Gateway does not allow inline macros, so this block prints nothing and each call\(called) prints as written",
                                   hint: "inline the macro's body where it is called (#set and #foreach cover most uses)",
                                   field: field, line: place.line, column: place.column)
            case "evaluate":
                return LintFinding(rule: .unsupportedDirective, severity: .error,
                                   message: "#evaluate is not a directive on API Gateway: it prints as written",
                                   hint: "build the output with references and #set instead of evaluating text",
                                   field: field, line: place.line, column: place.column)
            case "include", "parse":
                return LintFinding(rule: .unsupportedDirective, severity: .error,
                                   message: "#\(use.name) loads another template, and API Gateway has none to load: the response fails with 500",
                                   hint: "paste the other template's text here; a mapping template is self-contained",
                                   field: field, line: place.line, column: place.column)
            default:
                let callee = use.name.hasPrefix("@") ? String(use.name.dropFirst()) : use.name
                guard inlineMacros.contains(callee) else { return nil }
                return LintFinding(rule: .inlineMacroCall, severity: .error,
                                   message: "#\(use.name)(…) calls the inline macro \(callee), which API Gateway does not define: the call prints as written",
                                   hint: "replace the call with the macro's body",
                                   field: field, line: place.line, column: place.column)
            }
        }
    }

    // MARK: - Rendering the sample

    private static func renderFindings(template: String, name: String, contentType: String, field: LintFinding.Field,
                                       sample: LintSample, directives: [LintFinding]) -> [LintFinding] {
        // An empty template passes the body through unchanged (the pipeline's rule): nothing to render.
        guard !template.allSatisfy(\.isWhitespace) else { return [] }
        let request = RenderRequest(body: sample.body, bodyName: sample.name)
        let result: RenderResult
        do {
            result = try CompiledTemplate(source: template, name: name).render(request: request)
        } catch {
            let place = error.templateError.location
            // `#include`/`#parse` fail here too; their directive finding already says why.
            if directives.contains(where: { $0.line == place.line && $0.column == place.column }) { return [] }
            var message = "with \(sample.name) the render fails: \(error.templateError.message)"
            if let bodyError = error.bodyError {
                message += " (\(sample.name) is not JSON: line \(bodyError.line), column \(bodyError.column): \(bodyError.message))"
            }
            // Like a broken JSON output, a failure on a body the user did not give may never
            // happen with the real backend (which may always send the fields): a warning.
            return [LintFinding(rule: .templateFails, severity: sample.isGiven ? .error : .warning,
                                message: message + "; API Gateway answers 500 Internal server error",
                                hint: "gwx render --template FILE --body SAMPLE shows the failure with the line and a caret",
                                field: field, line: place.line, column: place.column)]
        }
        var findings: [LintFinding] = []
        var seenLoops: Set<SourceLocation> = []
        for loop in result.truncatedLoops where seenLoops.insert(loop.location).inserted {
            // API Gateway's quota table for REST APIs: iterations in a #foreach … #end loop of
            // a mapping template: 1,000, not adjustable. The loop stops quietly; the rest is lost.
            findings.append(LintFinding(rule: .foreachLimit, severity: .warning,
                                        message: "#foreach goes over \(loop.elementCount) items for \(sample.name), but API Gateway stops a loop after 1,000 iterations: the rest is silently left out",
                                        hint: "page the backend's results (at most 1,000 per response), or return the list without a loop, e.g. $input.json('$.items')",
                                        field: field, line: loop.location.line, column: loop.location.column))
        }
        if isJSON(contentType), let problem = OutputCheck.jsonProblem(in: result.utf8) {
            findings.append(notJSONFinding(problem, template: template, name: name, request: request, output: result.utf8, field: field, sample: sample))
        }
        return findings
    }

    /// `application/json` and `+json` types (parameters ignored, case-insensitive).
    static func isJSON(_ contentType: String) -> Bool {
        let type = (contentType.split(separator: ";").first.map(String.init) ?? contentType)
            .trimmingCharacters(in: .whitespaces).lowercased()
        return type == "application/json" || type.hasSuffix("+json")
    }

    private static func notJSONFinding(_ problem: OutputCheck.Problem, template: String, name: String, request: RenderRequest,
                                       output: [UInt8], field: LintFinding.Field, sample: LintSample) -> LintFinding {
        // A missing value is the fault of what printed before the place the parser stopped
        // (`"a": ` then `,` on the next line): point at the line of that `:` or `,`.
        let origin = problem.kind == .missingValue ? problem.valueStart : problem.offset
        let line = OutputOrigin.templateLine(ofOutputOffset: origin, template: template, name: name, request: request, output: output)
        var message = "the output is not JSON for \(sample.name): \(problem.message) at output line \(problem.line), column \(problem.column)"
        if !problem.excerpt.isEmpty { message += " (output line: \(problem.excerpt))" }
        let hint: String
        switch problem.kind {
        case .escapedQuote:
            // The AWS mapping template reference: escapeJavaScript turns ' into \', and
            // "the escaped single quotes are not valid in JSON".
            hint = "$util.escapeJavaScript escapes ' as \\', which JSON does not allow: write $util.escapeJavaScript($x).replaceAll(\"\\\\'\", \"'\")"
        case .missingValue:
            hint = "a reference printed nothing where a JSON value belongs (API Gateway prints a missing value as an empty string): quote it (\"$x\"), or write #if($x != \"\")$x#{else}null#end"
        case .controlCharacter:
            hint = "a string value contains a raw line break or control character: print it with $util.escapeJavaScript(…) (then .replaceAll(\"\\\\'\", \"'\"))"
        case .other:
            hint = "check what this template line prints for \(sample.name) (gwx render --template FILE --body SAMPLE)"
        }
        return LintFinding(rule: .outputNotJSON, severity: sample.isGiven ? .error : .warning, message: message, hint: hint,
                           field: field, line: line)
    }
}
