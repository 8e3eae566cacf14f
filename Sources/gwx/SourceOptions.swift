import ArgumentParser
import Foundation
import GatewayClient

/// `[source]` on the command line: export files, or the AWS account of a profile and region.
struct SourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("An API Gateway export (OpenAPI 3 / Swagger 2, JSON or YAML), or a folder of them; repeatable.", valueName: "file"))
    var file: [String] = []

    @Option(name: .long, help: ArgumentHelp("The AWS profile (default: AWS_PROFILE, else 'default').", valueName: "name"))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("The AWS region (default: AWS_REGION, AWS_DEFAULT_REGION, the profile's region).", valueName: "region"))
    var region: String?

    @Option(name: .customLong("endpoint-url"), help: ArgumentHelp("Send API Gateway requests to this URL instead of AWS's endpoint.", valueName: "url"))
    var endpointURL: String?

    @Flag(name: .long, help: "Log each AWS request line, status and timing to stderr (secrets redacted).")
    var debug = false

    @OptionGroup var limits: FileLimitOptions

    /// The size limit for every file read.
    func fileSizeLimit() throws -> FileSizeLimit { try limits.fileSizeLimit() }

    /// Whether export files were named (else the AWS account is the source).
    var usesFiles: Bool { !file.isEmpty }

    /// The export files named, with folders expanded to the exports inside them (sorted).
    func exportFiles() throws -> [String] {
        var paths: [String] = []
        for path in file {
            if try GuardedFile.kind(of: path, what: "export file") == .directory {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                let exports = names.filter { [".json", ".yaml", ".yml"].contains(where: $0.lowercased().hasSuffix) }
                guard !exports.isEmpty else { throw CLIError("\(path): error: the folder has no .json, .yaml or .yml export") }
                paths += exports.map { (path as NSString).appendingPathComponent($0) }
            } else {
                paths.append(path)
            }
        }
        return paths
    }

    /// The sources: one per export file, or the AWS account (its secrets go into `secrets`);
    /// `mfaPrompt` asks for MFA codes (the terminal's prompt unless given). A command reads an
    /// export file once (`.once`); the explorer passes `.deferred`: a file is parsed by its
    /// first load, behind a spinner, and read again by every reload and save.
    func makeSources(secrets: Secrets, mfaPrompt: MFAPrompt? = nil, fileReading: ExportFileSource.Reading = .once) throws -> [any GatewaySource] {
        if usesFiles {
            let limit = try fileSizeLimit()
            return try exportFiles().map { try ExportFileSource(path: $0, maxFileSize: limit, reading: fileReading) }
        }
        return [try AWSSource.configure(profile: profile, region: region, endpointURL: endpointURL, debug: debug, environment: ProcessInfo.processInfo.environment,
                                      secrets: secrets, mfaPrompt: mfaPrompt)]
    }
}

/// `--max-file-size`: one option group, so that `gwx` and every subcommand share the value
/// wherever it is written on the command line.
struct FileLimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("The largest file gwx reads (default 64M, or GWX_MAX_FILE_SIZE).", valueName: "size"))
    var maxFileSize: String?

    func validate() throws {
        _ = try fileSizeLimit()
    }

    /// --max-file-size, else GWX_MAX_FILE_SIZE, else 64 MB; a value that is not a size is a usage error.
    func fileSizeLimit() throws -> FileSizeLimit {
        do {
            return try FileSizeLimit.resolve(flag: maxFileSize, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw ValidationError(String(error.description.dropFirst("error: ".count)))
        }
    }
}

/// An error the command line prints as it is, on one line, and exits 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
