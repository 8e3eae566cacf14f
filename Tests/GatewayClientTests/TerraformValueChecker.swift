import Foundation
import XCTest

/// What a Terraform reader found in one `.tf` file gwx wrote: the resource's plain arguments and
/// its map arguments, as Terraform would evaluate them; or why the file could not be read.
struct TerraformDecoded {
    var arguments: [String: String] = [:]
    var maps: [String: [String: String]] = [:]
    var error: String?
}

/// Reads gwx's Terraform output with a parser that is not gwx's: the Terraform hop of the
/// round-trip property tests is only as good as this reader, so it is pluggable.
///
/// The reader is HashiCorp's HCL and go-cty (`Tools/hcl-check`, built by its `build.sh` from
/// Debian's Go packages): what Terraform itself would evaluate. It is never skipped: a machine
/// without it fails the test (`scripts/setup.sh` installs the packages).
struct TerraformValueChecker {
    var name: String
    var command: [String]

    /// The configured checker.
    static func configured() throws -> TerraformValueChecker {
        let build = AWSTestSupport.packageRoot.appendingPathComponent("Tools/hcl-check/build.sh")
        let result = try Self.run("/bin/bash", [build.path])
        guard result.status == 0 else { throw PeerError("could not build Tools/hcl-check: \(result.errors)") }
        let binary = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return TerraformValueChecker(name: "HCL and go-cty (Tools/hcl-check)", command: [binary])
    }

    /// Decodes every file in one run of the checker.
    func decode(_ files: [String]) throws -> [TerraformDecoded] {
        try decodeWithHCLCheck(files)
    }

    /// `hcl-check FILE...` prints `{"file", "blocks": [{"type", "labels", "attributes"}]}` per
    /// file it could evaluate, and `FILE:LINE:COLUMN: error: …` on standard error for the others.
    private func decodeWithHCLCheck(_ files: [String]) throws -> [TerraformDecoded] {
        let result = try Self.run(command[0], files)
        var byFile: [String: TerraformDecoded] = [:]
        for line in result.output.split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], let file = object["file"] as? String else { continue }
            var decoded = TerraformDecoded()
            let blocks = object["blocks"] as? [[String: Any]] ?? []
            guard let resource = blocks.first(where: { $0["type"] as? String == "resource" }) else {
                byFile[file] = TerraformDecoded(error: "no resource block")
                continue
            }
            for (key, value) in resource["attributes"] as? [String: Any] ?? [:] {
                if let text = value as? String {
                    decoded.arguments[key] = text
                } else if let map = value as? [String: String] {
                    decoded.maps[key] = map
                } else {
                    decoded.error = "argument \(key) is neither a string nor a map of strings: \(value)"
                }
            }
            byFile[file] = decoded
        }
        return files.map { file in
            byFile[file] ?? TerraformDecoded(error: result.errors.split(separator: "\n").filter { $0.hasPrefix(file) }.joined(separator: "\n"))
        }
    }

    /// Runs a command to its end; standard output and error are read while it runs.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let errorData = LockedData()
        let reader = Thread { errorData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.01) }
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData.value, as: UTF8.self))
    }
}

/// Standard error read on another thread, handed over once.
private final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}
