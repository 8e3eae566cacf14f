import TerminalUI

extension Action {
    /// The first line shown after this action scrolls a text of `lineCount` lines in `height`
    /// rows from `firstLine` (a line, a page of `height - 1`, the top, the bottom), kept in
    /// range; nil for an action that does not scroll.
    func scrolled(from firstLine: Int, lineCount: Int, height: Int) -> Int? {
        let page = max(1, height - 1)
        let target: Int
        switch self {
        case .down: target = firstLine + 1
        case .up: target = firstLine - 1
        case .pageDown: target = firstLine + page
        case .pageUp: target = firstLine - page
        case .top: target = 0
        case .bottom: target = Int.max / 2
        default: return nil
        }
        return min(max(0, target), TextView.maxFirstLine(lineCount: lineCount, height: height))
    }
}
