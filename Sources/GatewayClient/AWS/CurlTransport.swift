import CShims
import Foundation

/// HTTP over libcurl (opened on first use, see `loadLibrary`): TLS always verified, timeouts, gzip, keep-alive reuse, cancellable.
///
/// Blocking transfers run on GCD worker threads; easy handles are pooled so that
/// connections stay open across the many requests of one load.
public final class CurlTransport: HTTPTransport, Sendable {
    /// Timeouts and trust settings.
    public struct Options: Sendable {
        /// Time allowed to connect (TCP and TLS).
        public var connectTimeout: Duration = .seconds(10)
        /// Time allowed for a whole request.
        public var totalTimeout: Duration = .seconds(60)
        /// A CA bundle file to trust instead of the system's (`AWS_CA_BUNDLE`).
        public var caBundle: String?
        /// The User-Agent header.
        public var userAgent = "gwx/0.1"

        public init(connectTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(60), caBundle: String? = nil) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.caBundle = caBundle
        }
    }

    let options: Options
    private let pool = Locked<[UnsafeMutableRawPointer]>([])
    private let generation = Locked<Int>(0)

    public init(options: Options = Options()) {
        self.options = options
    }

    deinit {
        for handle in pool.withLock({ $0 }) { gwx_curl_easy_cleanup(handle) }
    }

    /// Loads libcurl (gwx opens it only when a command talks to AWS) or throws what to install.
    public static func loadLibrary() throws(ConfigError) {
        if let reason = gwx_curl_load() {
            throw ConfigError("talking to AWS needs libcurl, which could not be loaded (\(String(cString: reason))); "
                + "install it (Debian: apt-get install libcurl4) — commands on export files (--file) work without it")
        }
    }

    public func cancelAll() {
        generation.withLock { $0 += 1 }
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let context = TransferContext(generationAtStart: generation.withLock { $0 }, generation: generation)
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, Error>) in
                DispatchQueue.global().async {
                    continuation.resume(with: Result { try self.perform(request, context: context) })
                }
            }
        } onCancel: {
            context.cancelled.withLock { $0 = true }
        }
    }

    /// Sends one request on the calling thread (for the quick probe made while configuring).
    func sendBlocking(_ request: HTTPRequest) throws -> HTTPResponse {
        try perform(request, context: TransferContext(generationAtStart: generation.withLock { $0 }, generation: generation))
    }

    // MARK: - One transfer

    private func perform(_ request: HTTPRequest, context: TransferContext) throws -> HTTPResponse {
        let requestLine = "\(request.method) \(request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.url)"
        do { try CurlTransport.loadLibrary() } catch { throw TransportError(kind: .other, message: error.message, request: requestLine) }
        guard let handle = acquire() else {
            throw TransportError(kind: .other, message: "libcurl could not create a handle", request: requestLine)
        }
        var reusable = true
        defer { release(handle, reusable: reusable) }
        gwx_curl_easy_reset(handle)

        var headerList: UnsafeMutablePointer<curl_slist>?
        for header in request.headers { headerList = gwx_curl_slist_append(headerList, "\(header.name): \(header.value)") }
        // Without this, libcurl waits for `100 Continue` before sending larger bodies.
        headerList = gwx_curl_slist_append(headerList, "Expect:")
        defer { gwx_curl_slist_free_all(headerList) }

        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let unmanaged = Unmanaged.passRetained(context)
        defer { unmanaged.release() }
        let contextPointer = unmanaged.toOpaque()

        let code: CURLcode = request.body.withUnsafeBufferPointer { body in
            errorBuffer.withUnsafeMutableBufferPointer { errors in
                request.url.withCString { url in
                    request.method.withCString { method in
                        (options.caBundle ?? "").withCString { caBundle in
                            options.userAgent.withCString { userAgent in
                                "".withCString { allEncodings in
                                    gwx_curl_setopt_string(handle, CURLOPT_URL, url)
                                    gwx_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, method)
                                    if request.method == "HEAD" { gwx_curl_setopt_long(handle, CURLOPT_NOBODY, 1) }
                                    if !request.body.isEmpty {
                                        gwx_curl_setopt_pointer(handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: body.baseAddress))
                                        gwx_curl_setopt_off(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
                                    }
                                    gwx_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headerList))
                                    gwx_curl_setopt_string(handle, CURLOPT_USERAGENT, userAgent)
                                    gwx_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, allEncodings)
                                    gwx_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
                                    gwx_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
                                    if options.caBundle != nil { gwx_curl_setopt_string(handle, CURLOPT_CAINFO, caBundle) }
                                    gwx_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
                                    gwx_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(options.connectTimeout.milliseconds))
                                    gwx_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, Int(options.totalTimeout.milliseconds))
                                    gwx_curl_setopt_long(handle, CURLOPT_FOLLOWLOCATION, 0)
                                    gwx_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errors.baseAddress))
                                    gwx_curl_setopt_write_function(handle, curlWriteBody)
                                    gwx_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, contextPointer)
                                    gwx_curl_setopt_header_function(handle, curlWriteHeader)
                                    gwx_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, contextPointer)
                                    gwx_curl_setopt_xferinfo_function(handle, curlProgress)
                                    gwx_curl_setopt_pointer(handle, CURLOPT_XFERINFODATA, contextPointer)
                                    gwx_curl_setopt_long(handle, CURLOPT_NOPROGRESS, 0)
                                    return gwx_curl_easy_perform(handle)
                                }
                            }
                        }
                    }
                }
            }
        }
        guard code == CURLE_OK else {
            reusable = false
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let message = detail.isEmpty ? String(cString: gwx_curl_easy_strerror(code)) : detail
            throw TransportError(kind: CurlTransport.kind(of: code), message: message, request: requestLine)
        }
        var status = 0
        gwx_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: context.headers, body: context.body)
    }

    /// How a libcurl failure code is reported (and whether it is retried).
    static func kind(of code: CURLcode) -> TransportError.Kind {
        switch code {
        case CURLE_ABORTED_BY_CALLBACK: return .cancelled
        case CURLE_COULDNT_CONNECT: return .connect
        case CURLE_OPERATION_TIMEDOUT: return .timeout
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2, CURLE_HTTP2_STREAM:
            return .reset
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
            return .tls
        default: return .other
        }
    }

    // MARK: - Handle pool

    private func acquire() -> UnsafeMutableRawPointer? {
        if let handle = pool.withLock({ $0.popLast() }) { return handle }
        return gwx_curl_easy_init()
    }

    private func release(_ handle: UnsafeMutableRawPointer, reusable: Bool) {
        let keep = reusable && pool.withLock { handles -> Bool in
            guard handles.count < 16 else { return false }
            handles.append(handle)
            return true
        }
        if !keep { gwx_curl_easy_cleanup(handle) }
    }
}

