/// Where each AWS service is reached, in botocore's order (`EndpointConfigResolver`):
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's `services` section
/// (`[services NAME]` with `sts =` then `  endpoint_url = …`), the profile's `endpoint_url`,
/// else AWS's own URL.
struct ServiceEndpoints: Sendable {
    var environment: [String: String]
    var profile: AWSProfile
    /// The `[services NAME]` section the profile names, if any.
    var services: INIFile.Section?

    /// The configured URL for a service (`sts`, `sso`, `sso_oidc`, `api_gateway`), or nil to use AWS's own.
    func configured(_ service: String) -> String? {
        // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS turns off every configured endpoint (not --endpoint-url).
        if environment["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"]?.lowercased() == "true" { return nil }
        return nonEmpty(environment["AWS_ENDPOINT_URL_" + service.uppercased()])
            ?? nonEmpty(environment["AWS_ENDPOINT_URL"])
            ?? services?["\(service).endpoint_url"]
            ?? profile["endpoint_url"]
    }

    /// The URL for a service: the configured one, else `fallback`.
    func url(_ service: String, fallback: String) -> String {
        configured(service) ?? fallback
    }

    private func nonEmpty(_ value: String?) -> String? {
        guard let value = value?.trimmingSpaces(), !value.isEmpty else { return nil }
        return value
    }
}
