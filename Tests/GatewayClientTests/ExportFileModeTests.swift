import Foundation
import GatewayClient
import GatewayModel
import XCTest

/// A save respects the file's permissions: a file with no write bit is refused (even for root,
/// as vim does), and a saved file keeps its mode, owner and group.
final class ExportFileModeTests: XCTestCase {
    private var export: EditedExport!

    override func setUpWithError() throws {
        export = try EditedExport("orders-oas3.yaml")
    }

    override func tearDown() {
        if let export {
            let folder = (export.path as NSString).deletingLastPathComponent
            chattrImmutable(folder, false)
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    private func status(_ path: String) -> stat {
        var result = stat()
        XCTAssertEqual(stat(path, &result), 0)
        return result
    }

    private func changeTemplate() async throws {
        try await export.edit("/orders", "GET", status: "200") { $0.responseTemplates["application/json"] = "{}" }
    }

    func testAReadOnlyFileIsRefusedEvenForRootAndLeftUntouched() async throws {
        XCTAssertEqual(chmod(export.path, 0o444), 0)
        do {
            try await changeTemplate()
            XCTFail("a file with mode 0444 was replaced")
        } catch {
            XCTAssertEqual(String(describing: error), "\(export.path): error: read-only file (mode 0444): chmod u+w it, then save again")
        }
        XCTAssertEqual(try export.after, export.before)
        XCTAssertEqual(status(export.path).st_mode & 0o7777, 0o444)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (export.path as NSString).deletingLastPathComponent)
        XCTAssertEqual(leftovers, [(export.path as NSString).lastPathComponent], "no temporary file is left behind")
    }

    func testASavedFileKeepsItsModeOwnerAndGroup() async throws {
        guard getuid() == 0 else { throw XCTSkip("giving the file another owner needs root (the test machine runs tests as root)") }
        XCTAssertEqual(chown(export.path, 65534, 65534), 0, String(cString: strerror(errno)))
        XCTAssertEqual(chmod(export.path, 0o2640), 0)
        try await changeTemplate()
        let after = status(export.path)
        XCTAssertEqual(after.st_mode & 0o7777, 0o2640, "mode, including set-group-ID, is kept")
        XCTAssertEqual(after.st_uid, 65534)
        XCTAssertEqual(after.st_gid, 65534)
        XCTAssertNotEqual(try export.after, export.before)
    }

    func testAFolderThatForbidsTheTemporaryFileSaysWhyInFull() async throws {
        let folder = (export.path as NSString).deletingLastPathComponent
        guard chattrImmutable(folder, true) else { throw XCTSkip("chattr +i is not supported on this file system") }
        do {
            try await changeTemplate()
            XCTFail("the save went through an immutable folder")
        } catch {
            XCTAssertEqual(String(describing: error), "\(export.path): error: cannot save: \(String(cString: strerror(EPERM))) creating a file in \(folder) (a save writes a temporary file beside the file, then renames it)")
        }
        chattrImmutable(folder, false)
        XCTAssertEqual(try export.after, export.before)
    }
}

/// `chattr +i`/`-i` on a folder: true when it worked (it forbids creating files, even for root).
@discardableResult
func chattrImmutable(_ path: String, _ on: Bool) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [on ? "+i" : "-i", path]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}
