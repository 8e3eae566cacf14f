import Foundation

/// Every secret the process holds (access key secrets, session tokens, URL passwords), so
/// that one redactor hides all of them from every message that leaves gwx: stderr, the
/// explorer's banners, the `--debug` log. Sources add what they learn; the command line and
/// the explorer redact through it.
public final class Secrets: Sendable {
    private let values = Locked<Set<String>>([])

    public init() {}

    /// Remembers secret strings (short ones are ignored: they would hide ordinary text).
    public func add(_ secrets: [String]) {
        let kept = secrets.filter { $0.count >= 4 }
        guard !kept.isEmpty else { return }
        values.withLock { $0.formUnion(kept) }
    }

    /// Remembers the password (and user) of a URL's user info.
    public func add(userInfoOf url: String) {
        guard let userInfo = Redactor.userInfo(in: url) else { return }
        add([userInfo, String(userInfo.split(separator: ":", maxSplits: 1).last ?? "")].filter { !$0.isEmpty })
    }

    /// A redactor that knows every secret added so far.
    public var redactor: Redactor { Redactor(secrets: values.withLock { Array($0) }) }

    /// The text with every known secret and every secret-bearing pattern hidden.
    public func redact(_ text: String) -> String { redactor.redact(text) }
}

/// Removes secrets from text before it reaches an error, a log line or a debug dump.
public struct Redactor: Sendable {
    /// The exact secret strings to hide (secret keys, session tokens).
    public var secrets: [String]

    public init(secrets: [String] = []) {
        // Longest first, so a secret that contains another is hidden whole.
        self.secrets = secrets.filter { $0.count >= 4 }.sorted { $0.count > $1.count }
    }

    /// The text with every known secret, every SigV4 signature, every URL's user info and every
    /// credential-bearing header value replaced by `<redacted>`.
    public func redact(_ text: String) -> String {
        var result = Redactor.maskURLUserInfo(in: text)
        for secret in secrets where result.contains(secret) {
            result = result.replacingAll(secret, with: "<redacted>")
        }
        result = Redactor.maskAfter("Signature=", in: result, stopAt: { !$0.isHexDigit })
        for header in ["X-Amz-Security-Token:", "x-amz-security-token:", "X-Amz-Security-Token=", "aws_secret_access_key=", "aws_session_token=",
                       "Authorization:", "authorization:", "x-amz-sso_bearer_token:", "x-aws-ec2-metadata-token:", "X-aws-ec2-metadata-token:"] {
            result = Redactor.maskAfter(header, in: result, stopAt: { $0 == "\n" || $0 == "&" || $0 == "," })
        }
        return result
    }

    /// The user info of the first URL in `text` (`u:pw` in `http://u:pw@host/`), if any.
    static func userInfo(in text: String) -> String? {
        guard let scheme = text.range(of: "://") else { return nil }
        let authority = text[scheme.upperBound...].prefix { !"/?# \n\t\"'".contains($0) }
        guard let at = authority.lastIndex(of: "@"), at > authority.startIndex else { return nil }
        return String(authority[..<at])
    }

    /// `scheme://user:password@host` → `scheme://<redacted>@host`, for every URL in the text.
    static func maskURLUserInfo(in text: String) -> String {
        guard text.contains("://"), text.contains("@") else { return text }
        var out = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            out += rest[..<scheme.upperBound]
            let tail = rest[scheme.upperBound...]
            let authority = tail.prefix { !"/?# \n\t\"'".contains($0) }
            if let at = authority.lastIndex(of: "@"), at > authority.startIndex, authority[..<at] != "<redacted>" {
                out += "<redacted>"
                rest = tail[at...]
            } else {
                rest = tail
            }
        }
        out += rest
        return out
    }

    /// Replaces the characters after each `marker` (up to the first character `stopAt` accepts).
    static func maskAfter(_ marker: String, in text: String, stopAt: (Character) -> Bool) -> String {
        guard text.contains(marker) else { return text }
        var out = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound]
            var tail = rest[range.upperBound...]
            while tail.first == " " { out.append(" "); tail = tail.dropFirst() }
            let end = tail.firstIndex(where: stopAt) ?? tail.endIndex
            if end > tail.startIndex && tail[tail.startIndex..<end] != "<redacted>" { out += "<redacted>" } else { out += tail[tail.startIndex..<end] }
            rest = tail[end...]
        }
        out += rest
        return out
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
