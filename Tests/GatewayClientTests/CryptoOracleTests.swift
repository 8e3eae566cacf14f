import Foundation
@testable import GatewayClient
import XCTest

/// SigV4's SHA-256 and HMAC-SHA256 (OpenSSL's libcrypto, opened with dlopen) against Python's hashlib and hmac,
/// on every length around the 64-byte block and padding boundaries and keys longer than a block.
final class CryptoOracleTests: XCTestCase {
    func testSHA256AndHMACMatchPython() throws {
        var generator = SystemRandomNumberGenerator()
        let lengths = Array(0...130) + [191, 192, 255, 256, 1000, 4096, 65_537]
        let keyLengths = [0, 1, 20, 32, 63, 64, 65, 131]
        var cases: [(message: [UInt8], key: [UInt8])] = []
        for (index, length) in lengths.enumerated() {
            let message = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let key = (0..<keyLengths[index % keyLengths.count]).map { _ in UInt8.random(in: 0...255, using: &generator) }
            cases.append((message, key))
        }
        let input = cases.map { Crypto.hex($0.message) + " " + Crypto.hex($0.key) }.joined(separator: "\n") + "\n"
        let script = """
        import hashlib, hmac, sys
        for line in sys.stdin.read().splitlines():
            message, _, key = line.partition(" ")
            message, key = bytes.fromhex(message), bytes.fromhex(key)
            print(hashlib.sha256(message).hexdigest(), hmac.new(key, message, hashlib.sha256).hexdigest())
        """
        let expected = try runPython(script, input: input).split(separator: "\n")
        XCTAssertEqual(expected.count, cases.count)
        for (index, line) in expected.enumerated() where index < cases.count {
            let (message, key) = cases[index]
            let got = Crypto.hex(Crypto.sha256(message)) + " " + Crypto.hex(Crypto.hmacSHA256(key: key, message: message))
            XCTAssertEqual(got, String(line), "message of \(message.count) bytes, key of \(key.count) bytes")
        }
    }

    private func runPython(_ script: String, input: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try AWSTestSupport.python())
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        // Python reads all of stdin before writing, so writing first cannot deadlock.
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        return String(decoding: data, as: UTF8.self)
    }
}