/// What one transfer collects, shared with libcurl's callbacks through an opaque pointer.
final class TransferContext: @unchecked Sendable {
    // Only libcurl's callbacks touch these, on the one thread running the transfer;
    // they are read after `curl_easy_perform` returns on that same thread.
    var body: [UInt8] = []
    var headers: [HTTPHeader] = []
    let cancelled = Locked(false)
    let generationAtStart: Int
    let generation: Locked<Int>

    init(generationAtStart: Int, generation: Locked<Int>) {
        self.generationAtStart = generationAtStart
        self.generation = generation
    }

    var shouldAbort: Bool {
        cancelled.withLock { $0 } || generation.withLock { $0 } != generationAtStart
    }
}

private func curlWriteBody(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ userData: UnsafeMutableRawPointer?) -> Int {
    guard let data, let userData else { return 0 }
    let context = Unmanaged<TransferContext>.fromOpaque(userData).takeUnretainedValue()
    let length = size * count
    data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        context.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: length))
    }
    return length
}

private func curlWriteHeader(_ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ userData: UnsafeMutableRawPointer?) -> Int {
    guard let data, let userData else { return 0 }
    let context = Unmanaged<TransferContext>.fromOpaque(userData).takeUnretainedValue()
    let length = size * count
    let line = data.withMemoryRebound(to: UInt8.self, capacity: length) { bytes in
        String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
    }.trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
        // A new status line (after `100 Continue` or a redirect): only the last block counts.
        context.headers.removeAll()
    } else if let colon = line.firstIndex(of: ":") {
        let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
        let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        context.headers.append(HTTPHeader(name, value))
    }
    return length
}

private func curlProgress(_ userData: UnsafeMutableRawPointer?, _ dlTotal: curl_off_t, _ dlNow: curl_off_t, _ ulTotal: curl_off_t, _ ulNow: curl_off_t) -> Int32 {
    guard let userData else { return 0 }
    return Unmanaged<TransferContext>.fromOpaque(userData).takeUnretainedValue().shouldAbort ? 1 : 0
}

/// A value behind a lock, for the few places where threads share state.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension Duration {
    /// The duration in whole milliseconds.
    var milliseconds: Int64 {
        components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000
    }
}
