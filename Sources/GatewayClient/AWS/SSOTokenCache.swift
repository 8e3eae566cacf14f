import Foundation

/// The token `aws sso login` cached in `~/.aws/sso/cache/`, named as botocore's
/// `SSOTokenLoader` names it: the SHA-1 of the session name, or of the start URL for legacy
/// profiles, in hex, plus `.json`.
struct SSOToken: Sendable {
    var fields: [String: String]
    var accessToken: String
    var expiresAt: Date

    /// Whether a refresh may be tried: botocore needs these four, and a registration not yet expired.
    func refreshable(now: Date) -> Bool {
        guard ["refreshToken", "clientId", "clientSecret", "registrationExpiresAt"].allSatisfy({ fields[$0] != nil }),
              let registration = fields["registrationExpiresAt"].flatMap(SSOToken.parseDate) else { return false }
        return registration > now
    }

    /// A date as the CLI writes it (`2026-12-04T20:00:00Z`, fractions or `UTC` allowed).
    static func parseDate(_ text: String) -> Date? {
        if let date = parseISO8601(text) { return date }
        if text.hasSuffix("UTC") { return parseISO8601(String(text.dropLast(3)) + "Z") }
        return nil
    }

    /// A date as botocore writes it (`%Y-%m-%dT%H:%M:%SZ`).
    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

struct SSOTokenCache: Sendable {
    var directory: String
    var limit = FileSizeLimit(bytes: 1 << 20)

    /// The cache file for a session name (or, for legacy profiles, the start URL).
    func path(for key: String) -> String {
        directory.trimmingTrailingSlash + "/" + Crypto.hex(Crypto.sha1(Array(key.utf8))) + ".json"
    }

    /// The cached token, nil when there is none; an error when the file is not a token.
    func load(_ key: String, secrets: Secrets) throws -> SSOToken? {
        let file = path(for: key)
        guard let bytes = try GuardedFile.readIfPresent(file, what: "SSO token cache", limit: limit) else { return nil }
        guard let json = try? AWSJSON.parse(bytes), case .object(let members) = json else {
            throw ConfigError("the SSO token cache \(file) is not JSON; run `aws sso login` again to rewrite it")
        }
        var fields: [String: String] = [:]
        for member in members { if let text = member.value.stringValue { fields[member.key] = text } }
        secrets.add(["accessToken", "refreshToken", "clientSecret"].compactMap { fields[$0] })
        guard let accessToken = fields["accessToken"], let expiresText = fields["expiresAt"] else {
            throw ConfigError("the SSO token cache \(file) has no accessToken or expiresAt; run `aws sso login` again to rewrite it")
        }
        guard let expiresAt = SSOToken.parseDate(expiresText) else {
            throw ConfigError("the SSO token cache \(file) has an expiresAt that is not a date (\(expiresText)); run `aws sso login` again")
        }
        return SSOToken(fields: fields, accessToken: accessToken, expiresAt: expiresAt)
    }

    /// Writes a token as botocore's `JSONFileCache` does: a temp file in the same folder, synced,
    /// then renamed over the old one (readers see the old file or the new one, never half).
    func save(_ pairs: [(String, String)], for key: String) throws {
        let file = path(for: key)
        let text = "{" + pairs.map { "\(SSOTokenCache.quote($0.0)): \(SSOTokenCache.quote($0.1))" }.joined(separator: ", ") + "}"
        try AtomicCacheFile.write(text, to: file, directory: directory)
    }

    /// A JSON string as Python's `json.dumps` writes it (non-ASCII as `\u` escapes).
    static func quote(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }
}
