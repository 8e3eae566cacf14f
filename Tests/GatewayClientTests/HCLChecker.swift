import Foundation

/// HashiCorp's HCL and go-cty reading Terraform text (`Tools/hcl-check`, built from Debian's Go
/// packages on first use): the values Terraform would see, to compare with what gwx meant.
struct HCLChecker {
    /// One block as Terraform evaluates it.
    struct Block: Decodable {
        var type: String
        var labels: [String]
        var attributes: [String: Value]
    }

    /// An argument's value: a string, `null`, or a map of strings or nulls (`response_templates`).
    enum Value: Decodable {
        case string(String)
        case null
        case map([String: String?])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let text = try? container.decode(String.self) {
                self = .string(text)
            } else {
                self = .map(try container.decode([String: String?].self))
            }
        }

        var string: String? { if case .string(let text) = self { text } else { nil } }
        var map: [String: String?]? { if case .map(let entries) = self { entries } else { nil } }

        /// A map entry's string (nil when absent, null, or not a map).
        func entry(_ key: String) -> String? { map?[key] ?? nil }
    }

    private struct Output: Decodable {
        var file: String
        var blocks: [Block]
    }

    /// A file HCL refused, with its messages (`FILE:LINE:COLUMN: error: …`).
    struct Rejected: Error, CustomStringConvertible {
        var description: String
    }

    let binary: URL

    /// Builds the checker if needed (`Tools/hcl-check/build.sh`) and returns it.
    static func make() throws -> HCLChecker {
        let script = AWSTestSupport.packageRoot.appendingPathComponent("Tools/hcl-check/build.sh")
        let result = try run(URL(fileURLWithPath: "/bin/bash"), [script.path], input: nil)
        guard result.status == 0 else {
            throw PeerError("could not build Tools/hcl-check (run scripts/setup.sh for golang-go and the HCL packages): \(result.errors)")
        }
        let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return HCLChecker(binary: URL(fileURLWithPath: path))
    }

    /// The blocks of a Terraform text, in source order, as HCL evaluates them.
    func blocks(of text: String) throws -> [Block] {
        let result = try Self.run(binary, [], input: Data(text.utf8))
        guard result.status == 0 else { throw Rejected(description: result.errors) }
        let output = try JSONDecoder().decode(Output.self, from: Data(result.output.utf8))
        return output.blocks
    }

    /// The blocks of each Terraform file, read in one run; a file HCL refused has no entry
    /// (its messages are in `errors`, as `FILE:LINE:COLUMN: error: …`).
    func blocks(ofFiles files: [String]) throws -> (blocks: [String: [Block]], errors: String) {
        let result = try Self.run(binary, files, input: nil)
        var blocks: [String: [Block]] = [:]
        for line in result.output.split(separator: "\n") {
            let output = try JSONDecoder().decode(Output.self, from: Data(line.utf8))
            blocks[output.file] = output.blocks
        }
        return (blocks, result.errors)
    }

    private static func run(_ executable: URL, _ arguments: [String], input: Data?) throws -> (status: Int32, output: String, errors: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-hcl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        // Files, not pipes, so a large output never blocks the child while we wait.
        let inputFile = directory.appendingPathComponent("in")
        let outputFile = directory.appendingPathComponent("out")
        let errorFile = directory.appendingPathComponent("err")
        try (input ?? Data()).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: try Data(contentsOf: outputFile), as: UTF8.self)
        let errors = String(decoding: try Data(contentsOf: errorFile), as: UTF8.self)
        return (process.terminationStatus, output, errors)
    }
}
