import JavaRegex

/// Per-field checks a form can run on every keystroke: each returns `nil` when the value is
/// fine, or a message the user can act on.
public enum Validation {
    /// A method response status code: three digits, `[1-5]\d\d`.
    public static func statusCode(_ text: String) -> String? {
        if text.isEmpty { return "Status code is required: three digits from 100 to 599, for example 200." }
        let digits = Array(text.unicodeScalars)
        let valid = digits.count == 3 && ("1"..."5").contains(digits[0]) && digits.allSatisfy { ("0"..."9").contains($0) }
        return valid ? nil : "Status code \"\(text)\" is not valid: use three digits from 100 to 599, for example 200."
    }

    /// The longest selection pattern gwx compiles, in characters. API Gateway documents no
    /// limit (the API reference and the SDK models say only "string"); this one is generous for
    /// a regex matched against a status code or an error message, and bounds the work: ICU
    /// takes about a millisecond to compile each Java `\b` or `\B` (four Unicode property sets).
    public static let maxSelectionPatternLength = 4_096

    /// Why a selection pattern is too long to compile, or nil.
    public static func selectionPatternLength(_ text: String) -> String? {
        let length = text.count
        guard length > maxSelectionPatternLength else { return nil }
        return "Selection pattern is \(length) characters long; gwx reads patterns of up to \(maxSelectionPatternLength) "
            + "characters (API Gateway documents no limit): shorten it, for example by matching a shorter part of the message."
    }

    /// A selection pattern: empty (the default response) or a Java regular expression.
    public static func selectionPattern(_ text: String) -> String? {
        guard !text.isEmpty else { return nil }
        if let tooLong = selectionPatternLength(text) { return tooLong }
        do {
            _ = try JavaRegex(text)
            return nil
        } catch {
            var message = "Selection pattern is not a valid Java regular expression: \(error.message)."
            if ICUSyntax.accepts(text) {
                message += " (Other regex engines accept this, but API Gateway reads Java syntax.)"
            }
            return message
        }
    }

    /// Content handling as typed: empty, `CONVERT_TO_BINARY` or `CONVERT_TO_TEXT`.
    public static func contentHandling(_ text: String) -> String? {
        do { _ = try ContentHandling.parse(text); return nil } catch { return error.message }
    }

    /// A response parameter key: `method.response.header.NAME` with NAME an HTTP header name.
    public static func responseParameterKey(_ key: String) -> String? {
        guard let name = key.dropPrefix(MethodResponse.headerPrefix) else {
            let example = HTTPToken.isValid(key) ? key : "X-Example"
            return "Response parameter \"\(key)\" must be written method.response.header.NAME, for example method.response.header.\(example)."
        }
        guard HTTPToken.isValid(name) else {
            return name.isEmpty
                ? "Response parameter \"\(key)\" needs a header name after method.response.header."
                : "Header name \"\(name)\" is not a valid HTTP header name: use letters, digits and !#$%&'*+-.^_`|~ only."
        }
        return nil
    }

    /// A response parameter value: a mapping expression API Gateway accepts.
    public static func responseParameterValue(_ value: String) -> String? {
        do { _ = try ResponseParameterSource(parsing: value); return nil } catch { return error.message }
    }

    /// A response template key: a media type `type/subtype` with optional `; name=value` parameters.
    public static func mediaType(_ text: String) -> String? {
        MediaType.isValid(text) ? nil
            : "Response template content type \"\(text)\" is not a media type: write type/subtype, for example application/json."
    }
}

/// Whether ICU (what many other tools use) would accept a pattern as written.
enum ICUSyntax {
    static func accepts(_ pattern: String) -> Bool { JavaRegex.icuAccepts(pattern) }
}

/// RFC 6838 media types.
enum MediaType {
    /// `type/subtype` of restricted-name characters, then optional `;name=value` parameters.
    static func isValid(_ text: String) -> Bool {
        let pieces = text.split(separator: ";", omittingEmptySubsequences: false)
        guard let essence = pieces.first else { return false }
        let names = essence.trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard names.count == 2, names.allSatisfy(isRestrictedName) else { return false }
        for parameter in pieces.dropFirst() {
            let pair = parameter.trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2, HTTPToken.isValid(pair[0]), !pair[1].isEmpty else { return false }
        }
        return true
    }

    /// RFC 6838 `restricted-name`: a letter or digit, then up to 126 of ``!#$&-^_.+``, letters and digits.
    static func isRestrictedName(_ name: Substring) -> Bool {
        guard let first = name.unicodeScalars.first, name.count <= 127,
              first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "!#$&-^_.+".unicodeScalars.contains(scalar))
        }
    }
}

extension Substring {
    var trimmed: Substring {
        let start = drop { $0 == " " }
        return Substring(start.reversed().drop { $0 == " " }.reversed())
    }
}
