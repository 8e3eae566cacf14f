import Foundation

/// What a Terraform reader found in one `.tf` file gwx wrote: the resource's plain arguments and
/// its map arguments, as Terraform would evaluate them; or why the file could not be read.
struct TerraformDecoded {
    var arguments: [String: String] = [:]
    var maps: [String: [String: String]] = [:]
    var error: String?
}

/// Reads gwx's Terraform output with a parser that is not gwx's: HashiCorp's HCL and go-cty
/// (`HCLChecker`, `Tools/hcl-check`), what Terraform itself would evaluate. It is never skipped:
/// a machine without it fails the test (`scripts/setup.sh` installs the packages).
struct TerraformValueChecker {
    let name = "HCL and go-cty (Tools/hcl-check)"
    let checker: HCLChecker

    /// The checker, built if needed.
    static func configured() throws -> TerraformValueChecker {
        TerraformValueChecker(checker: try HCLChecker.make())
    }

    /// Decodes every file in one run of the checker.
    func decode(_ files: [String]) throws -> [TerraformDecoded] {
        let (blocksByFile, errors) = try checker.blocks(ofFiles: files)
        return files.map { file in
            guard let blocks = blocksByFile[file] else {
                return TerraformDecoded(error: errors.split(separator: "\n").filter { $0.hasPrefix(file) }.joined(separator: "\n"))
            }
            guard let resource = blocks.first(where: { $0.type == "resource" }) else { return TerraformDecoded(error: "no resource block") }
            var decoded = TerraformDecoded()
            for (key, value) in resource.attributes {
                switch value {
                case .string(let text):
                    decoded.arguments[key] = text
                case .map(let entries) where entries.values.allSatisfy({ $0 != nil }):
                    decoded.maps[key] = entries.compactMapValues { $0 }
                default:
                    decoded.error = "argument \(key) is neither a string nor a map of strings: \(value)"
                }
            }
            return decoded
        }
    }
}
