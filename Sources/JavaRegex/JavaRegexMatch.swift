import Foundation

/// One match of a `JavaRegex`: where it is and what each group captured.
public struct JavaRegexMatch: Hashable, Sendable {
    /// The match's UTF-16 offsets in the searched string (Java's `start()` and `end()`).
    public var utf16Range: Range<Int>
    /// The matched text (group 0).
    public var text: String
    /// Each group's UTF-16 offsets, from group 0; `nil` for a group that did not take part.
    public var groupRanges: [Range<Int>?]
    /// Each group's text, from group 0; `nil` for a group that did not take part.
    public var groups: [String?]
    /// Named groups → numbers.
    public var namedGroups: [String: Int]

    init(result: NSTextCheckingResult, in text: NSString, namedGroups: [String: Int]) {
        var ranges: [Range<Int>?] = []
        var groups: [String?] = []
        for index in 0..<result.numberOfRanges {
            let range = result.range(at: index)
            if range.location == NSNotFound {
                ranges.append(nil); groups.append(nil)
            } else {
                ranges.append(range.location..<(range.location + range.length))
                groups.append(text.substring(with: range))
            }
        }
        self.utf16Range = result.range.location..<(result.range.location + result.range.length)
        self.text = text.substring(with: result.range)
        self.groupRanges = ranges
        self.groups = groups
        self.namedGroups = namedGroups
    }

    /// A group's text by number (0 is the whole match); `nil` if absent or out of range.
    public subscript(group: Int) -> String? {
        group >= 0 && group < groups.count ? groups[group] : nil
    }

    /// A named group's text; `nil` if absent.
    public subscript(name: String) -> String? {
        namedGroups[name].flatMap { self[$0] }
    }
}
