import Foundation

/// Java's `String.split(regex, limit)` / `Pattern.split`.
extension JavaRegex {
    /// Splits around matches exactly as Java does: with `limit` 0 trailing empty strings are
    /// dropped; a positive limit caps the count (the last piece keeps the rest); a negative one
    /// keeps everything; a zero-width match at the start yields no leading empty string.
    public func split(_ string: String, limit: Int = 0) -> [String] {
        let text = string as NSString
        var pieces: [String] = []
        var index = 0
        let limited = limit > 0
        for match in allMatches(in: string) {
            let range = match.utf16Range
            if !limited || pieces.count < limit - 1 {
                if index == 0 && range.lowerBound == 0 && range.isEmpty { continue }
                pieces.append(text.substring(with: NSRange(location: index, length: range.lowerBound - index)))
                index = range.upperBound
            } else if pieces.count == limit - 1 {
                pieces.append(text.substring(from: index))
                index = range.upperBound
            }
        }
        if index == 0 { return [string] }
        if !limited || pieces.count < limit { pieces.append(text.substring(from: index)) }
        if limit == 0 {
            while let last = pieces.last, last.isEmpty { pieces.removeLast() }
        }
        return pieces
    }
}
