import Foundation

/// Wall-clock samples of one benchmark case, in nanoseconds.
struct Samples {
    /// Every timed iteration, in nanoseconds, sorted.
    let sorted: [UInt64]

    init(_ values: [UInt64]) { sorted = values.sorted() }

    /// The median, in milliseconds.
    var medianMs: Double { percentileMs(50) }
    /// The 95th percentile, in milliseconds.
    var p95Ms: Double { percentileMs(95) }

    /// A percentile (nearest rank), in milliseconds.
    func percentileMs(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1e6
    }
}

/// A monotonic clock reading in nanoseconds.
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Runs `body` for `warmup` seconds untimed, then times it for `measure` seconds (at least
/// `minimum` and at most `maximum` iterations).
func measure(warmup: Double, measure: Double, minimum: Int = 10, maximum: Int = 100_000, _ body: () -> Void) -> Samples {
    let warmEnd = now() + UInt64(warmup * 1e9)
    while now() < warmEnd { body() }
    var values: [UInt64] = []
    let end = now() + UInt64(measure * 1e9)
    while values.count < maximum && (values.count < minimum || now() < end) {
        let start = now()
        body()
        values.append(now() - start)
    }
    return Samples(values)
}

/// `12.34` with a fixed number of decimals.
func fixed(_ value: Double, _ decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value)
}

/// Pads text on the right (or the left for numbers) to a width.
func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - text.count))
    return right ? fill + text : text + fill
}
