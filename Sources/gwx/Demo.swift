import ArgumentParser
import Foundation
import GatewayClient

/// `gwx demo`: the bundled example APIs, copied to a temporary folder so edits are safe.
struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the bundled example APIs (a temporary copy: edits are safe).",
        discussion: """
        The examples are the API of the Terraform documentation of \
        aws_api_gateway_integration_response (MyDemoAPI) and a pets API behind non-proxy \
        Lambda functions (PetStore). --copy-to writes them to a folder of yours instead, to \
        start from: `gwx --file FOLDER` then opens them.
        """
    )

    @Option(name: .customLong("copy-to"), help: ArgumentHelp("Write the example files into this folder and exit.", valueName: "folder"))
    var copyTo: String?

    @Flag(name: .long, help: "Browse only: no edits, no saves.")
    var readonly = false

    mutating func run() async throws {
        let target = copyTo
        let readonly = readonly
        try await CLI.guarded {
            if let target {
                for path in try DemoFiles.write(to: target) { print(path) }
                return
            }
            // One folder per user, written afresh at each start: the demo always begins from the
            // bundled examples, and drafts of an interrupted demo session find their file again.
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-demo-\(getuid())")
            let paths = try DemoFiles.write(to: folder.path)
            let sources: [any GatewaySource] = try paths.map { try ExportFileSource(path: $0) }
            try await ExplorerLauncher.open(sources: sources, readonly: readonly)
        }
    }
}

/// The embedded example files on disk.
enum DemoFiles {
    /// Writes every example into `folder` (created if needed) and returns their paths.
    static func write(to folder: String) throws -> [String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            return try EmbeddedExamples.files.map { file in
                let path = (folder as NSString).appendingPathComponent(file.name)
                try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
                return path
            }
        } catch {
            throw CLIError("\(folder): error: cannot write the demo files (\(error.localizedDescription)); choose a writable folder")
        }
    }
}
