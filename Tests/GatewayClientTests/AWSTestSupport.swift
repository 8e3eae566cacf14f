import Foundation
import XCTest

/// Paths and helpers shared by the AWS tests.
enum AWSTestSupport {
    /// Starts a Python peer under `Tests/peers/` with `process` (its standard input is `input`:
    /// closing it ends the peer) and returns the first line it prints (its READY line, or
    /// what it said instead), with the Python and script paths for error messages.
    static func startPeer(_ script: String, arguments: [String] = [], process: Process, input: Pipe) throws -> (line: String, command: String) {
        let python = try python()
        let path = packageRoot.appendingPathComponent("Tests/peers/\(script)").path
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        return (String(decoding: line, as: UTF8.self), "\(python) \(path)")
    }

    /// The package root, found from this file's place in `Tests/GatewayClientTests/`.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture file under `Tests/GatewayClientTests/Fixtures/aws/`.
    static func fixtureURL(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/GatewayClientTests/Fixtures/aws").appendingPathComponent(name)
    }

    /// The bytes of a fixture file.
    static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: fixtureURL(name))
    }

    /// The Python with the test peers installed: `GWX_PYTHON`, else `.venv/bin/python` at the root.
    static func python() throws -> String {
        let environment = ProcessInfo.processInfo.environment
        if let configured = environment["GWX_PYTHON"], !configured.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: configured) else {
                throw PeerError("GWX_PYTHON=\(configured) is not an executable file; run `make test`, or create .venv with `python3 -m venv .venv && .venv/bin/pip install -r requirements-test.txt`")
            }
            return configured
        }
        let local = packageRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: local) else {
            throw PeerError("no Python for the AWS test peers: GWX_PYTHON is not set and \(local) does not exist; run `python3 -m venv .venv && .venv/bin/pip install -r requirements-test.txt` at the repository root")
        }
        return local
    }
}

/// A test peer could not be started or driven.
struct PeerError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
