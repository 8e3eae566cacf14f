import Foundation
import Text

// MARK: - HCL strings that Terraform reads back byte for byte

/// Everything is written scalar by scalar: in Swift `"\r\n"` is one `Character`, so
/// `hasSuffix("\n")` and friends would miss a CRLF line end.
extension TerraformExport {
    /// A string argument: a heredoc when that is exact and the text spans lines, else a quoted
    /// string. `indent` is the argument's indentation, for the closing `)` of `chomp(…)`.
    static func value(_ text: String, indent: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains("\n"), scalars.allSatisfy(isHeredocSafe) else { return quoted(text) }
        let marker = heredocMarker(for: text)
        if scalars.last == "\n" {
            // The heredoc's value is its lines, each with its `\n`: exactly the text.
            return "<<\(marker)\n\(escapeTemplateSequences(scalars.dropLast()))\n\(marker)"
        }
        // The heredoc adds one `\n`; `chomp` removes every trailing `\r`/`\n`, which is exactly
        // that one, because the text ends in neither and has no `\r` at all.
        return "chomp(<<\(marker)\n\(escapeTemplateSequences(scalars[...]))\n\(marker)\n\(indent))"
    }

    /// Whether a heredoc carries the scalar as it is: no CR (Terraform would keep a `\r\n`
    /// line end only by accident of the file's bytes), and no control or line-separator
    /// character, which heredocs cannot escape and editors may show or save differently.
    static func isHeredocSafe(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\n" || scalar == "\t" || scalar == "\"" || scalar == "\\" { return true }
        // What a quoted string must write as `\uXXXX` (C0 and C1 controls, DEL, U+2028/U+2029):
        // HCL would read it raw, but a file holding it raw is hard to review and easy to damage.
        return !StringEscaping.escapes(scalar, .hcl)
    }

    /// `EOT`, or `EOT1`, `EOT2`… : the first marker that appears nowhere in the text, so no
    /// line of the text can close the heredoc early, however it is indented.
    static func heredocMarker(for text: String) -> String {
        var marker = "EOT"
        var counter = 0
        while text.contains(marker) {
            counter += 1
            marker = "EOT\(counter)"
        }
        return marker
    }

    /// A quoted HCL string (`StringEscaping`'s HCL rules: `\\`, `\"`, `\n`, `\r`, `\t`,
    /// `\uXXXX` for other control and line-separator characters, template sequences doubled).
    static func quoted(_ text: String) -> String {
        StringEscaping.quoted(text, .hcl)
    }

    /// The text with `${` → `$${` and `%{` → `%%{`, so Terraform reads them literally. A `$${`
    /// already in the text becomes `$$${`, which HCL reads back as `$${`.
    static func escapeTemplateSequences(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return StringEscaping.escaped(text, .hclHeredoc)
    }

    // MARK: - Unicode normalization

    /// Whether Terraform keeps the text as it is: every string Terraform handles goes through
    /// go-cty, which stores strings in Unicode NFC, so a text in another form (for example
    /// `e` + U+0301) would be applied as its composed form.
    static func survivesNormalization(_ text: String) -> Bool {
        Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8)
    }
}
