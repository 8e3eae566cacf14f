import Foundation
import XCTest

/// Runs the real `gwx` binary the way a user does, and reads what it prints.
struct GWXProcess {
    /// What one run printed and how it ended.
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    /// The package root (found from this file's path).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built binary: `GWX_BINARY`, else `.build/debug/gwx`.
    static var binary: String {
        if let path = ProcessInfo.processInfo.environment["GWX_BINARY"], !path.isEmpty { return path }
        return packageRoot.appendingPathComponent(".build/debug/gwx").path
    }

    /// A file under `Examples/`.
    static func example(_ name: String) -> String {
        packageRoot.appendingPathComponent("Examples").appendingPathComponent(name).path
    }

    /// Runs gwx with arguments, optional stdin and extra environment; waits for it to end.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            XCTFail("gwx binary not found at \(binary): run `swift build` first", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        // No EC2 instance metadata unless a test points it at a fake (169.254.169.254 is off limits).
        process.environment = ProcessInfo.processInfo.environment.merging(["AWS_EC2_METADATA_DISABLED": "true"]) { $1 }.merging(environment) { $1 }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async { outData = out.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        group.wait()
        process.waitUntilExit()
        return Result(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self), status: process.terminationStatus)
    }
}
