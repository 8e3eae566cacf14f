import Foundation
import XCTest

/// A test case with a fresh folder of its own under the temporary directory, removed after
/// each test, and a way to write a file into it.
class TemporaryFolderTestCase: XCTestCase {
    /// The folder's name starts with this (`gwx-` keeps `run-tests.sh`'s leftover check honest).
    class var folderPrefix: String { "gwx-e2e" }
    /// This test's folder.
    private(set) var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(Self.folderPrefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Writes `text` as UTF-8 to `name` in the folder; returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }
}
