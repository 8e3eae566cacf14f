import Foundation
import XCTest

/// The real binary on files it must refuse: devices, FIFOs, symbolic link loops, files over the
/// size limit, text that is not UTF-8; and `simulate --status` values that are not status codes.
final class FileGuardCommandTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-guard-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs gwx and kills it after `seconds` (a hang is a failure, not a stuck test run), with
    /// its address space capped at 4 GB so a read without bound fails fast on a shared machine.
    private func run(_ arguments: [String], environment: [String: String] = [:], seconds: Double = 20, asNobody: Bool = false) throws -> GWXProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let user = asNobody ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        process.arguments = ["-c", "ulimit -v 4194304; exec \"$@\"", "sh"] + user + [GWXProcess.binary] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-guard-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-guard-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: out)
            try? FileManager.default.removeItem(at: err)
        }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        let hung = process.isRunning
        if hung {
            process.terminate()
            process.waitUntilExit()
        }
        process.waitUntilExit()
        XCTAssertFalse(hung, "gwx \(arguments.joined(separator: " ")) did not finish within \(seconds) s")
        return GWXProcess.Result(stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                 stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                                 status: process.terminationStatus)
    }

    private func assertRefused(_ arguments: [String], _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try run(arguments)
        XCTAssertEqual(result.status, 1, result.stderr, file: file, line: line)
        XCTAssertEqual(result.stderr, expected + "\n", file: file, line: line)
        XCTAssertEqual(result.stdout, "", file: file, line: line)
    }

    func testLsOnDevZeroIsAClearErrorNotATrapAlsoThroughASymbolicLink() throws {
        try assertRefused(["ls", "--file", "/dev/zero"], "/dev/zero: error: cannot read the export file: it is a character device, not a regular file")
        let link = folder + "/api.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        try assertRefused(["ls", "--file", link], "\(link): error: cannot read the export file: it is a character device, not a regular file")
    }

    func testLsOnAFIFOFailsAtOnceInsteadOfBlocking() throws {
        let fifo = folder + "/api.json"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        try assertRefused(["ls", "--file", fifo], "\(fifo): error: cannot read the export file: it is a FIFO (named pipe), not a regular file")
        try assertRefused(["simulate", "--file", GWXProcess.example("PetStore.json"), "PetStore//pets/{petId}/GET", "--body", fifo],
                          "\(fifo): error: cannot read the body: it is a FIFO (named pipe), not a regular file")
        try assertRefused(["render", "--template", fifo], "\(fifo): error: cannot read the template: it is a FIFO (named pipe), not a regular file")
    }

    func testASymbolicLinkLoopSaysSo() throws {
        let loop = folder + "/loop.yaml"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        try assertRefused(["ls", "--file", loop], "\(loop): error: cannot read the export file: too many levels of symbolic links")
    }

    func testAFileTheUserMayNotReadSaysPermissionDenied() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("runs gwx as another user with setpriv, which needs root")
        }
        let export = folder + "/private.yaml"
        try FileManager.default.copyItem(atPath: GWXProcess.example("MyDemoAPI.yaml"), toPath: export)
        XCTAssertEqual(chmod(export, 0o600), 0)
        XCTAssertEqual(chmod(folder, 0o755), 0)
        let result = try run(["ls", "--file", export], asNobody: true)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertEqual(result.stderr, "\(export): error: cannot read the export file: permission denied\n")
    }

    func testTheSizeLimitIsClearAndCanBeRaisedByFlagOrEnvironment() throws {
        let export = GWXProcess.example("PetStore.json")
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: export)[.size] as? Int)
        let refused = try run(["ls", "--file", export, "--max-file-size", "1K"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertEqual(refused.stderr, "\(export): error: cannot read the export file: it is \(size) bytes, over gwx's 1 KB limit for a file; raise it with --max-file-size or GWX_MAX_FILE_SIZE (for example 200M)\n")
        XCTAssertEqual(try run(["ls", "--file", export], environment: ["GWX_MAX_FILE_SIZE": "1K"]).status, 1)
        XCTAssertEqual(try run(["ls", "--file", export, "--max-file-size", "1M"], environment: ["GWX_MAX_FILE_SIZE": "1K"]).status, 0)
        let bad = try run(["ls", "--file", export], environment: ["GWX_MAX_FILE_SIZE": "big"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("GWX_MAX_FILE_SIZE big: expected a size in bytes such as 200M, 1G or 1048576"), bad.stderr)

        let template = folder + "/t.vm"
        try Data(repeating: UInt8(ascii: "x"), count: 3000).write(to: URL(fileURLWithPath: template))
        let render = try run(["render", "--template", template, "--max-file-size", "2K"])
        XCTAssertEqual(render.status, 1)
        XCTAssertTrue(render.stderr.hasPrefix("\(template): error: cannot read the template: it is 3000 bytes, over gwx's 2 KB limit"), render.stderr)
    }

    func testStdinIsBoundedToo() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: GWXProcess.binary)
        process.arguments = ["render", "--template", "-", "--max-file-size", "64K"]
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/dev/zero"))
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertEqual(message, "<stdin>: error: cannot read the template: it holds more than 64 KB, over gwx's 64 KB limit for a file; raise it with --max-file-size or GWX_MAX_FILE_SIZE (for example 200M)\n")
    }

    func testSimulateStatusMustBeAnHTTPStatusCode() throws {
        for bad in ["abc", "0", "99999999999999999999", "600", "20", "-200", "２００", "2e2"] {
            let result = try run(["simulate", "--file", GWXProcess.example("MyDemoAPI.yaml"), "MyDemoAPI//mydemoresource/GET", "--status=\(bad)"])
            XCTAssertNotEqual(result.status, 0, bad)
            XCTAssertTrue(result.stderr.contains("The value '\(bad)' is invalid for '--status <code>': an HTTP status code is a number from 100 to 599"), result.stderr)
            XCTAssertEqual(result.stdout, "", bad)
        }
        let good = try run(["simulate", "--file", GWXProcess.example("MyDemoAPI.yaml"), "MyDemoAPI//mydemoresource/GET", "--status", "404"])
        XCTAssertEqual(good.status, 0, good.stderr)
        XCTAssertTrue(good.stdout.hasPrefix("Selection\n  subject: \"404\"\n"), good.stdout)
    }

    func testATemplateThatIsNotUTF8IsAnErrorAtTheLineAndColumnOfTheBadByte() throws {
        let template = folder + "/t.vm"
        try Data("#set($a = 1)\n{\"name\": \"caf".utf8 + [0xE9] + "\"}\n".utf8).write(to: URL(fileURLWithPath: template))
        let result = try run(["render", "--template", template])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
        \(template):2:14: error: the template is not UTF-8 text: byte 0xE9 (byte 27 of the file) does not start a UTF-8 character; save it as UTF-8
        {"name": "caf\u{FFFD}"}
                     ^

        """)
        let body = folder + "/body.json"
        try Data("{\n  \"a\": \"\u{1F600}".utf8 + [0xFF] + "\"\n}".utf8).write(to: URL(fileURLWithPath: body))
        let bodyResult = try run(["render", "--template", GWXProcess.example("PetStore.json"), "--body", body])
        XCTAssertEqual(bodyResult.status, 1)
        XCTAssertTrue(bodyResult.stderr.hasPrefix("\(body):2:10: error: the body is not UTF-8 text: byte 0xFF"), bodyResult.stderr)
    }
}
