/// The one writer of quoted strings: every layer that prints a JSON, YAML or HCL string goes
/// through it, and the rule set decides which characters are escaped and how.
public enum StringEscaping {
    /// Which reader the text is written for.
    public enum Rules: Sendable {
        /// json-smart's `JSONValue.escape`, as Velocity and API Gateway print JSON: `"`, `\` and
        /// `/` backslash-escaped, `\b \f \n \r \t`, and other C0 controls, U+007F–U+009F and
        /// U+2000–U+20FF as `\uXXXX` (upper-case hex).
        case jsonSmart
        /// RFC 8259's minimum: `"`, `\`, `\b \f \n \r \t`, other C0 controls as `\u00xx`
        /// (lower-case hex); non-ASCII kept as UTF-8.
        case json
        /// A JSON string in an export file, safe for every JSON reader and editor: RFC 8259's
        /// escapes, and DEL, U+2028 and U+2029 as `\uXXXX` too (upper-case hex).
        case exportFile
        /// A YAML double-quoted scalar as an export file stores it: YAML's named escapes
        /// (`\0 \a \b \t \n \v \f \r \e \N \L \P`), and `\x`, `\u` or `\U` for anything
        /// YAML does not call printable, so PyYAML and SnakeYAML read back the exact text.
        case yaml
        /// An HCL quoted string Terraform reads back byte for byte: `\\ \" \n \r \t`, `\uXXXX`
        /// for other controls, U+007F–U+009F, U+2028 and U+2029, and `${` / `%{` doubled so
        /// they stay literal.
        case hcl
        /// The lines of an HCL heredoc: nothing escaped (a heredoc cannot escape; the caller
        /// checks the text needs none), `${` / `%{` doubled as in `hcl`.
        case hclHeredoc
    }

    /// `text` in double quotes, escaped by `rules`.
    public static func quoted(_ text: String, _ rules: Rules) -> String {
        var out = "\""
        append(text, rules, to: &out)
        out += "\""
        return out
    }

    /// `text` escaped by `rules` (without quotes).
    public static func escaped(_ text: String, _ rules: Rules) -> String {
        var out = ""
        append(text, rules, to: &out)
        return out
    }

    /// Appends `text` escaped by `rules` (without quotes) to `out`.
    public static func append(_ text: String, _ rules: Rules, to out: inout String) {
        var scalars = text.unicodeScalars.makeIterator()
        var current = scalars.next()
        while let scalar = current {
            let next = scalars.next()
            if let escape = escape(scalar, rules) {
                out += escape
            } else {
                out.unicodeScalars.append(scalar)
                // HCL reads `${` and `%{` as the start of a template; the doubled sign is literal.
                if rules == .hcl || rules == .hclHeredoc, scalar == "$" || scalar == "%", next == "{" { out.unicodeScalars.append(scalar) }
            }
            current = next
        }
    }

    /// Whether `rules` writes the scalar as an escape sequence rather than as it is.
    public static func escapes(_ scalar: Unicode.Scalar, _ rules: Rules) -> Bool {
        escape(scalar, rules) != nil
    }

    // MARK: - The rule tables

    /// The escape sequence for one scalar, or `nil` when it is written as it is.
    static func escape(_ scalar: Unicode.Scalar, _ rules: Rules) -> String? {
        if rules == .hclHeredoc { return nil }
        let value = scalar.value
        switch (rules, scalar) {
        case (_, "\""): return "\\\""
        case (_, "\\"): return "\\\\"
        case (_, "\n"): return "\\n"
        case (_, "\r"): return "\\r"
        case (_, "\t"): return "\\t"
        case (.jsonSmart, "/"): return "\\/"
        case (.hcl, _): break
        case (_, "\u{08}"): return "\\b"
        case (_, "\u{0C}"): return "\\f"
        default: break
        }
        switch rules {
        case .jsonSmart:
            return value <= 0x1F || (0x7F...0x9F).contains(value) || (0x2000...0x20FF).contains(value) ? unicodeEscape(value, uppercase: true) : nil
        case .json:
            return value < 0x20 ? unicodeEscape(value, uppercase: false) : nil
        case .hcl:
            return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029 ? unicodeEscape(value, uppercase: true) : nil
        case .exportFile:
            return value < 0x20 || value == 0x7F || value == 0x2028 || value == 0x2029 ? unicodeEscape(value, uppercase: true) : nil
        case .yaml:
            return yamlEscape(scalar)
        case .hclHeredoc:
            return nil
        }
    }

    /// YAML's escape for a scalar a double-quoted export-file string cannot hold as it is.
    private static func yamlEscape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "\0": return "\\0"
        case "\u{07}": return "\\a"
        case "\u{0B}": return "\\v"
        case "\u{1B}": return "\\e"
        case "\u{85}": return "\\N"
        case "\u{2028}": return "\\L"
        case "\u{2029}": return "\\P"
        default:
            if isYAMLPrintable(scalar) { return nil }
            let value = scalar.value
            if value <= 0xFF { return "\\x" + hex(value, width: 2, uppercase: true) }
            if value <= 0xFFFF { return "\\u" + hex(value, width: 4, uppercase: true) }
            return "\\U" + hex(value, width: 8, uppercase: true)
        }
    }

    /// YAML 1.1's printable set (`c-printable`).
    public static func isYAMLPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// `\uXXXX` for a scalar of the Basic Multilingual Plane.
    static func unicodeEscape(_ value: UInt32, uppercase: Bool) -> String {
        "\\u" + hex(value, width: 4, uppercase: uppercase)
    }

    /// `value` in hex, zero-padded to `width` digits.
    public static func hex(_ value: UInt32, width: Int, uppercase: Bool = true) -> String {
        let digits = String(value, radix: 16, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
