import Foundation

/// Java's character property names (`CharPredicates`) as ICU sets.
enum JavaProperties {
    private static let caseLetters = CharSet.icu("\\p{Lu}\\p{Ll}\\p{Lt}")
    private static let javaCased = CharSet.icu("\\p{Lowercase}\\p{Uppercase}\\p{Lt}")
    private static let asciiLetters = CharSet.icu("a-zA-Z")
    private static let identifierIgnorable = "\\x{0}-\\x{8}\\x{E}-\\x{1B}\\x{7F}-\\x{9F}\\p{Cf}"

    /// Java's names for categories, POSIX classes (ASCII) and `java*` methods; case-sensitive.
    static func forProperty(_ name: String, caseInsensitive: Bool) -> CharSet? {
        switch name {
        case "Lu", "Ll", "Lt": return caseInsensitive ? caseLetters : .icu("\\p{\(name)}")
        case "Cn", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Co", "Cs",
             "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf", "L", "M", "N", "Z", "C", "P", "S":
            return .icu("\\p{\(name)}")
        case "LC": return caseLetters
        case "LD": return .icu("\\p{L}\\p{Nd}")
        case "L1": return .range(0, 0xFF)
        case "all": return .all
        case "ASCII": return .range(0, 0x7F)
        case "Alnum": return .icu("a-zA-Z0-9")
        case "Alpha": return asciiLetters
        case "Blank": return .chars([0x20, 0x09])
        case "Cntrl": return .icu("\\x{0}-\\x{1F}\\x{7F}")
        case "Digit": return .range(0x30, 0x39)
        case "Graph": return .range(0x21, 0x7E)
        case "Lower": return caseInsensitive ? asciiLetters : .range(0x61, 0x7A)
        case "Print": return .range(0x20, 0x7E)
        case "Punct": return .icu("\\x{21}-\\x{2F}\\x{3A}-\\x{40}\\x{5B}-\\x{60}\\x{7B}-\\x{7E}")
        case "Space": return .chars([0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D])
        case "Upper": return caseInsensitive ? asciiLetters : .range(0x41, 0x5A)
        case "XDigit": return .icu("0-9a-fA-F")
        case "javaLowerCase": return caseInsensitive ? javaCased : .icu("\\p{Lowercase}")
        case "javaUpperCase": return caseInsensitive ? javaCased : .icu("\\p{Uppercase}")
        case "javaTitleCase": return caseInsensitive ? javaCased : .icu("\\p{Lt}")
        case "javaAlphabetic": return .icu("\\p{Alphabetic}")
        case "javaIdeographic": return .icu("\\p{Ideographic}")
        case "javaDigit": return .icu("\\p{Nd}")
        case "javaDefined": return .icu("\\P{Cn}")
        case "javaLetter": return .icu("\\p{L}")
        case "javaLetterOrDigit": return .icu("\\p{L}\\p{Nd}")
        case "javaJavaIdentifierStart": return .icu("\\p{L}\\p{Nl}\\p{Sc}\\p{Pc}")
        case "javaJavaIdentifierPart": return .icu("\\p{L}\\p{Nl}\\p{Sc}\\p{Pc}\\p{Nd}\\p{Mn}\\p{Mc}" + identifierIgnorable)
        case "javaUnicodeIdentifierStart": return .icu("\\p{ID_Start}")
        case "javaUnicodeIdentifierPart": return .icu("\\p{ID_Continue}" + identifierIgnorable)
        case "javaIdentifierIgnorable": return .icu(identifierIgnorable)
        case "javaSpaceChar": return .icu("\\p{Z}")
        case "javaWhitespace":
            return .icu("\\x{9}-\\x{D}\\x{1C}-\\x{1F}[\\p{Z}--[\\x{A0}\\x{2007}\\x{202F}]]")
        case "javaISOControl": return .icu("\\x{0}-\\x{1F}\\x{7F}-\\x{9F}")
        case "javaMirrored": return .icu("\\p{Bidi_Mirrored}")
        default: return nil
        }
    }

    /// `\p{IsAlphabetic}` and the other binary properties Java knows (name upper-cased).
    static func unicodeProperty(_ name: String, caseInsensitive: Bool) -> CharSet? {
        switch name {
        case "ALPHABETIC": return .icu("\\p{Alphabetic}")
        case "ASSIGNED": return .icu("\\P{Cn}")
        case "CONTROL": return .icu("\\p{Cc}")
        case "HEXDIGIT", "HEX_DIGIT": return .icu("\\p{Nd}\\p{Hex_Digit}")
        case "IDEOGRAPHIC": return .icu("\\p{Ideographic}")
        case "JOINCONTROL", "JOIN_CONTROL": return .chars([0x200C, 0x200D])
        case "LETTER": return .icu("\\p{L}")
        case "LOWERCASE": return caseInsensitive ? javaCased : .icu("\\p{Lowercase}")
        case "NONCHARACTERCODEPOINT", "NONCHARACTER_CODE_POINT": return .icu("\\p{Noncharacter_Code_Point}")
        case "TITLECASE": return caseInsensitive ? javaCased : .icu("\\p{Lt}")
        case "PUNCTUATION": return .icu("\\p{P}")
        case "UPPERCASE": return caseInsensitive ? javaCased : .icu("\\p{Uppercase}")
        case "WHITESPACE", "WHITE_SPACE": return JavaClasses.whiteSpace
        case "WORD": return JavaClasses.unicodeWord
        default: return nil
        }
    }

    /// POSIX names under `(?U)` (and after `Is`), name upper-cased.
    static func posix(_ name: String, caseInsensitive: Bool) -> CharSet? {
        switch name {
        case "ALPHA": return .icu("\\p{Alphabetic}")
        case "LOWER": return caseInsensitive ? javaCased : .icu("\\p{Lowercase}")
        case "UPPER": return caseInsensitive ? javaCased : .icu("\\p{Uppercase}")
        case "SPACE": return JavaClasses.whiteSpace
        case "PUNCT": return .icu("\\p{P}")
        case "XDIGIT": return .icu("\\p{Nd}\\p{Hex_Digit}")
        case "ALNUM": return .icu("\\p{Alphabetic}\\p{Nd}")
        case "CNTRL": return .icu("\\p{Cc}")
        case "DIGIT": return .icu("\\p{Nd}")
        case "BLANK": return .icu("\\p{Zs}\\x{9}")
        case "GRAPH": return .negation(.icu("\\p{Z}\\p{Cc}\\p{Cs}\\p{Cn}"))
        case "PRINT": return .icu("[[^\\p{Z}\\p{Cc}\\p{Cs}\\p{Cn}]\\p{Zs}\\x{9}]--\\p{Cc}")
        default: return nil
        }
    }

    /// A Unicode script by name or alias (`Latin`, `Latn`), or `nil` if ICU does not know it.
    static func script(_ name: String) -> CharSet? { known("\\p{Script=\(name)}", name) }

    /// A Unicode block by name (`Greek`, `BasicLatin`, `Basic_Latin`), or `nil`.
    static func block(_ name: String) -> CharSet? { known("\\p{Block=\(name)}", name) }

    private static func known(_ expression: String, _ name: String) -> CharSet? {
        let allowed = name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || $0 == "_" || $0 == " " || $0 == "-" }
        guard !name.isEmpty, allowed, (try? NSRegularExpression(pattern: "[" + expression + "]")) != nil else { return nil }
        return .icu(expression)
    }
}
