import Foundation

/// The AWS CLI's assume-role cache (`~/.aws/cli/cache`, botocore's `JSONFileCache`), used for
/// roles that need an MFA code: a session the CLI (or an earlier gwx) started is used until
/// 15 minutes before it expires, so the code is asked once per session, not once per command.
/// The file is named as botocore's `BaseAssumeRoleCredentialFetcher._create_cache_key` names
/// it: the SHA-1 of the sorted JSON of the AssumeRole arguments (the session name only when
/// configured, as a generated one changes every time).
struct AssumeRoleCache: Sendable {
    /// botocore's `CachedCredentialFetcher.DEFAULT_EXPIRY_WINDOW_SECONDS`.
    static let expiryWindow: TimeInterval = 15 * 60
    var directory: String

    /// The cache key: arguments are (name, JSON value text) pairs.
    static func key(_ arguments: [(String, String)]) -> String {
        let json = "{" + arguments.sorted { $0.0 < $1.0 }.map { "\(SSOTokenCache.quote($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        return Crypto.hex(Crypto.sha1(Array(json.utf8)))
    }

    func path(for key: String) -> String { directory.trimmingTrailingSlash + "/" + key + ".json" }

    /// Cached credentials with more than the expiry window left, else nil (a broken file is ignored, as botocore does not fail on it either).
    func load(_ key: String, secrets: Secrets, source: String, now: Date = Date()) -> AWSCredentials? {
        guard let bytes = try? GuardedFile.readIfPresent(path(for: key), what: "AWS CLI cache", limit: FileSizeLimit(bytes: 1 << 20)),
              let json = try? AWSJSON.parse(bytes), let credentials = json["Credentials"],
              let keyId = credentials["AccessKeyId"]?.stringValue, let secret = credentials["SecretAccessKey"]?.stringValue,
              let expiration = credentials["Expiration"]?.stringValue.flatMap(SSOToken.parseDate) else { return nil }
        let token = credentials["SessionToken"]?.stringValue
        secrets.add([secret] + (token.map { [$0] } ?? []))
        guard expiration.timeIntervalSince(now) >= Self.expiryWindow else { return nil }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration, source: source)
    }

    /// Writes credentials in the CLI's shape (`{"Credentials": {…}}`), atomically, mode 0600.
    func save(_ credentials: AWSCredentials, for key: String) throws {
        guard let expiration = credentials.expiration, let token = credentials.sessionToken else { return }
        let fields = [("AccessKeyId", credentials.accessKeyId), ("SecretAccessKey", credentials.secretAccessKey),
                      ("SessionToken", token), ("Expiration", SSOToken.format(expiration))]
        let text = "{\"Credentials\": {" + fields.map { "\(SSOTokenCache.quote($0.0)): \(SSOTokenCache.quote($0.1))" }.joined(separator: ", ") + "}}"
        try AtomicCacheFile.write(text, to: path(for: key), directory: directory)
    }
}

/// A cache file written as botocore's `JSONFileCache` writes it: the folder made if missing, a
/// temporary file in it (mode 0600), synced, renamed over the old one.
enum AtomicCacheFile {
    static func write(_ text: String, to file: String, directory: String) throws {
        if !FileManager.default.fileExists(atPath: directory) {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let temporary = directory.trimmingTrailingSlash + "/.gwx-\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw ConfigError("could not write the cache file \(file): \(String(cString: strerror(errno)))")
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, file) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw ConfigError("could not write the cache file \(file): \(reason)")
        }
    }
}
