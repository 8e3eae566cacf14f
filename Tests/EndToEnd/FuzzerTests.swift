import Foundation
import XCTest

/// `gwx-fuzz` catches what it exists to catch: a trap and a hang each end the run with exit
/// status 1 and the input saved and minimized (its self-test targets fail on purpose).
final class FuzzerTests: XCTestCase {
    private var output: URL!

    override func setUp() {
        output = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-fuzz-\(UUID().uuidString)")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: output)
    }

    private func fuzz(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = GWXProcess.packageRoot.appendingPathComponent(".build/debug/gwx-fuzz").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            XCTFail("gwx-fuzz not built at \(binary): run `swift build`")
            return (-1, "")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments + ["--out", output.path]
        let log = output.appendingPathExtension("log")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    private func minimized() throws -> String {
        let folder = output.appendingPathComponent("crashes").path
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasSuffix(".min.bin") })
        return try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    func testATrapIsCaughtSavedAndMinimized() throws {
        let run = try fuzz(["--target", "selftest-trap", "--iterations", "500"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("FAILED: selftest-trap: crash"), run.output)
        XCTAssertEqual(try minimized(), "trap")
    }

    func testAHangIsCaughtByTheWatchdog() throws {
        let run = try fuzz(["--target", "selftest-hang", "--iterations", "500", "--hang-seconds", "0.5"])
        XCTAssertEqual(run.status, 1, run.output)
        XCTAssertTrue(run.output.contains("FAILED: selftest-hang: hang"), run.output)
        XCTAssertTrue(try minimized().contains("hang"))
    }
}
