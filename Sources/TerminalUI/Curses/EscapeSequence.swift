/// Decoding of the cursor and editing key sequences terminals send (`CSI … ~`, `CSI 1;2A`, `SS3 F`).
enum EscapeSequence {
    /// The key for `ESC introducer body` (introducer `[` for CSI, `O` for SS3), or nil when unknown.
    static func key(introducer: UInt32, body: [Character]) -> Key? {
        guard let final = body.last else { return nil }
        let parameters = String(body.dropLast()).split(separator: ";").map { Int($0) ?? 0 }
        let shifted = parameters.count >= 2 && parameters[1] == 2
        switch final {
        case "A": return shifted ? .shiftUp : .up
        case "B": return shifted ? .shiftDown : .down
        case "C": return shifted ? .shiftRight : .right
        case "D": return shifted ? .shiftLeft : .left
        case "H": return shifted ? .shiftHome : .home
        case "F": return shifted ? .shiftEnd : .end
        case "Z": return introducer == 0x5B ? .backTab : nil
        case "~":
            switch parameters.first ?? 0 {
            case 1, 7: return shifted ? .shiftHome : .home
            case 4, 8: return shifted ? .shiftEnd : .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            default: return nil
            }
        default: return nil
        }
    }
}
