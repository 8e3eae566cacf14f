/// A braille spinner whose frame follows a tick counter.
public enum Spinner {
    /// The frames, in order.
    public static let frames: [String] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// The frame for a tick.
    public static func frame(_ tick: Int) -> String { frames[((tick % frames.count) + frames.count) % frames.count] }
}
