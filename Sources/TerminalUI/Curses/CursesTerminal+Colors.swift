import CShims

/// Curses colour pairs allocated on first use, one per (foreground, background).
struct ColorPairs {
    private var pairs: [PairKey: Int16] = [:]
    private var next: Int16 = 1
    private let limit: Int
    private let mode: CursesTerminal.ColorMode

    private struct PairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    init(limit: Int = 0, mode: CursesTerminal.ColorMode = .none) {
        self.limit = min(limit, Int(Int16.max))
        self.mode = mode
    }

    /// The curses attributes and pair for a style; without colour, reverse video stands in
    /// for a coloured background so selections stay visible.
    mutating func attributes(for style: Style) -> (UInt32, Int16) {
        var attributes: UInt32 = 0
        if style.bold { attributes |= gwx_attr_bold() }
        if style.underline { attributes |= gwx_attr_underline() }
        if style.reverse { attributes |= gwx_attr_reverse() }
        if style.dim { attributes |= gwx_attr_dim() }
        switch mode {
        case .none:
            if style.background != .default, !style.reverse { attributes |= gwx_attr_reverse() }
            return (attributes, 0)
        case .basic:
            return (attributes, pair(style.foreground.basic, style.background.basic))
        case .full:
            return (attributes, pair(style.foreground, style.background))
        }
    }

    private mutating func pair(_ foreground: Color, _ background: Color) -> Int16 {
        if foreground == .default, background == .default { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard Int(next) < limit else { return 0 }
        let number = next
        next += 1
        init_pair(number, Self.code(foreground), Self.code(background))
        pairs[key] = number
        return number
    }

    private static func code(_ color: Color) -> Int16 {
        switch color {
        case .default: return -1
        case let .indexed(index): return Int16(index)
        }
    }
}
