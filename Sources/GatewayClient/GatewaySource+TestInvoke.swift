import GatewayModel

/// A source without AWS behind it was asked to run `TestInvokeMethod`.
public struct TestInvokeUnsupportedError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The source's label (`file api.yaml`).
    public var source: String

    public init(source: String) {
        self.source = source
    }

    public var description: String {
        "\(source): error: an export file has no AWS behind it, so nothing can test-invoke its methods: run `gwx test` on the AWS account (--profile/--region), or `gwx simulate` offline"
    }
}

extension GatewaySource {
    /// Sources cannot test-invoke unless they say so.
    public var supportsTestInvoke: Bool { false }

    /// Throws `TestInvokeUnsupportedError`: the source has no API Gateway to run the method.
    public func testInvoke(_ method: MethodID, request: TestInvokeRequest) async throws -> TestInvokeResponse {
        throw TestInvokeUnsupportedError(source: label)
    }
}

/// The notice shown before the first test invocation of a session (the CLI's stderr, the
/// explorer's panel): it runs on AWS and reaches the real backend.
public enum TestInvokeNotice {
    /// `note: TestInvokeMethod runs GET /pets/42 on API Gateway and calls its real backend, …`.
    public static func text(method: String, path: String) -> String {
        "note: TestInvokeMethod runs \(method) \(path) on API Gateway and calls its real backend, as the console's Test button does"
    }
}
