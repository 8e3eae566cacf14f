import GatewayModel

/// Chooses the response mapping template for a request, following the AWS guide's "Select
/// a VTL mapping template" rules:
///
/// - the key is the request's `Accept` media type, parameters dropped (`application/json;
///   charset=UTF-8` → `application/json`); when `Accept` lists several types only the first
///   counts (the guide's binary-support note: "API Gateway only honors the first Accept
///   media type");
/// - no `Accept` header: `application/json` is assumed; its template is used if defined,
///   else the first template;
/// - an `Accept` value that matches no template key: the first template;
/// - no templates at all: the body passes through unmapped.
///
/// "First" is the order the templates are written in (the order gwx keeps). An empty
/// template also passes the payload through: the guide tells users who want the payload
/// unmapped to "set up an empty template for application/json".
struct TemplateSelection: Hashable, Sendable {
    /// The chosen key and its template text; `nil` when the body passes through.
    var contentType: String?
    var template: String?
    /// Why.
    var reason: String

    /// The media type API Gateway keys on for an `Accept` value (`nil` when absent or blank).
    static func acceptedMediaType(_ accept: String?) -> String? {
        guard let accept else { return nil }
        let first = accept.split(separator: ",", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let type = PipelineText.trimmed(first.split(separator: ";").first.map(String.init) ?? "")
        return type.isEmpty ? nil : type.lowercased()
    }

    /// Applies the rules to a response's templates.
    static func choose(templates: OrderedMap<String>, accept: String?) -> TemplateSelection {
        guard let first = templates.entries.first else {
            return TemplateSelection(contentType: nil, template: nil, reason: "no response templates: the backend body passes through unmapped")
        }
        let key = acceptedMediaType(accept)
        func entry(for mediaType: String) -> OrderedMap<String>.Entry? {
            templates.entries.first { (acceptedMediaType($0.key) ?? "") == mediaType }
        }
        let chosen: OrderedMap<String>.Entry
        let reason: String
        if let key {
            if let match = entry(for: key) {
                chosen = match
                reason = "Accept \(key) matches the template for \(match.key)"
            } else {
                chosen = first
                reason = "Accept \(key) matches no template, so API Gateway uses the first one (\(first.key))"
            }
        } else if let json = entry(for: "application/json") {
            chosen = json
            reason = "no Accept header: API Gateway assumes application/json, which has a template"
        } else {
            chosen = first
            reason = "no Accept header and no application/json template, so API Gateway uses the first one (\(first.key))"
        }
        if PipelineText.trimmed(chosen.value).isEmpty {
            return TemplateSelection(contentType: chosen.key, template: nil, reason: reason + "; it is empty, so the body passes through unmapped")
        }
        return TemplateSelection(contentType: chosen.key, template: chosen.value, reason: reason)
    }
}

