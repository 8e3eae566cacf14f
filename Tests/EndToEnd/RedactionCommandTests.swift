import Foundation
import XCTest

/// Every secret gwx holds, sent through every error path of the real binary (a refused
/// connection, an AWS error that echoes the request's headers, a failing `credential_process`,
/// the `--debug` log): none of them may appear in anything gwx prints.
final class RedactionCommandTests: XCTestCase {
    private var folder = ""
    private var peer: Process?
    private var port = 0

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gwx-redact-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let peer, peer.isRunning {
            peer.terminate()
            peer.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// A server that answers every request with a 403 whose message echoes every request header,
    /// as some proxies and misconfigured endpoints do.
    private func startEchoPeer() throws {
        let python = ProcessInfo.processInfo.environment["GWX_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
            ?? GWXProcess.packageRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw XCTSkip("no Python at \(python): run `make test` (it creates .venv)")
        }
        let script = """
        import http.server, json, sys
        class Echo(http.server.BaseHTTPRequestHandler):
            def answer(self):
                text = "; ".join("%s: %s" % (k, v) for k, v in self.headers.items())
                body = json.dumps({"message": "denied, you sent " + text + " to " + self.path}).encode()
                self.send_response(403)
                self.send_header("x-amzn-ErrorType", "UnrecognizedClientException")
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = answer
            def log_message(self, *args): pass
        server = http.server.HTTPServer(("127.0.0.1", 0), Echo)
        print(server.server_address[1], flush=True)
        server.serve_forever()
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        peer = process
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard !byte.isEmpty else { throw XCTSkip("the echo peer did not start") }
            line += byte
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(port, 0)
    }

    /// Writes an AWS config file and returns the environment that points gwx at it alone.
    private func awsFiles(config: String) throws -> [String: String] {
        let configPath = folder + "/config"
        try config.write(toFile: configPath, atomically: true, encoding: .utf8)
        return ["AWS_CONFIG_FILE": configPath, "AWS_SHARED_CREDENTIALS_FILE": folder + "/credentials", "HOME": folder,
                "AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_SESSION_TOKEN": "", "AWS_PROFILE": "",
                "AWS_REGION": "us-east-1", "AWS_ENDPOINT_URL": "", "AWS_ENDPOINT_URL_API_GATEWAY": ""]
    }

    private func assertNothingLeaks(_ result: GWXProcess.Result, _ secrets: [String], mentions: String,
                                    file: StaticString = #filePath, line: UInt = #line) {
        let printed = result.stdout + result.stderr
        XCTAssertNotEqual(result.status, 0, printed, file: file, line: line)
        XCTAssertTrue(printed.contains(mentions), "the error path was not reached: \(printed)", file: file, line: line)
        for secret in secrets {
            XCTAssertFalse(printed.contains(secret), "\(secret) leaked in: \(printed)", file: file, line: line)
        }
    }

    func testAPasswordInTheEndpointURLIsNotPrintedOnAConnectionFailure() throws {
        let environment = ["AWS_ACCESS_KEY_ID": "AKIDREDACTTEST", "AWS_SECRET_ACCESS_KEY": "envSecretKeyA1b2c3",
                           "AWS_SESSION_TOKEN": "envSessionTokenZ9y8", "AWS_REGION": "us-east-1"]
        let plain = try GWXProcess.run(["--endpoint-url", "http://u:pw@127.0.0.1:9", "ls"], environment: environment)
        assertNothingLeaks(plain, ["u:pw", ":pw@", "envSecretKeyA1b2c3", "envSessionTokenZ9y8"], mentions: "connect failure on GET http://<redacted>@127.0.0.1:9/restapis")
        let debug = try GWXProcess.run(["--endpoint-url", "http://user:hunter2pass@127.0.0.1:9", "ls", "--debug"], environment: environment)
        assertNothingLeaks(debug, ["hunter2pass", "envSecretKeyA1b2c3", "envSessionTokenZ9y8"], mentions: "gwx debug: GET http://<redacted>@127.0.0.1:9/restapis")
    }

    func testAnAWSErrorThatEchoesTheSignedHeadersShowsNoTokenOrSignature() throws {
        try startEchoPeer()
        var environment = try awsFiles(config: "[default]\nregion = us-east-1\n")
        environment["AWS_ACCESS_KEY_ID"] = "AKIDREDACTTEST"
        environment["AWS_SECRET_ACCESS_KEY"] = "envSecretKeyA1b2c3"
        environment["AWS_SESSION_TOKEN"] = "envSessionTokenZ9y8"
        let result = try GWXProcess.run(["--endpoint-url", "http://admin:urlPassw0rd@127.0.0.1:\(port)", "ls", "--debug"], environment: environment)
        assertNothingLeaks(result, ["envSecretKeyA1b2c3", "envSessionTokenZ9y8", "urlPassw0rd"], mentions: "denied, you sent")
        let signature = result.stderr.components(separatedBy: "Signature=").dropFirst().map { String($0.prefix { $0.isHexDigit }) }
        XCTAssertFalse(signature.isEmpty, result.stderr)
        XCTAssertEqual(Set(signature), [""], "a signature was printed: \(result.stderr)")
    }

    func testAFailingCredentialProcessHasItsSecretsRedactedFromItsOutput() throws {
        let command = #"sh -c 'echo "{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"procSecretQ7w8e9\", \"SessionToken\": \"procTokenR5t6y7\"}"; echo "failed after minting procSecretQ7w8e9 / procTokenR5t6y7" >&2; exit 2'"#
        let environment = try awsFiles(config: "[default]\nregion = us-east-1\ncredential_process = \(command)\n")
        let result = try GWXProcess.run(["ls", "--debug"], environment: environment)
        assertNothingLeaks(result, ["procSecretQ7w8e9", "procTokenR5t6y7"], mentions: "exited with status 2: failed after minting <redacted> / <redacted>")
    }

    func testCredentialProcessSecretsAreRedactedWhenAnAWSErrorEchoesThem() throws {
        try startEchoPeer()
        let command = #"sh -c 'echo "{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\", \"SecretAccessKey\": \"procSecretQ7w8e9\", \"SessionToken\": \"procTokenR5t6y7\"}"'"#
        let environment = try awsFiles(config: "[default]\nregion = us-east-1\ncredential_process = \(command)\nendpoint_url = http://127.0.0.1:\(port)\n")
        let result = try GWXProcess.run(["ls", "--debug"], environment: environment)
        assertNothingLeaks(result, ["procSecretQ7w8e9", "procTokenR5t6y7"], mentions: "denied, you sent")
    }

    func testACredentialProcessThatPrintsWithoutEndIsStopped() throws {
        for command in ["yes", "sh -c 'yes; true'"] {
            let environment = try awsFiles(config: "[default]\nregion = us-east-1\ncredential_process = \(command)\n")
            let result = try GWXProcess.run(["ls"], environment: environment)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("error: credential_process `\(command)` printed more than 1 MB on stdout"), result.stderr)
        }
    }
}
