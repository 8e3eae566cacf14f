import Foundation
import Mapping

/// What the Java harness measured for one case (a line of `Bench.java`'s output).
struct JavaResult {
    var medianMs: Double
    var p95Ms: Double
    var outputBytes: Int
}

/// The rendering benchmark: each case through gwx's `CompiledTemplate`, side by side with
/// Apache Velocity 1.7's figures from the same run.
enum RenderBench {
    /// Reads `Bench.java`'s lines: `NAME median_ms p95_ms iterations output_bytes`.
    static func readJava(_ path: String?) -> [String: JavaResult] {
        guard let path, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var results: [String: JavaResult] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count == 5, let median = Double(fields[1]), let p95 = Double(fields[2]), let bytes = Int(fields[4]) else { continue }
            results[String(fields[0])] = JavaResult(medianMs: median, p95Ms: p95, outputBytes: bytes)
        }
        return results
    }

    /// Times every case and prints the table; returns false when an output differs from Java's.
    static func run(cases: [RenderCase], directory: String?, java: [String: JavaResult], warmup: Double, seconds: Double) throws -> Bool {
        print("== Template rendering (release build; Apache Velocity 1.7 on a warm JVM, same inputs, same run)")
        print(pad("case", 26) + pad("gwx median", 12, right: true) + pad("gwx p95", 10, right: true)
              + pad("renders/s", 11, right: true) + pad("MB/s in", 9, right: true) + pad("Velocity med", 14, right: true)
              + pad("Velocity p95", 14, right: true) + pad("gwx/Velocity", 14, right: true) + "  target")
        var identical = true
        for item in cases {
            let template = try CompiledTemplate(source: item.template, name: "template.vm")
            let request = RenderRequest(body: item.body, bodyName: "body.json")
            let output = try template.render(request: request).output
            let samples = measure(warmup: warmup, measure: seconds) {
                _ = try? template.render(request: request)
            }
            let median = samples.medianMs
            let javaResult = java[item.name]
            var ratio = "n/a"
            if let javaResult {
                ratio = fixed(median / javaResult.medianMs, 2) + "x"
                let velocityOutput = directory.flatMap { try? Data(contentsOf: URL(fileURLWithPath: "\($0)/\(item.name)/velocity.out")) }
                if javaResult.outputBytes != output.utf8.count || velocityOutput.map({ $0 != Data(output.utf8) }) == true {
                    identical = false
                    print("   ! \(item.name): gwx's output (\(output.utf8.count) bytes) differs from Velocity's (\(javaResult.outputBytes) bytes)")
                }
            }
            var target = javaResult.map { median <= $0.medianMs ? "ok (<= Velocity)" : "MISS (slower than Velocity)" } ?? "-"
            if item.name.hasPrefix("b-") { target = (median < 20 ? "ok (< 20 ms)" : "MISS (>= 20 ms)") + ", " + target }
            let megabytes = Double(item.body.utf8.count) / 1_048_576
            print(pad(item.label, 26) + pad(fixed(median, 3) + " ms", 12, right: true) + pad(fixed(samples.p95Ms, 3), 10, right: true)
                  + pad(fixed(1000 / median, 0), 11, right: true) + pad(fixed(megabytes * 1000 / median, 1), 9, right: true)
                  + pad(javaResult.map { fixed($0.medianMs, 3) + " ms" } ?? "n/a", 14, right: true)
                  + pad(javaResult.map { fixed($0.p95Ms, 3) } ?? "n/a", 14, right: true) + pad(ratio, 14, right: true) + "  " + target)
        }
        if java.isEmpty {
            print("   (no Apache Velocity figures: run through scripts/bench.sh)")
        } else if identical {
            print("   outputs: byte-identical to Apache Velocity's for every case")
        }
        return identical
    }
}
