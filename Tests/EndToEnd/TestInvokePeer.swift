import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The AWS test peer (`Tests/peers/aws_peer.py`) for end-to-end tests of the real binary: moto
/// behind the signature-checking proxy, which answers `TestInvokeMethod` from the recorded
/// cases in `Tests/peers/test-invoke/`. `seedTestInvoke()` puts their pets API into moto.
final class TestInvokePeer: @unchecked Sendable {
    static let accessKey = "AKIDGWXTEST"
    static let secretKey = "gwx/test+SECRET/key"

    /// One recorded case as the peer seeded it.
    struct Case {
        var name: String
        var resourceId: String
        var httpMethod: String
        var resource: String
        var pathWithQueryString: String
        var body: String?
        var headers: [(String, String)]
        var verdict: String
    }

    private let process = Process()
    private let input = Pipe()
    /// The proxy's URL (`--endpoint-url`).
    let proxyURL: String

    /// Starts the peer and waits for its READY line.
    init() throws {
        let environment = ProcessInfo.processInfo.environment
        let python = environment["GWX_PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? GWXProcess.packageRoot.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw PeerFailure("no Python test peer at \(python): set GWX_PYTHON or run `make test` (it creates .venv from requirements-test.txt)")
        }
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [GWXProcess.packageRoot.appendingPathComponent("Tests/peers/aws_peer.py").path,
                             "--access-key", Self.accessKey, "--secret-key", Self.secretKey]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("READY"), let proxy = text.split(separator: " ").first(where: { $0.hasPrefix("proxy=") }) else {
            process.terminate()
            throw PeerFailure("the AWS test peer did not start; it printed: \(text.isEmpty ? "nothing" : text). Is moto[server] installed?")
        }
        proxyURL = "http://127.0.0.1:" + proxy.dropFirst("proxy=".count).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Stops the peer (closing its standard input ends it).
    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    /// Seeds the recorded cases' API into moto; returns its ID and the cases by name.
    func seedTestInvoke(name: String = "PetStore") throws -> (apiId: String, cases: [String: Case]) {
        let answer = try control("seedTestInvoke", ["name": name])
        guard let id = answer["id"] as? String, let cases = answer["cases"] as? [String: [String: Any]] else {
            throw PeerFailure("seedTestInvoke answered \(answer)")
        }
        var result: [String: Case] = [:]
        for (caseName, fields) in cases {
            let request = fields["request"] as? [String: Any] ?? [:]
            let headers = (request["headers"] as? [String: String] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            result[caseName] = Case(name: caseName, resourceId: fields["resourceId"] as? String ?? "", httpMethod: fields["httpMethod"] as? String ?? "",
                                    resource: fields["resource"] as? String ?? "", pathWithQueryString: request["pathWithQueryString"] as? String ?? "/",
                                    body: request["body"] as? String, headers: headers, verdict: fields["verdict"] as? String ?? "")
        }
        return (id, result)
    }

    /// The TestInvokeMethod request bodies the proxy received, in order.
    func testInvokeRequests() throws -> [[String: Any]] {
        (try control("testInvokeRequests", nil, method: "GET")["requests"] as? [[String: Any]]) ?? []
    }

    /// The environment that points gwx at the peer with its keys (and nothing from the host).
    var environment: [String: String] {
        ["AWS_ACCESS_KEY_ID": Self.accessKey, "AWS_SECRET_ACCESS_KEY": Self.secretKey, "AWS_REGION": "us-east-1", "AWS_PROFILE": "", "AWS_SESSION_TOKEN": "",
         "AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"]
    }

    private func control(_ name: String, _ body: [String: Any]?, method: String = "POST") throws -> [String: Any] {
        guard let url = URL(string: "\(proxyURL)/__peer/\(name)") else { throw PeerFailure("bad peer URL \(proxyURL)") }
        var request = URLRequest(url: url, timeoutInterval: 60)
        request.httpMethod = method
        if let body {
            request.httpBody = try JSONSerialization.data(withJSONObject: body)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: Result<(Data, Int), Error> = .failure(PeerFailure("no answer from the peer"))
        URLSession.shared.dataTask(with: request) { data, response, error in
            if let error { result = .failure(error) } else { result = .success((data ?? Data(), (response as? HTTPURLResponse)?.statusCode ?? 0)) }
            done.signal()
        }.resume()
        done.wait()
        let (data, status) = try result.get()
        guard status == 200, let json = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw PeerFailure("peer \(name) answered \(status): \(String(decoding: data, as: UTF8.self))")
        }
        return json
    }
}

/// The peer could not be started or driven.
struct PeerFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
