/// The cursor and scroll position of a list, kept consistent with its length and height.
public struct ListState: Hashable, Sendable {
    /// The selected row.
    public var cursor: Int
    /// The first visible row.
    public var offset: Int

    public init(cursor: Int = 0, offset: Int = 0) {
        self.cursor = cursor
        self.offset = offset
    }

    /// Moves the cursor by `delta` rows, clamped to the list.
    public mutating func move(by delta: Int, count: Int, height: Int) {
        select(cursor + delta, count: count, height: height)
    }

    /// Selects a row, clamped to the list, and scrolls it into view.
    public mutating func select(_ row: Int, count: Int, height: Int) {
        cursor = count == 0 ? 0 : min(max(0, row), count - 1)
        scrollIntoView(count: count, height: height)
    }

    /// Moves the cursor by a page.
    public mutating func page(_ direction: Int, count: Int, height: Int) {
        let step = max(1, height - 1)
        select(cursor + direction * step, count: count, height: height)
    }

    /// Scrolls the view by `delta` rows without leaving the cursor outside it.
    public mutating func scroll(by delta: Int, count: Int, height: Int) {
        let maxOffset = max(0, count - height)
        offset = min(max(0, offset + delta), maxOffset)
        if cursor < offset { cursor = offset }
        if height > 0, cursor >= offset + height { cursor = offset + height - 1 }
        cursor = count == 0 ? 0 : min(cursor, count - 1)
    }

    /// Adjusts the offset so the cursor is visible and no space is wasted at the end.
    public mutating func scrollIntoView(count: Int, height: Int) {
        cursor = count == 0 ? 0 : min(max(0, cursor), count - 1)
        guard height > 0 else { offset = cursor; return }
        if cursor < offset { offset = cursor }
        if cursor >= offset + height { offset = cursor - height + 1 }
        offset = min(max(0, offset), max(0, count - height))
    }

    /// The rows to draw for a height, with the cursor kept in view.
    public func visibleRange(count: Int, height: Int) -> Range<Int> {
        var copy = self
        copy.scrollIntoView(count: count, height: height)
        return copy.offset..<min(count, copy.offset + max(0, height))
    }
}
