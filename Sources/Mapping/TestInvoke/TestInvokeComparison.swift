import GatewayModel

/// AWS's answer to a test invocation beside gwx's replay of it, and where they differ.
public struct TestInvokeComparison: Hashable, Sendable {
    /// The outcome.
    public enum Verdict: String, Hashable, Sendable {
        /// gwx's replay sends the same status, headers and body as AWS.
        case equal
        /// They differ: `differences` says where.
        case different
        /// gwx could not replay (log not recognised, body truncated, no backend response).
        case inconclusive
    }

    /// The outcome.
    public var verdict: Verdict = .inconclusive
    /// Why the comparison is inconclusive (empty otherwise).
    public var reasons: [String] = []
    /// Things the reader should know that do not change the verdict.
    public var warnings: [String] = []
    /// AWS's execution log, read.
    public var log: ExecutionLog
    /// AWS's answer.
    public var aws: TestInvokeResponse
    /// The backend response recovered from the log, if any.
    public var backend: BackendResponse?
    /// gwx's replay, if it ran.
    public var simulation: SimulationResult?
    /// Every difference, status first, then headers, then the body.
    public var differences: [ResponseDifference] = []
    /// AWS's headers that are API Gateway's own (`X-Amzn-Trace-Id`) and not compared.
    public var ignoredHeaders: [String] = []

    /// Creates a comparison that has not run yet.
    public init(log: ExecutionLog, aws: TestInvokeResponse) {
        self.log = log
        self.aws = aws
    }

    mutating func inconclusive(_ reason: String) {
        verdict = .inconclusive
        reasons.append(reason)
    }

    /// What every difference asks of the reader.
    public static let reportHint = "every difference is a fidelity bug in gwx or an API Gateway behaviour to document: please report it to the gwx maintainers with this output (`--output json`)"
}

/// One way gwx's replay differs from AWS's answer.
public struct ResponseDifference: Hashable, Sendable {
    /// What differs.
    public enum Part: String, Hashable, Sendable {
        case status, header, body
    }

    /// What differs.
    public var part: Part
    /// The header name (headers only).
    public var name: String?
    /// AWS's value (nil: AWS did not send it).
    public var aws: String?
    /// gwx's value (nil: gwx would not send it).
    public var gwx: String?
    /// The step of gwx's pipeline that produced gwx's value.
    public var step: String
    /// Where and how exactly (the first differing byte, JSON paths).
    public var details: [String]

    public init(part: Part, name: String? = nil, aws: String?, gwx: String?, step: String, details: [String] = []) {
        self.part = part
        self.name = name
        self.aws = aws
        self.gwx = gwx
        self.step = step
        self.details = details
    }
}
