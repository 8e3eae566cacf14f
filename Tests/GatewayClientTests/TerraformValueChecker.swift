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
/// `GWX_HCL_CHECKER` names a command that takes `.tf` files and prints one JSON list, an entry
/// per file: `{"arguments": {k: v}, "maps": {k: {key: value}}}` or `{"error": message}` (the
/// shape of `Tests/peers/hcl_decode.py --all`). Without it, python-hcl2 through that script.
struct TerraformValueChecker {
    var name: String
    var command: [String]

    /// The configured checker.
    static func configured() throws -> TerraformValueChecker {
        if let command = ProcessInfo.processInfo.environment["GWX_HCL_CHECKER"], !command.isEmpty {
            return TerraformValueChecker(name: command, command: [command])
        }
        let script = AWSTestSupport.packageRoot.appendingPathComponent("Tests/peers/hcl_decode.py").path
        return TerraformValueChecker(name: "python-hcl2 (Tests/peers/hcl_decode.py)", command: [try AWSTestSupport.python(), script, "--all"])
    }

    /// Decodes every file in one run of the checker.
    func decode(_ files: [String]) throws -> [TerraformDecoded] {
        let output = try ExportFilePythonPeerTests.run(command[0], Array(command.dropFirst()) + files)
        guard let list = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]], list.count == files.count else {
            throw PeerError("\(name) printed no list of \(files.count) results: \(output.prefix(500))")
        }
        return list.map { entry in
            if let error = entry["error"] as? String { return TerraformDecoded(error: error) }
            var decoded = TerraformDecoded()
            for (key, value) in entry["arguments"] as? [String: Any] ?? [:] {
                guard let text = value as? String else { decoded.error = "argument \(key) is not a string: \(value)"; continue }
                decoded.arguments[key] = text
            }
            for (key, value) in entry["maps"] as? [String: Any] ?? [:] {
                guard let map = value as? [String: String] else { decoded.error = "map \(key) is not a map of strings: \(value)"; continue }
                decoded.maps[key] = map
            }
            return decoded
        }
    }
}
