import Foundation
import GatewayClient
import XCTest

/// Fixture access and small helpers shared by the export-file tests.
enum ExportFixtures {
    /// The `Fixtures/exports` folder inside the test bundle.
    static var folder: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "the test bundle has no Fixtures folder"])
            }
            return url.appendingPathComponent("exports")
        }
    }

    /// The text of a fixture.
    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// One folder per test process that holds every copy and written file, removed when the
    /// process exits (the helpers are static, so no test case owns what they create).
    static let scratch: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-tests-\(UUID().uuidString)")
        atexit { try? FileManager.default.removeItem(at: ExportFixtures.scratch) }
        return root
    }()

    /// Copies a fixture into a fresh temporary folder and returns the copy's path.
    static func copy(_ name: String, to folderName: String = UUID().uuidString) throws -> String {
        let directory = scratch.appendingPathComponent(folderName)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let destination = directory.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: destination)
        try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: destination)
        return destination.path
    }

    /// Writes text to a fresh temporary file with a name and returns its path.
    static func write(_ text: String, name: String) throws -> String {
        let directory = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}

/// A canonical text of a parsed node, in the shape `record.py` writes PyYAML's results in.
enum OracleText {
    static func of(_ node: DocNode) -> String {
        switch node.resolved {
        case let .mapping(mapping):
            return "{" + mapping.entries.map { of(.scalar($0.key)) + ":" + of($0.value) }.joined(separator: ",") + "}"
        case let .sequence(sequence):
            return "[" + sequence.items.map(of).joined(separator: ",") + "]"
        case let .scalar(scalar):
            switch scalar.resolved {
            case .null: return "null"
            case let .bool(value): return "bool(\(value))"
            case let .int(value): return "int(\(value))"
            case let .float(value): return "float(\(value))"
            case let .string(value): return "str(\(quoted(value)))"
            }
        case .alias:
            return "alias"
        }
    }

    static func of(recorded value: Any) -> String {
        guard let object = value as? [String: Any], let (kind, payload) = object.first else { return "?" }
        switch kind {
        case "map":
            let pairs = payload as? [[Any]] ?? []
            return "{" + pairs.map { of(recorded: $0[0]) + ":" + of(recorded: $0[1]) }.joined(separator: ",") + "}"
        case "seq":
            return "[" + (payload as? [Any] ?? []).map { of(recorded: $0) }.joined(separator: ",") + "]"
        case "null": return "null"
        case "bool": return "bool(\((payload as? Bool) ?? false))"
        case "int": return "int(\(payload))"
        case "float":
            let text = payload as? String ?? ""
            let value: Double = text == "nan" ? .nan : text == "inf" ? .infinity : text == "-inf" ? -.infinity : Double(text) ?? .nan
            return "float(\(value))"
        case "str": return "str(\(quoted(payload as? String ?? "")))"
        default: return "?"
        }
    }

    static func quoted(_ text: String) -> String {
        text.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
    }
}
