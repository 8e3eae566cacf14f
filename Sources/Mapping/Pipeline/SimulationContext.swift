import GatewayModel

/// The `$context` values a simulation uses: fixed, deterministic defaults that look like
/// API Gateway's, overridden by the request's `context` entries.
enum SimulationContext {
    /// The request ID every simulation reports unless overridden.
    static let defaultRequestId = "00000000-0000-4000-8000-000000000000"

    /// Defaults for a method, then the request's overrides, keyed by dotted name.
    static func values(for request: SimulationRequest, httpMethod: String, resourcePath: String) -> OrderedMap<String> {
        var values: OrderedMap<String> = [
            "requestId": defaultRequestId,
            "extendedRequestId": "AAAAAAAAAAAAAAA=",
            "accountId": "123456789012",
            "apiId": "simulated",
            "stage": "test",
            "httpMethod": httpMethod.uppercased(),
            "resourcePath": resourcePath,
            "path": "/test" + resourcePath,
            "protocol": "HTTP/1.1",
            "requestTime": "01/Jan/2026:00:00:00 +0000",
            "requestTimeEpoch": "1767225600000",
            "domainName": "simulated.execute-api.us-east-1.amazonaws.com",
            "identity.sourceIp": "127.0.0.1",
            "identity.userAgent": "gwx-simulate",
        ]
        for entry in request.context { values[entry.key] = entry.value }
        return values
    }
}
