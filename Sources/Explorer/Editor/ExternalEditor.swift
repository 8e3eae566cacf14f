import Foundation
import GatewayClient

/// Edits text in the user's own editor (`$VISUAL`, else `$EDITOR`, else `vi`) through a
/// temporary file. The caller suspends the screen around it.
enum ExternalEditor {
    /// Runs the editor on `text` and returns what the file holds when it exits.
    static func edit(_ text: String, fileExtension: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<String, LoadFailure> {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "vi"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-edit-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let file = directory.appendingPathComponent("template." + fileExtension)
        defer { try? FileManager.default.removeItem(at: directory) }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(text.utf8).write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            // The editor may carry arguments (`code --wait`), so the shell splits it.
            process.arguments = ["-c", editor + " \"$1\"", "gwx-editor", file.path]
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                return .failure(LoadFailure(message: "\(editor) exited with status \(process.terminationStatus); the template is unchanged"))
            }
            let bytes = try GuardedFile.read(file.path, what: "edited template", limit: .lenient(environment))
            return .success(String(decoding: bytes, as: UTF8.self))
        } catch let error as FileReadError {
            return .failure(LoadFailure(message: "\(error.message); the template is unchanged"))
        } catch {
            return .failure(LoadFailure(message: "cannot run \(editor): \(error.localizedDescription)"))
        }
    }
}
