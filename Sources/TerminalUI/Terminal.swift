/// Where frames are shown and input comes from: the real terminal or an in-memory one.
///
/// A terminal is used from one thread only, the UI loop's.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// Shows a frame, writing only the cells that changed since the last one.
    func present(_ frame: ScreenBuffer)
    /// Waits up to `timeoutMilliseconds` for input; `nil` when none came.
    func readEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// Puts text on the user's clipboard (OSC 52, which also works over SSH).
    func copyToClipboard(_ text: String)
    /// Gives the screen back to the shell for a while (to run an editor).
    func suspend()
    /// Takes the screen again after `suspend` and redraws everything.
    func resume()
}

/// The OSC 52 escape sequence that sets the system clipboard, with base64 done by hand
/// to keep this module free of Foundation.
public enum OSC52 {
    /// `ESC ] 52 ; c ; BASE64 BEL`.
    public static func sequence(for text: String) -> String {
        "\u{1B}]52;c;\(base64(Array(text.utf8)))\u{07}"
    }

    /// Standard base64 with padding.
    public static func base64(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var output = ""
        var index = 0
        while index < bytes.count {
            let a = bytes[index]
            let b = index + 1 < bytes.count ? bytes[index + 1] : 0
            let c = index + 2 < bytes.count ? bytes[index + 2] : 0
            output.append(alphabet[Int(a >> 2)])
            output.append(alphabet[Int((a & 0x03) << 4 | b >> 4)])
            output.append(index + 1 < bytes.count ? alphabet[Int((b & 0x0F) << 2 | c >> 6)] : "=")
            output.append(index + 2 < bytes.count ? alphabet[Int(c & 0x3F)] : "=")
            index += 3
        }
        return output
    }
}

extension Terminal {
    /// Gives the screen back to the shell for a while (to run an editor); the default does nothing.
    public func suspend() {}
    /// Takes the screen again after `suspend` and redraws everything; the default does nothing.
    public func resume() {}
}
