/// How many terminal columns text takes, in the spirit of `wcwidth`: East Asian Wide and
/// Fullwidth characters and emoji shown as emoji take two, combining marks take none.
public enum DisplayWidth {
    /// The width of one Unicode scalar: 0, 1 or 2 (control characters count 0).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        if isZeroWidth(value, scalar.properties) { return 0 }
        if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// The width of one grapheme cluster as a terminal draws it.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(first) }
        // A text-style emoji made emoji-style by VS16, a ZWJ sequence, a flag, or a keycap.
        if first.properties.isEmoji,
           scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D || $0.value == 0x20E3 }) {
            return 2
        }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        let base = of(first)
        if base > 0 { return base }
        // A cluster that starts with a zero-width scalar takes the width of its widest part.
        return scalars.map { of($0) }.max() ?? 0
    }

    /// The width of a string: the sum of its grapheme clusters' widths.
    public static func of(_ text: String) -> Int {
        // Printable ASCII is one column a byte (tables and trees are mostly that).
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix(of text: String, fitting width: Int) -> (String, Int) {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let w = of(text[index])
            if used + w > width { break }
            used += w
            end = text.index(after: index)
        }
        return (String(text[text.startIndex..<end]), used)
    }

    /// `text` cut to `width` columns with `…` at the end when it did not fit.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let (head, _) = prefix(of: text, fitting: width - 1)
        return head + "…"
    }

    /// `text` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let used = of(cut)
        return used < width ? cut + String(repeating: " ", count: width - used) : cut
    }

    // MARK: - Tables

    private static func isZeroWidth(_ value: UInt32, _ properties: Unicode.Scalar.Properties) -> Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format: return value != 0x00AD
        default: break
        }
        // Hangul medial vowels and final consonants join the preceding syllable.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        return value == 0x200B
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 15, emoji aside.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = wideRanges[middle]
            if value < range.lowerBound { high = middle - 1 } else if value > range.upperBound { low = middle + 1 } else { return true }
        }
        return false
    }
}
