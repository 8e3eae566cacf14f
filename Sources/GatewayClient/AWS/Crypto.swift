import CShims

/// SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto, as SigV4 needs them, and SHA-1 (botocore
/// names SSO token caches by it).
///
/// libcrypto is opened with `dlopen` on first use (see `gwx_crypto_load`), like libcurl, so
/// file-only commands start without loading it; `AWSSource.configure` loads both up front and
/// says what to install when either is missing.
enum Crypto {
    /// Loads libcrypto, or throws what to install.
    static func loadLibrary() throws(ConfigError) {
        if let reason = gwx_crypto_load() {
            throw ConfigError("signing requests to AWS needs OpenSSL's libcrypto, which could not be loaded (\(String(cString: reason))); "
                + "install it (Debian: apt-get install libssl3) — commands on export files (--file) work without it")
        }
    }

    /// The SHA-256 digest of some bytes (empty only when libcrypto cannot be loaded, which
    /// `loadLibrary` reports before any request is signed).
    static func sha256(_ data: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let status = data.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                gwx_crypto_sha256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return status == 0 ? digest : []
    }

    /// HMAC-SHA256 of a message under a key (empty only when libcrypto cannot be loaded).
    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        let status = key.withUnsafeBufferPointer { keyBytes in
            message.withUnsafeBufferPointer { input in
                digest.withUnsafeMutableBufferPointer { output in
                    gwx_crypto_hmac_sha256(keyBytes.baseAddress, keyBytes.count, input.baseAddress, input.count, output.baseAddress)
                }
            }
        }
        return status == 0 ? digest : []
    }

    /// The SHA-1 digest of some bytes (botocore names SSO token caches by it; never used for
    /// security; empty only when libcrypto cannot be loaded).
    static func sha1(_ data: [UInt8]) -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 20)
        let status = data.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                gwx_crypto_sha1(input.baseAddress, input.count, output.baseAddress)
            }
        }
        return status == 0 ? digest : []
    }

    /// Lower-case hexadecimal text of some bytes.
    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
