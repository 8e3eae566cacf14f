import Foundation
import XCTest

/// gwx opens libcurl only when a command talks to AWS: file-only commands never load it (fast
/// start-up) and run on a machine without it; AWS commands there say what to install.
final class WithoutLibcurlTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-nocurl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data(#"{"id": "$input.path('$.id')", "n": #set($n = 2)$n}"#.utf8).write(to: directory.appendingPathComponent("t.vm"))
        try Data(#"{"id": 7}"#.utf8).write(to: directory.appendingPathComponent("body.json"))
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    /// File-only commands, each with the output it must print.
    private var fileCommands: [(arguments: [String], expected: String)] {
        [
            (["--version"], "0.1.0\n"),
            (["render", "--template", directory.appendingPathComponent("t.vm").path,
              "--body", directory.appendingPathComponent("body.json").path], #"{"id": "7", "n": 2}"#),
        ]
    }

    /// The dynamic loader's own log (LD_DEBUG=libs) of a file-only run names no libcurl and no
    /// OpenSSL, and does name libc (so the log was really written).
    func testFileOnlyCommandsLoadNeitherLibcurlNorOpenSSL() throws {
        for command in fileCommands + [(["ls", "--file", GWXProcess.example("PetStore.json")], "")] {
            let result = try GWXProcess.run(command.arguments, environment: ["LD_DEBUG": "libs"])
            XCTAssertEqual(result.status, 0, "\(command.arguments): \(result.stderr.suffix(2000))")
            XCTAssertTrue(result.stderr.contains("libc.so.6"), "LD_DEBUG=libs wrote no log for \(command.arguments)")
            let loaded = result.stderr.split(separator: "\n").filter { $0.contains("calling init:") }
            XCTAssertFalse(loaded.isEmpty, "no library initialised for \(command.arguments)")
            for line in loaded {
                XCTAssertFalse(line.contains("libcurl") || line.contains("libssl") || line.contains("libcrypto"),
                               "\(command.arguments) loaded \(line)")
            }
        }
    }

    /// In a mount namespace where every libcurl file is empty (as on a machine without the
    /// package), file-only commands print what they print anywhere, and an AWS command fails
    /// with a message saying what to install.
    func testOnAMachineWithoutLibcurl() throws {
        let unshare = "/usr/bin/unshare"
        guard FileManager.default.isExecutableFile(atPath: unshare),
              try runHidingLibcurl(["--version"], libraries: []).status == 0 else {
            throw XCTSkip("this machine does not allow `unshare --mount --map-root-user` (needed to hide libcurl)")
        }
        let libraries = try libcurlFiles()
        XCTAssertFalse(libraries.isEmpty, "ldconfig lists no libcurl: nothing to hide")

        for command in fileCommands {
            let result = try runHidingLibcurl(command.arguments, libraries: libraries)
            XCTAssertEqual(result.status, 0, "\(command.arguments): \(result.stderr)")
            XCTAssertEqual(result.stdout, command.expected, "\(command.arguments)")
        }
        let listing = try runHidingLibcurl(["ls", "--file", GWXProcess.example("PetStore.json")], libraries: libraries)
        XCTAssertEqual(listing.status, 0, listing.stderr)
        XCTAssertEqual(listing.stdout, try GWXProcess.run(["ls", "--file", GWXProcess.example("PetStore.json")]).stdout)

        let aws = try runHidingLibcurl(["ls", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9"], libraries: libraries,
                                       environment: ["AWS_ACCESS_KEY_ID": "AKIDGWXTEST", "AWS_SECRET_ACCESS_KEY": "gwx-test-secret",
                                                     "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"])
        XCTAssertEqual(aws.status, 1, aws.stderr)
        XCTAssertTrue(aws.stderr.contains("talking to AWS needs libcurl"), aws.stderr)
        XCTAssertTrue(aws.stderr.contains("apt-get install libcurl4"), aws.stderr)
        XCTAssertFalse(aws.stderr.contains("gwx-test-secret"), aws.stderr)
    }

    /// The real paths of the libcurl files the dynamic loader knows (from `ldconfig -p`).
    private func libcurlFiles() throws -> [String] {
        let result = try run("/sbin/ldconfig", ["-p"])
        let paths = result.stdout.split(separator: "\n").filter { $0.contains("libcurl") }.compactMap { line in
            line.range(of: "=> ").map { String(line[$0.upperBound...]).trimmingCharacters(in: .whitespaces) }
        }
        return Array(Set(paths.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })).sorted()
    }

    /// Runs gwx in a new mount namespace where each of `libraries` reads as an empty file.
    private func runHidingLibcurl(_ arguments: [String], libraries: [String], environment: [String: String] = [:]) throws -> GWXProcess.Result {
        let script = libraries.map { "mount --bind /dev/null '\($0)' || exit 97; " }.joined() + #"exec "$@""#
        return try run("/usr/bin/unshare", ["--mount", "--map-root-user", "--", "/bin/sh", "-c", script, "sh", GWXProcess.binary] + arguments,
                       environment: environment)
    }

    private func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> GWXProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = directory.appendingPathComponent("out-\(UUID().uuidString)"), err = directory.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return GWXProcess.Result(stdout: try String(contentsOf: out, encoding: .utf8), stderr: try String(contentsOf: err, encoding: .utf8),
                                 status: process.terminationStatus)
    }
}
