import Foundation
import GatewayClient
import XCTest

/// `GuardedFile` on real special files: devices, FIFOs, symlink loops, directories, /proc files
/// and files over the size limit are refused with their cause, never read without bound.
final class GuardedFileTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-guarded-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func reason(_ path: String, limit: FileSizeLimit = .standard) -> String {
        do {
            let bytes = try GuardedFile.read(path, what: "export file", limit: limit)
            return "read \(bytes.count) bytes"
        } catch {
            XCTAssertEqual(error.path, path)
            XCTAssertTrue(error.description.hasPrefix("\(path): error: cannot read the export file: "), error.description)
            return error.reason
        }
    }

    func testDevZeroIsRefusedAsACharacterDeviceAlsoThroughASymbolicLink() throws {
        XCTAssertEqual(reason("/dev/zero"), "it is a character device, not a regular file")
        let link = folder + "/api.yaml"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/zero")
        XCTAssertEqual(reason(link), "it is a character device, not a regular file")
    }

    func testAFIFOIsRefusedWithoutWaitingForAWriter() throws {
        let fifo = folder + "/api.json"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0, String(cString: strerror(errno)))
        // Without O_NONBLOCK and the check before reading, this call would never return.
        XCTAssertEqual(reason(fifo), "it is a FIFO (named pipe), not a regular file")
    }

    func testASymbolicLinkLoopSaysTooManyLevelsOfSymbolicLinks() throws {
        let loop = folder + "/loop.yaml"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        XCTAssertEqual(reason(loop), "too many levels of symbolic links")
    }

    func testADirectoryAndAMissingFileSayWhatTheyAre() {
        XCTAssertEqual(reason(folder), "it is a directory, not a file")
        XCTAssertEqual(reason(folder + "/missing.yaml"), "no such file or directory")
        XCTAssertEqual(reason(folder + "/missing/api.yaml"), "no such file or directory")
    }

    func testASocketIsRefused() throws {
        let path = folder + "/s"
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        XCTAssertGreaterThanOrEqual(descriptor, 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            for (index, byte) in path.utf8.enumerated() where index < buffer.count - 1 { buffer[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        XCTAssertEqual(bound, 0, String(cString: strerror(errno)))
        XCTAssertEqual(reason(path), "it is a socket, not a regular file")
    }

    func testAFileOverTheLimitIsRefusedWithTheWayToRaiseIt() throws {
        let path = folder + "/big.json"
        try Data(repeating: UInt8(ascii: " "), count: 2048).write(to: URL(fileURLWithPath: path))
        let message = reason(path, limit: FileSizeLimit(bytes: 1024))
        XCTAssertEqual(message, "it is 2 KB, over gwx's 1 KB limit for a file; raise it with --max-file-size or GWX_MAX_FILE_SIZE (for example 200M)")
        XCTAssertEqual(reason(path, limit: FileSizeLimit(bytes: 2048)), "read 2048 bytes")
    }

    func testAProcFileThatReportsSizeZeroIsReadUpToTheLimit() throws {
        let status = try XCTUnwrap(String(bytes: GuardedFile.read("/proc/self/status", what: "file", limit: .standard), encoding: .utf8))
        XCTAssertTrue(status.hasPrefix("Name:"), status)
        // /proc/self/maps reports size 0 and holds more than 64 bytes: the bounded read stops.
        XCTAssertEqual(reason("/proc/self/maps", limit: FileSizeLimit(bytes: 64)),
                       "it holds more than 64 bytes, over gwx's 64 bytes limit for a file; raise it with --max-file-size or GWX_MAX_FILE_SIZE (for example 200M)")
    }

    func testReadIfPresentIsNilOnlyForAMissingFile() throws {
        XCTAssertNil(try GuardedFile.readIfPresent(folder + "/credentials", what: "AWS configuration file", limit: .standard))
        XCTAssertThrowsError(try GuardedFile.readIfPresent(folder, what: "AWS configuration file", limit: .standard)) { error in
            XCTAssertEqual((error as? FileReadError)?.reason, "it is a directory, not a file")
        }
    }

    func testSizeLimitsParseLikeCommonTools() throws {
        XCTAssertEqual(FileSizeLimit(parsing: "1048576")?.bytes, 1_048_576)
        XCTAssertEqual(FileSizeLimit(parsing: "512K")?.bytes, 512 * 1024)
        XCTAssertEqual(FileSizeLimit(parsing: "200m")?.bytes, 200 << 20)
        XCTAssertEqual(FileSizeLimit(parsing: "2GB")?.bytes, 2 << 30)
        for bad in ["", "abc", "0", "-5", "1.5M", "99999999999999999999", "9999999999999G", "１２"] {
            XCTAssertNil(FileSizeLimit(parsing: bad), bad)
        }
        XCTAssertEqual(try FileSizeLimit.resolve(flag: nil, environment: ["GWX_MAX_FILE_SIZE": "3M"]).bytes, 3 << 20)
        XCTAssertEqual(try FileSizeLimit.resolve(flag: "1K", environment: ["GWX_MAX_FILE_SIZE": "3M"]).bytes, 1024)
        XCTAssertEqual(try FileSizeLimit.resolve(flag: nil, environment: [:]), .standard)
        XCTAssertThrowsError(try FileSizeLimit.resolve(flag: nil, environment: ["GWX_MAX_FILE_SIZE": "lots"])) { error in
            XCTAssertEqual(String(describing: error), "error: GWX_MAX_FILE_SIZE lots: expected a size in bytes such as 200M, 1G or 1048576")
        }
    }

    func testAnExportSourceOnDevZeroFailsWithAnIOErrorInsteadOfReadingForever() {
        XCTAssertThrowsError(try ExportFileSource(path: "/dev/zero")) { error in
            XCTAssertEqual(String(describing: error), "/dev/zero: error: cannot read the export file: it is a character device, not a regular file")
        }
    }

    func testAWSConfigFilesAreReadThroughTheGuard() throws {
        let environment = ["AWS_CONFIG_FILE": folder, "AWS_SHARED_CREDENTIALS_FILE": folder + "/none", "HOME": folder, "AWS_REGION": "us-east-1"]
        XCTAssertThrowsError(try AWSConfigLoader(environment: environment).load(profile: nil, region: nil, endpointURL: nil)) { error in
            XCTAssertEqual(String(describing: error), "\(folder): error: cannot read the AWS configuration file: it is a directory, not a file")
        }
        let config = folder + "/config"
        try Data("[default]\nregion = us-east-1\n# caf".utf8 + [0xE9] + "\n".utf8).write(to: URL(fileURLWithPath: config))
        XCTAssertThrowsError(try AWSConfigLoader(environment: environment.merging(["AWS_CONFIG_FILE": config]) { $1 }).load(profile: nil, region: nil, endpointURL: nil)) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("\(config):3:6: error: the AWS configuration file is not UTF-8 text"), String(describing: error))
        }
    }
}
