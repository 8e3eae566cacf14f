/// The `$context` of a local render: API Gateway's variables with preview defaults, then
/// the user's dotted overrides (`identity.sourceIp=1.2.3.4`).
public enum GatewayContext {
    /// The default request time: 2024-01-01T00:00:00Z, so previews and tests are repeatable.
    public static let defaultRequestTimeEpochMilliseconds = 1_704_067_200_000

    /// The context tree with defaults, for an API stage and request time.
    public static func defaults(requestTimeEpochMilliseconds: Int = defaultRequestTimeEpochMilliseconds) -> JSONValue {
        let apiId = "a1b2c3d4e5"
        let stage = "test-invoke-stage"
        let resourcePath = "/"
        let identity: [(String, JSONValue)] = [
            ("accountId", .string("")), ("apiKey", .string("")), ("apiKeyId", .string("")),
            ("caller", .string("")), ("cognitoAuthenticationProvider", .string("")),
            ("cognitoAuthenticationType", .string("")), ("cognitoIdentityId", .string("")),
            ("cognitoIdentityPoolId", .string("")), ("principalOrgId", .string("")),
            ("sourceIp", .string("127.0.0.1")), ("user", .string("")),
            ("userAgent", .string("gwx-preview")), ("userArn", .string("")),
        ]
        let members: [(String, JSONValue)] = [
            ("accountId", .string("123456789012")),
            ("apiId", .string(apiId)),
            ("authorizer", .object(JSONObject([("principalId", .string(""))]))),
            ("awsEndpointRequestId", .string("d7a0c3b1-5e2f-4a86-9c1d-3b4e5f6a7b8c")),
            ("deploymentId", .string("dep123")),
            ("domainName", .string("\(apiId).execute-api.us-east-1.amazonaws.com")),
            ("domainPrefix", .string(apiId)),
            ("extendedRequestId", .string("Q2hlY2tPdXRHd3g=")),
            ("httpMethod", .string("GET")),
            ("identity", .object(JSONObject(identity))),
            ("path", .string("/\(stage)\(resourcePath)")),
            ("protocol", .string("HTTP/1.1")),
            ("requestId", .string("c6af9ac6-7b61-11e6-9a41-93e8deadbeef")),
            ("requestTime", .string(formatRequestTime(epochMilliseconds: requestTimeEpochMilliseconds))),
            ("requestTimeEpoch", .number(String(requestTimeEpochMilliseconds))),
            ("resourceId", .string("abc123")),
            ("resourcePath", .string(resourcePath)),
            ("stage", .string(stage)),
        ]
        return .object(JSONObject(members))
    }

    /// Applies dotted overrides in order: `stage=prod`, `identity.sourceIp=1.2.3.4`,
    /// `authorizer.claims.sub=abc` (intermediate maps are created as needed).
    public static func applying(_ overrides: [(key: String, value: String)], to context: JSONValue) -> JSONValue {
        var result = context
        for (key, value) in overrides {
            let parts = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            result = setting(parts[...], to: .string(value), in: result)
        }
        return result
    }

    private static func setting(_ path: ArraySlice<String>, to value: JSONValue, in node: JSONValue) -> JSONValue {
        guard let head = path.first else { return value }
        var object: JSONObject
        if case .object(let existing) = node { object = existing } else { object = JSONObject() }
        object[head] = setting(path.dropFirst(), to: value, in: object[head] ?? .null)
        return .object(object)
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `dd/MMM/yyyy:HH:mm:ss +0000`, the CLF time API Gateway gives `$context.requestTime`.
    public static func formatRequestTime(epochMilliseconds: Int) -> String {
        let seconds = epochMilliseconds >= 0 ? epochMilliseconds / 1000 : (epochMilliseconds - 999) / 1000
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        // Civil-from-days (Howard Hinnant's algorithm), proleptic Gregorian calendar.
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(day, 2))/\(monthNames[month - 1])/\(pad(year, 4)):\(pad(secondOfDay / 3600, 2)):"
            + "\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)) +0000"
    }
}
