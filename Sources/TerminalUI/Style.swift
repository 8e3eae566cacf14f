/// A terminal colour: the terminal's default or one of the 256 xterm palette entries.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// An xterm-256 palette index (0–15 the basic colours, 16–231 the cube, 232–255 greys).
    case indexed(UInt8)

    /// The nearest of the eight basic colours, for terminals that only have eight.
    public var basic: Color {
        guard case let .indexed(index) = self else { return self }
        switch index {
        case 0..<8: return self
        case 8..<16: return .indexed(index - 8)
        case 232...255: return .indexed(index < 244 ? 0 : 7)
        default:
            let cube = Int(index) - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            let high = max(red, green, blue)
            if high <= 1 { return .indexed(0) }
            let threshold = high - 1
            let bits = (red >= threshold && red > 0 ? 1 : 0) | (green >= threshold && green > 0 ? 2 : 0) | (blue >= threshold && blue > 0 ? 4 : 0)
            return .indexed(UInt8(bits))
        }
    }
}

/// How a cell looks: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// A 256-colour foreground.
    public static func fg(_ index: UInt8) -> Style { Style(foreground: .indexed(index)) }

    /// This style with another background.
    public func on(_ background: Color) -> Style {
        var copy = self
        copy.background = background
        return copy
    }

    /// This style in bold.
    public var bolded: Style {
        var copy = self
        copy.bold = true
        return copy
    }
}
