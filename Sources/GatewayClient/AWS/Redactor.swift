import Foundation

/// Removes secrets from text before it reaches an error, a log line or a debug dump.
public struct Redactor: Sendable {
    /// The exact secret strings to hide (secret keys, session tokens).
    public var secrets: [String]

    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { $0.count >= 4 }
    }

    /// The text with every known secret, every SigV4 signature and every credential-bearing
    /// header value replaced by `<redacted>`.
    public func redact(_ text: String) -> String {
        var result = text
        for secret in secrets where result.contains(secret) {
            result = result.replacingAll(secret, with: "<redacted>")
        }
        result = Redactor.maskAfter("Signature=", in: result, stopAt: { !$0.isHexDigit })
        for header in ["X-Amz-Security-Token:", "x-amz-security-token:", "X-Amz-Security-Token=", "aws_secret_access_key=", "aws_session_token="] {
            result = Redactor.maskAfter(header, in: result, stopAt: { $0 == "\n" || $0 == "&" || $0 == "," })
        }
        return result
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
