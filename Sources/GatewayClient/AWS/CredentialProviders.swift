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
/// same client code, refreshed five minutes before they expire. With `mfa_serial` the code is
/// asked for once per session (the credentials are kept for their lifetime).
final class AssumeRoleCredentialsProvider: CredentialsProvider {
    let roleArn: String
    let sessionName: String
    let externalId: String?
    let durationSeconds: Int?
    let mfa: MFASpec?
    let prompt: MFAPrompt?
    let sts: AWSClient
    private let cache = Locked<AWSCredentials?>(nil)
    /// One fetch at a time, so concurrent requests share one MFA prompt.
    private let fetching = AsyncGate()

    init(roleArn: String, sessionName: String, externalId: String?, durationSeconds: Int?, mfa: MFASpec? = nil,
         prompt: MFAPrompt? = nil, sts: AWSClient) {
        self.roleArn = roleArn
        self.sessionName = sessionName
        self.externalId = externalId
        self.durationSeconds = durationSeconds
        self.mfa = mfa
        self.prompt = prompt
        self.sts = sts
    }

    func credentials() async throws -> AWSCredentials {
        if let cached = cache.withLock({ $0 }), !cached.expiresSoon { return cached }
        return try await fetching.run {
            if let cached = self.cache.withLock({ $0 }), !cached.expiresSoon { return cached }
            return try await self.fetch()
        }
    }

    /// The AWS CLI's cache key for this role (botocore's argument names and JSON).
    var cacheKey: String {
        var arguments: [(String, String)] = [("RoleArn", SSOTokenCache.quote(roleArn))]
        if mfa?.sessionNameIsConfigured == true { arguments.append(("RoleSessionName", SSOTokenCache.quote(sessionName))) }
        if let externalId { arguments.append(("ExternalId", SSOTokenCache.quote(externalId))) }
        if let durationSeconds { arguments.append(("DurationSeconds", String(durationSeconds))) }
        if let mfa { arguments.append(("SerialNumber", SSOTokenCache.quote(mfa.serial))) }
        return AssumeRoleCache.key(arguments)
    }

    private func fetch() async throws -> AWSCredentials {
        let fileCache = mfa?.cacheDirectory.map { AssumeRoleCache(directory: $0) }
        if let fileCache, let cached = fileCache.load(cacheKey, secrets: sts.secrets, source: "role \(roleArn) (session cached in \(fileCache.directory))") {
            cache.withLock { $0 = cached }
            return cached
        }
        let credentials = try await assume()
        // A cache that cannot be written costs only a second prompt next time.
        try? fileCache?.save(credentials, for: cacheKey)
        return credentials
    }

    private func assume() async throws -> AWSCredentials {
        var form: [(String, String)] = [("Action", "AssumeRole"), ("RoleArn", roleArn), ("RoleSessionName", sessionName)]
        if let externalId { form.append(("ExternalId", externalId)) }
        if let durationSeconds { form.append(("DurationSeconds", String(durationSeconds))) }
        if let mfa {
            guard let prompt else {
                throw ConfigError("profile \"\(mfa.profileName)\" needs a code from MFA device \(mfa.serial), and nothing here can ask for it")
            }
            form.append(("SerialNumber", mfa.serial))
            form.append(("TokenCode", try await prompt(mfa)))
        }
        form.append(("Version", "2011-06-15"))
        let response = try await sts.send("POST", path: "/", query: [],
                                          headers: [HTTPHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
                                          body: Array(URIEncoding.query(form).utf8))
        let credentials = try STSCredentials.parse(response, operation: "AssumeRole", role: roleArn, source: "role \(roleArn)", secrets: sts.secrets)
        cache.withLock { $0 = credentials }
        return credentials
    }
}

/// Runs one operation at a time (later callers wait for the earlier ones to finish).
final class AsyncGate: Sendable {
    private let state = Locked<(busy: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    func run<T: Sendable>(_ operation: @Sendable () async throws -> T) async throws -> T {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let proceed = state.withLock { current -> Bool in
                if current.busy { current.waiters.append(continuation); return false }
                current.busy = true
                return true
            }
            if proceed { continuation.resume() }
        }
        defer {
            let next = state.withLock { current -> CheckedContinuation<Void, Never>? in
                if current.waiters.isEmpty { current.busy = false; return nil }
                return current.waiters.removeFirst()
            }
            next?.resume()
        }
        return try await operation()
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
