import Foundation

/// Credentials from a `credential_process` command (JSON on stdout, `Version: 1`), cached until
/// five minutes before they expire.
final class ProcessCredentialsProvider: CredentialsProvider {
    let command: String
    let file: String
    let line: Int
    let secrets: Secrets
    private let cache = Locked<AWSCredentials?>(nil)

    init(command: String, file: String, line: Int, secrets: Secrets = Secrets()) {
        self.command = command
        self.file = file
        self.line = line
        self.secrets = secrets
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        let (status, output, errorOutput) = try await ProcessCredentialsProvider.run(command)
        let json = try? AWSJSON.parse(output)
        // Whatever secrets it printed are known before anything it said is shown.
        secrets.add(["SecretAccessKey", "SessionToken"].compactMap { json?[$0]?.stringValue })
        guard status == 0 else {
            let detail = secrets.redact(String(decoding: errorOutput, as: UTF8.self).trimmingSpaces())
            throw ConfigError("credential_process `\(command)` exited with status \(status)" + (detail.isEmpty ? "" : ": \(detail.prefix(300))"), file: file, line: line)
        }
        guard let json, let keyId = json["AccessKeyId"]?.stringValue,
              let secret = json["SecretAccessKey"]?.stringValue else {
            throw ConfigError("credential_process `\(command)` did not print JSON with AccessKeyId and SecretAccessKey", file: file, line: line)
        }
        if let version = json["Version"]?.numberValue, version != 1 {
            throw ConfigError("credential_process `\(command)` printed Version \(Int(version)); only Version 1 is understood", file: file, line: line)
        }
        let credentials = AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: json["SessionToken"]?.stringValue,
                                         expiration: json["Expiration"]?.stringValue.flatMap(parseISO8601),
                                         source: "credential_process (\(file):\(line))")
        cache.withLock { $0 = credentials }
        return credentials
    }

    /// The most a `credential_process` may print on stdout (its JSON is a few hundred bytes).
    static let outputLimit = FileSizeLimit(bytes: 1 << 20)
    /// How much of its stderr is kept for the error message (the rest is read and dropped).
    static let errorOutputKept = 64 << 10

    /// Runs a shell command off the cooperative pool; returns status, stdout and stderr. Stdout
    /// is read up to `outputLimit` (a command that prints more is stopped), stderr is drained.
    static func run(_ command: String) async throws -> (Int32, [UInt8], [UInt8]) {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", command]
                let stdout = Pipe()
                let stderr = Pipe()
                process.standardOutput = stdout
                process.standardError = stderr
                process.standardInput = FileHandle.nullDevice
                do {
                    try process.run()
                    let errorData = Locked([UInt8]())
                    let errorReader = DispatchGroup()
                    errorReader.enter()
                    DispatchQueue.global().async {
                        let kept = drain(stderr.fileHandleForReading.fileDescriptor, keeping: errorOutputKept)
                        errorData.withLock { $0 = kept }
                        errorReader.leave()
                    }
                    let output: Result<[UInt8], FileReadError>
                    do throws(FileReadError) {
                        output = .success(try GuardedFile.readBounded(stdout.fileHandleForReading.fileDescriptor, expectedSize: 0,
                                                                      path: "credential_process", what: "output", limit: outputLimit))
                    } catch {
                        output = .failure(error)
                        process.terminate()
                        // A child the shell started may outlive it: closing the pipe ends it with SIGPIPE.
                        try? stdout.fileHandleForReading.close()
                    }
                    errorReader.wait()
                    process.waitUntilExit()
                    switch output {
                    case .success(let bytes):
                        continuation.resume(returning: (process.terminationStatus, bytes, errorData.withLock { $0 }))
                    case .failure:
                        continuation.resume(throwing: ConfigError("credential_process `\(command)` printed more than \(outputLimit) on stdout (credentials are a few hundred bytes of JSON); it was stopped"))
                    }
                } catch {
                    continuation.resume(throwing: ConfigError("credential_process `\(command)` could not start: \(error)"))
                }
            }
        }
    }

    /// Reads a descriptor to its end, keeping the first `keeping` bytes, so the writer never blocks.
    static func drain(_ descriptor: Int32, keeping: Int) -> [UInt8] {
        var kept: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return kept }
            if kept.count < keeping { kept += chunk[0..<min(count, keeping - kept.count)] }
        }
    }
}

/// Temporary credentials from STS `AssumeRole`, signed with the source credentials by the
/// same client code, refreshed five minutes before they expire.
final class AssumeRoleCredentialsProvider: CredentialsProvider {
    let roleArn: String
    let sessionName: String
    let externalId: String?
    let durationSeconds: Int?
    let sts: AWSClient
    private let cache = Locked<AWSCredentials?>(nil)

    init(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, sts: AWSClient) {
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
        self.sts = sts
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        var form: [(String, String)] = [("Action", "AssumeRole"), ("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let externalId { form.append(("ExternalId", externalId)) }
        if let durationSeconds { form.append(("DurationSeconds", String(durationSeconds))) }
        form.append(("Version", "2011-06-15"))
        let response = try await sts.send("POST", path: "/", query: [],
                                          headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                                          body: Array(URIEncoding.query(form).utf8))
        let text = String(decoding: response.body, as: UTF8.self)
        guard let keyId = AWSClient.xmlElement("AccessKeyId", in: text),
              let secret = AWSClient.xmlElement("SecretAccessKey", in: text) else {
            throw AWSError(code: .invalidResponse, type: "InvalidResponse", message: "STS AssumeRole answered without credentials",
                           requestId: AWSClient.requestId(response), httpStatus: response.status, request: "POST sts AssumeRole \(roleArn)")
        }
        let credentials = AWSCredentials(accessKeyId: keyId, secretAccessKey: secret,
                                         sessionToken: AWSClient.xmlElement("SessionToken", in: text),
                                         expiration: AWSClient.xmlElement("Expiration", in: text).flatMap(parseISO8601),
                                         source: "role \(roleArn)")
        cache.withLock { $0 = credentials }
        return credentials
    }
}

extension AWSCredentials {
    /// Whether temporary credentials expire within five minutes.
    var expiresSoon: Bool {
        guard let expiration else { return false }
        return expiration.timeIntervalSinceNow < 300
    }
}

/// A date from ISO 8601 text, with or without fractional seconds.
func parseISO8601(_ text: String) -> Date? {
    let plain = ISO8601DateFormatter()
    if let date = plain.date(from: text) { return date }
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return fractional.date(from: text)
}
