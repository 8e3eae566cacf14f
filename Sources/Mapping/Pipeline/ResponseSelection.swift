import Foundation
import GatewayModel

/// Picks the integration response for a backend response, as API Gateway does.
///
/// Each selection pattern is a Java regular expression that must match the *whole* subject:
/// the backend status code for HTTP, MOCK and non-Lambda AWS integrations; the function
/// error's `errorMessage` for a non-proxy Lambda integration. A successful Lambda invocation
/// has no error message; the AWS guide notes that `.*` "will match all error messages,
/// including null", so the subject is then the empty string and only patterns that match
/// the empty string (or the default) apply.
///
/// When no pattern matches, the response without a pattern is the default. With no default
/// API Gateway fails the request: the guide's Lambda error page says it "throws an invalid
/// configuration exception if no default response is configured", and the gateway response
/// reference lists "integration response mapping cannot match any template and no default
/// template is configured" under API_CONFIGURATION_ERROR (500, `Internal server error`).
///
/// Overlapping patterns: the guide does not say which of several matching patterns wins.
/// gwx evaluates them in ascending status code order — the order API Gateway's control
/// plane lists a method's `integrationResponses` — takes the first match, and warns about
/// every other match so the user can make the patterns disjoint.
struct ResponseSelection: Hashable, Sendable {
    /// Every response in evaluation order with its verdict.
    var candidates: [SelectionCandidate]
    /// The index into `candidates` of the selected response.
    var selectedIndex: Int?
    /// The selected integration response itself.
    var selectedResponse: IntegrationResponse?

    /// The selected candidate.
    var selected: SelectionCandidate? { selectedIndex.map { candidates[$0] } }

    /// Evaluates every response against `subject`.
    static func select(_ responses: [IntegrationResponse], subject: String, matcher: any SelectionPatternMatching) -> ResponseSelection {
        let ordered = responses.enumerated().sorted { lhs, rhs in
            let order = statusOrder(lhs.element.statusCode, rhs.element.statusCode)
            return order == .orderedSame ? lhs.offset < rhs.offset : order == .orderedAscending
        }.map(\.element)
        var candidates: [SelectionCandidate] = ordered.map { response in
            let verdict: SelectionCandidate.Verdict
            if response.isDefault {
                verdict = .isDefault
            } else {
                switch matcher.match(pattern: response.selectionPattern ?? "", subject: subject) {
                case .matched: verdict = .matched
                case .notMatched: verdict = .notMatched
                case .invalid(let message): verdict = .invalidPattern(message: message)
                }
            }
            return SelectionCandidate(statusCode: response.statusCode, selectionPattern: response.isDefault ? nil : response.selectionPattern, subject: subject, verdict: verdict, isSelected: false)
        }
        let chosen = candidates.firstIndex { $0.verdict == .matched } ?? candidates.firstIndex { $0.verdict == .isDefault }
        if let chosen { candidates[chosen].isSelected = true }
        return ResponseSelection(candidates: candidates, selectedIndex: chosen, selectedResponse: chosen.map { ordered[$0] })
    }

    /// Numeric status codes in numeric order, anything else after them in text order.
    private static func statusOrder(_ lhs: String, _ rhs: String) -> ComparisonResult {
        switch (Int(lhs), Int(rhs)) {
        case let (left?, right?): return left == right ? .orderedSame : (left < right ? .orderedAscending : .orderedDescending)
        case (.some, nil): return .orderedAscending
        case (nil, .some): return .orderedDescending
        case (nil, nil): return lhs == rhs ? .orderedSame : (lhs < rhs ? .orderedAscending : .orderedDescending)
        }
    }
}
