import GatewayModel
import JavaRegex

// Selection patterns are Java regular expressions matched against the whole subject. The
// subject depends on the integration (the AWS guide, "Set up an integration response" and
// "Handle Lambda errors"): the backend's HTTP status code for HTTP, MOCK and AWS service
// integrations; the function error's errorMessage for a non-proxy Lambda integration, where a
// successful invocation has no error message and is matched as the empty string (the guide:
// `.*` "will match all error messages, including null"; see docs/pipeline/README.md).

extension Linter {
    /// The status codes a backend can send, as selection subjects.
    private static let statusCodes = (100...599).map(String.init)

    /// Findings about one response's selection pattern.
    static func patternFindings(_ response: IntegrationResponse, integration: Integration) -> [LintFinding] {
        guard let pattern = response.selectionPattern, !response.isDefault else { return [] }
        if let tooLong = Validation.selectionPatternLength(pattern) {
            return [LintFinding(rule: .invalidPattern, severity: .error, message: tooLong,
                                hint: "shorten the pattern, or remove it to make this the default response",
                                statusCode: response.statusCode, field: .selectionPattern)]
        }
        let regex: JavaRegex
        do {
            regex = try JavaRegex(pattern)
        } catch {
            // API Gateway compiles the pattern with java.util.regex when it selects a response:
            // a pattern Java rejects never matches, and the request fails.
            return [LintFinding(rule: .invalidPattern, severity: .error,
                                message: "the selection pattern is not a valid Java regular expression: \(error.message)",
                                hint: "fix the pattern (API Gateway reads Java's regex syntax), or remove it to make this the default response",
                                statusCode: response.statusCode, field: .selectionPattern, line: 1, column: error.index >= 0 ? error.index + 1 : nil)]
        }
        switch integration.type {
        case .awsProxy, .httpProxy:
            return []
        case .aws where integration.isLambda:
            return lambdaPatternFindings(response, pattern: pattern, regex: regex)
        default:
            guard !statusCodes.contains(where: regex.matchesWhole) else { return [] }
            return [LintFinding(rule: .patternMatchesNoStatus, severity: .warning,
                                message: "on \(integration.type == .mock ? "a" : "an") \(integration.type.rawValue) integration the pattern is matched against the backend's status code, and \"\(pattern)\" matches none from 100 to 599: this response is never selected",
                                hint: "match status codes, for example 4\\d{2}; patterns on error messages only apply to Lambda integrations",
                                statusCode: response.statusCode, field: .selectionPattern)]
        }
    }

    private static func lambdaPatternFindings(_ response: IntegrationResponse, pattern: String, regex: JavaRegex) -> [LintFinding] {
        let quoted = "\"\(pattern)\""
        if onlyMatchesDigits(pattern) {
            return [LintFinding(rule: .statusCodePatternOnLambda, severity: .warning,
                                message: "\(quoted) only matches numbers, but on a Lambda integration the pattern is matched against the function error's errorMessage, not a status code: it selects this response only for an error message that is exactly such a number",
                                hint: "match the error message instead, for example .*Not Found.* or \\[400\\].* with the function throwing \"[400] …\"",
                                statusCode: response.statusCode, field: .selectionPattern)]
        }
        let matchesSuccess = regex.matchesWhole("")
        let isSuccessStatus = response.statusCode.hasPrefix("2")
        if isSuccessStatus && !matchesSuccess {
            return [LintFinding(rule: .patternMissesLambdaSuccess, severity: .warning,
                                message: "\(quoted) never matches a successful invocation (on a Lambda integration a success has no error message, matched as empty): this \(response.statusCode) response is selected only for function errors",
                                hint: "remove the pattern to make \(response.statusCode) the default response, which successful invocations get; give 4xx/5xx responses patterns for the error messages",
                                statusCode: response.statusCode, field: .selectionPattern)]
        }
        if !isSuccessStatus && matchesSuccess {
            return [LintFinding(rule: .patternCatchesLambdaSuccess, severity: .warning,
                                message: "\(quoted) also matches a successful invocation (no error message, matched as empty): successes get \(response.statusCode) instead of the default response",
                                hint: "use a pattern that needs some text, for example .+ or .*Error.*",
                                statusCode: response.statusCode, field: .selectionPattern)]
        }
        return []
    }

    /// A Lambda method whose responses leave a successful invocation unmatched: no default
    /// response and no pattern that matches the empty error message. API Gateway then has no
    /// response to use and answers 500 (the guide: "throws an invalid configuration exception
    /// if no default response is configured").
    public static func lambdaSuccessFindings(_ integration: Integration) -> [LintFinding] {
        guard integration.isLambda, !integration.integrationResponses.isEmpty else { return [] }
        let selectsSuccess = integration.integrationResponses.contains { response in
            if response.isDefault { return true }
            guard let pattern = response.selectionPattern, Validation.selectionPatternLength(pattern) == nil,
                  let regex = try? JavaRegex(pattern) else { return false }
            return regex.matchesWhole("")
        }
        guard !selectsSuccess else { return [] }
        return [LintFinding(rule: .noLambdaSuccessResponse, severity: .error,
                            message: "no integration response is selected for a successful invocation (no default response, and no pattern matches an empty error message): API Gateway answers 500",
                            hint: "make the success response (usually 200) the default by removing its selection pattern",
                            field: .integrationResponses)]
    }

    /// Whether every string `pattern` can match is made of digits, judged from its syntax:
    /// digits, `\d`, digit classes, groups, alternation, quantifiers and anchors only.
    static func onlyMatchesDigits(_ pattern: String) -> Bool {
        let characters = Array(pattern)
        guard characters.contains(where: { $0.isASCII && ($0.isNumber || $0 == "\\") }) else { return false }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "0"..."9", "|", ")", "?", "*", "+", "^", "$":
                index += 1
            case "(":
                index += 1
                if index + 1 < characters.count, characters[index] == "?", characters[index + 1] == ":" { index += 2 }
            case "\\":
                guard index + 1 < characters.count, characters[index + 1] == "d" else { return false }
                index += 2
            case "[":
                guard let close = characters[index...].firstIndex(of: "]"), close > index + 1 else { return false }
                guard characters[(index + 1)..<close].allSatisfy({ ("0"..."9").contains($0) || $0 == "-" }) else { return false }
                index = close + 1
            case "{":
                guard let close = characters[index...].firstIndex(of: "}") else { return false }
                guard characters[(index + 1)..<close].allSatisfy({ ("0"..."9").contains($0) || $0 == "," }) else { return false }
                index = close + 1
            default:
                return false
            }
        }
        return true
    }
}
