/// The one caret printer: a source line and, under it, a `^` at a column.
///
/// Columns count Unicode scalars (as every location in gwx does); the caret is placed in display
/// cells, so a wide character before it (CJK, emoji) moves it two cells and a combining mark
/// none. A tab is copied as a tab, so the caret lines up however the terminal expands tabs. A
/// line wider than `width` cells is shown clipped around the caret, with `…` where it was cut.
public enum Caret {
    /// How many cells of a long line are shown.
    public static let defaultWidth = 120

    /// The line, then a line with a caret under `column` (1-based, in Unicode scalars).
    public static func excerpt(line: String, column: Int, width: Int = defaultWidth) -> String {
        // Each grapheme cluster with its display width and its scalar count.
        var cells: [(text: Substring, width: Int, isTab: Bool)] = []
        var caretIndex: Int?
        var scalarsSeen = 0
        for index in line.indices {
            let character = line[index]
            if caretIndex == nil, scalarsSeen >= column - 1 { caretIndex = cells.count }
            let isTab = character == "\t"
            cells.append((line[index...index], isTab ? 1 : DisplayWidth.of(character), isTab))
            scalarsSeen += character.unicodeScalars.count
        }
        let caret = caretIndex ?? cells.count
        let total = cells.reduce(0) { $0 + $1.width }

        var first = 0
        var last = cells.count
        if total > width {
            // Keep a third of the room before the caret, the rest after it.
            let cellsBefore = cells[..<caret].reduce(0) { $0 + $1.width }
            var room = max(1, width / 3)
            first = caret
            var used = 0
            while first > 0, used + cells[first - 1].width <= min(room, cellsBefore) {
                first -= 1
                used += cells[first].width
            }
            room = width - used
            last = caret
            used = 0
            while last < cells.count, used + cells[last].width <= room {
                used += cells[last].width
                last += 1
            }
        }
        var shown = first > 0 ? "…" : ""
        var pad = first > 0 ? " " : ""
        for index in first..<last {
            shown += cells[index].text
            if index < caret { pad += cells[index].isTab ? "\t" : String(repeating: " ", count: cells[index].width) }
        }
        if last < cells.count { shown += "…" }
        return shown + "\n" + pad + "^"
    }
}
