import Foundation
import XCTest

/// Paths and helpers shared by the AWS tests.
enum AWSTestSupport {
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
