import Foundation
import XCTest

/// Keys are data: outside the key tables (`KeyBinding` rows in Explorer, `KeyRow` rows in
/// TerminalUI) no code names a key, neither to match it nor in a message. A message that
/// names a key takes its label from the row (`Keymap.deployBinding.label`,
/// `FormKeymap.letters.label(of: .discard)`), so it cannot drift from what the key does.
final class KeyLiteralTests: XCTestCase {
    /// The terminal layer turns bytes into keys and writes their names: the one place allowed.
    private static let exempt = ["TerminalUI/Curses/", "TerminalUI/Input.swift", "TerminalUI/KeyRow.swift"]

    /// A key as a value (`.character("q")`, `.control("s")`, `.function(3)`, `.key(.enter)`),
    /// or a key's name in a string literal (`"press d"`, `"Esc closes"`, `"Ctrl-Z undoes"`,
    /// `"(X discards it)"`, `"add one with a on …"`).
    private static let patterns = [
        #"\.character\("|\.character\(Character|\.control\("|\.function\(\d|(?<!\w)\.key\(\."#,
        #""[^"]*(Ctrl-[A-Z]|\bEsc\b|\bEnter\b|Shift-Tab|S-Tab|\bPgUp\b|\bPgDn\b|[Pp]ress [A-Za-z?:/]\b)"#,
        #""[^"]*(?<![\w\\.])[A-Za-z?] (opens|reopens|discards|deploys|closes|cancels|clears|quits|edits|saves|undoes|adds|removes|copies|dismisses)\b"#,
        #""[^"]*\bwith [A-Za-z?] on\b"#,
    ]

    func testNoKeyLiteralOutsideTheKeyTables() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let patterns = try Self.patterns.map { try NSRegularExpression(pattern: $0) }
        var offenders: [String] = []
        for module in ["Explorer", "TerminalUI"] {
            let folder = root.appendingPathComponent("Sources/\(module)")
            let files = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)).compactMap { $0 as? URL }
            XCTAssertFalse(files.isEmpty, "no sources under \(folder.path)")
            for file in files where file.pathExtension == "swift" {
                let relative = "\(module)/" + file.path.dropFirst(folder.path.count + 1)
                guard !Self.exempt.contains(where: { relative.hasPrefix($0) }) else { continue }
                for (number, line) in try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let text = String(line)
                    guard !text.trimmingCharacters(in: .whitespaces).hasPrefix("//"), !text.contains("KeyBinding("), !text.contains("KeyRow(") else { continue }
                    let range = NSRange(text.startIndex..., in: text)
                    if patterns.contains(where: { $0.firstMatch(in: text, range: range) != nil }) {
                        offenders.append("\(relative):\(number + 1): \(text.trimmingCharacters(in: .whitespaces))")
                    }
                }
            }
        }
        XCTAssertEqual(offenders, [], "key literals outside a key table:\n" + offenders.joined(separator: "\n"))
    }
}
