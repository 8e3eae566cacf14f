/// When and how long to wait before trying a request again: capped exponential backoff
/// with full jitter, bounded by attempts and by a shared retry budget.
public struct RetryPolicy: Sendable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The backoff before the first retry, before jitter.
    public var base: Duration
    /// The longest backoff.
    public var cap: Duration

    public init(maxAttempts: Int = 5, base: Duration = .milliseconds(100), cap: Duration = .seconds(5)) {
        self.maxAttempts = maxAttempts
        self.base = base
        self.cap = cap
    }

    /// The wait before retry number `retry` (0 for the first): a uniform random share
    /// (`random` in 0..<1) of `min(cap, base × 2^retry)`.
    public func delay(beforeRetry retry: Int, random: Double) -> Duration {
        let exponent = min(retry, 30)
        let ceiling = min(cap, base * (1 << exponent))
        return ceiling * max(0, min(random, 1))
    }
}

/// A token bucket shared by every request of a client, so that a failing service is not
/// hammered: each retry spends tokens, each success returns one (as the AWS SDKs do).
public final class RetryBudget: Sendable {
    private let tokens: Locked<Int>
    private let capacity: Int
    /// Tokens a retry costs.
    public let retryCost: Int

    public init(capacity: Int = 500, retryCost: Int = 5) {
        self.capacity = capacity
        self.retryCost = retryCost
        tokens = Locked(capacity)
    }

    /// Takes the cost of one retry; false when the budget is spent.
    public func withdraw() -> Bool {
        tokens.withLock { tokens in
            guard tokens >= retryCost else { return false }
            tokens -= retryCost
            return true
        }
    }

    /// Returns a token after a success.
    public func deposit() {
        tokens.withLock { $0 = min(capacity, $0 + 1) }
    }

    /// Tokens left.
    public var remaining: Int { tokens.withLock { $0 } }
}
