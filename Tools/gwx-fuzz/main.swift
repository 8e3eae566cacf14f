import Foundation
#if canImport(Glibc)
import Glibc
#endif

// gwx-fuzz: a bounded, seeded fuzzer over `gwx render`, the export parsers (JSON, YAML), the
// JSONPath parser and the Java-regex translator. Each batch of inputs runs in a forked child,
// so a trap, crash or hang is caught; the input is then minimized and saved under .fuzz/.
// Not shipped in gwx. `make fuzz` runs it for a time budget; `make test` runs a short,
// deterministic run (a fixed number of inputs).

/// The command line.
struct Options {
    var seconds: Double?
    var iterations = 2_000
    var seed: UInt64 = 1
    var targets = FuzzTarget.all.map(\.name)
    var hangSeconds = 10.0
    var batch = 200
    var maxLength = 256 * 1024
    var output = ".fuzz"
    var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    var replay: String?

    static let usage = """
    usage: gwx-fuzz [--seconds N | --iterations N] [--seed N] [--target NAME]… [--hang-seconds N] [--max-length BYTES] [--out DIR] [--root DIR]
           gwx-fuzz --target NAME --replay FILE
    targets: \(FuzzTarget.all.map(\.name).joined(separator: ", ")) (render inputs are TEMPLATE NUL BODY)
    --seconds N     a time budget, shared by the targets (FUZZ_SECONDS)
    --iterations N  inputs per target (default 2000; the deterministic budget tests use)
    --max-length N  the longest input made (default 262144)
    failures are saved, minimized, under --out (default .fuzz/crashes); exit status 1
    """

    init(_ arguments: [String]) throws {
        var chosen: [String] = []
        var index = 0
        func value() throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(message: "\(arguments[index - 1]) needs a value") }
            return arguments[index]
        }
        if let budget = ProcessInfo.processInfo.environment["FUZZ_SECONDS"], let number = Double(budget) { seconds = number }
        while index < arguments.count {
            switch arguments[index] {
            case "--seconds": seconds = try Double(value()).orThrow("--seconds wants a number")
            case "--iterations":
                iterations = try Int(value()).orThrow("--iterations wants a whole number")
                seconds = nil
            case "--seed": seed = try UInt64(value()).orThrow("--seed wants a whole number")
            case "--target": chosen.append(try value())
            case "--hang-seconds": hangSeconds = try Double(value()).orThrow("--hang-seconds wants a number")
            case "--batch": batch = max(1, try Int(value()).orThrow("--batch wants a whole number"))
            case "--max-length": maxLength = max(1, try Int(value()).orThrow("--max-length wants a whole number"))
            case "--out": output = try value()
            case "--root": root = try value()
            case "--replay": replay = try value()
            case "-h", "--help":
                print(Self.usage)
                exit(0)
            default: throw UsageError(message: "unknown option \(arguments[index])")
            }
            index += 1
        }
        if !chosen.isEmpty {
            for name in chosen where FuzzTarget.named(name) == nil {
                throw UsageError(message: "no target \(name); targets: \(FuzzTarget.all.map(\.name).joined(separator: ", "))")
            }
            targets = chosen
        }
    }
}

struct UsageError: Error { var message: String }

extension Optional {
    func orThrow(_ message: String) throws -> Wrapped {
        guard let self else { throw UsageError(message: message) }
        return self
    }
}

/// A failure found: what, where it is saved, and how to run it again.
struct Finding {
    var target: String
    var outcome: Outcome
    var saved: String
    var minimized: String
    var minimizedCount: Int
}

func save(_ bytes: [UInt8], named name: String, in folder: String) -> String {
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
    return path
}

/// FNV-1a, for stable file names.
func fingerprint(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    return String(hash, radix: 16)
}

func fuzz(_ options: Options) -> Int32 {
    let started = Date()
    let scratch = options.output + "/scratch-\(getpid())"
    try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: scratch) }
    let supervisor = Supervisor(hangSeconds: options.hangSeconds, scratchDirectory: scratch)
    let targets = options.targets.compactMap(FuzzTarget.named)
    var total = 0
    var counts: [String] = []
    for (number, target) in targets.enumerated() {
        let seeds = target.seeds(options.root)
        if seeds.count <= 1, !target.name.hasPrefix("selftest") {
            print("fuzz: \(target.name): no seed inputs under \(options.root) (is --root the repository?)")
            return 2
        }
        let mutator = Mutator(dictionary: target.dictionary, seeds: seeds, maxLength: options.maxLength)
        var random = FuzzRandom(seed: options.seed &* 0x9E37_79B9 &+ UInt64(number))
        // Each target gets an equal share of a time budget, or the same number of inputs.
        let deadline = options.seconds.map { started.addingTimeInterval($0 * Double(number + 1) / Double(targets.count)) }
        var done = 0
        // Seeds first, as they are; then generated and mutated inputs.
        var queue = seeds
        while deadline.map({ Date() < $0 }) ?? (done < options.iterations) {
            var batch: [[UInt8]] = []
            let size = deadline == nil ? min(options.batch, options.iterations - done) : options.batch
            while batch.count < size {
                batch.append(queue.isEmpty ? mutator.next(&random) : queue.removeFirst())
            }
            let (outcome, index) = supervisor.runBatch(batch, target.run)
            done += outcome == .passed ? batch.count : index
            guard outcome != .passed else { continue }
            let input = batch[index]
            let name = "\(target.name)-\(outcome.kind)-\(fingerprint(input))"
            let saved = save(input, named: name + ".bin", in: options.output + "/crashes")
            print("fuzz: \(target.name): \(outcome.label) on input \(done + 1) (\(input.count) bytes), saved to \(saved); minimizing…")
            fflush(nil)
            let small = supervisor.minimize(input, failing: outcome, attempts: outcome == .hung ? 12 : 400, target.run)
            let minimized = save(small, named: name + ".min.bin", in: options.output + "/crashes")
            report(Finding(target: target.name, outcome: outcome, saved: saved, minimized: minimized, minimizedCount: small.count), seed: options.seed)
            return 1
        }
        total += done
        counts.append("\(target.name) \(done)")
    }
    let elapsed = Date().timeIntervalSince(started)
    print(String(format: "fuzz: %d inputs (%@; seed %llu) in %.0f s: no crash, trap or hang", total, counts.joined(separator: ", "), options.seed, elapsed))
    return 0
}

func report(_ finding: Finding, seed: UInt64) {
    print("""
    fuzz: FAILED: \(finding.target): \(finding.outcome.label) (seed \(seed))
      input:     \(finding.saved)
      minimized: \(finding.minimized) (\(finding.minimizedCount) bytes)
      replay:    .build/debug/gwx-fuzz --target \(finding.target) --replay \(finding.minimized)
    """)
}

/// Runs one saved input in this process (a crash shows its own trap message and stack).
func replay(_ path: String, _ options: Options) -> Int32 {
    guard options.targets.count == 1, let target = FuzzTarget.named(options.targets[0]) else {
        print("gwx-fuzz: --replay needs one --target")
        return 2
    }
    guard let bytes = FuzzTarget.read(path) else {
        print("gwx-fuzz: cannot read \(path)")
        return 2
    }
    FuzzTarget.scratchDirectory = NSTemporaryDirectory()
    target.run(bytes)
    print("replay: \(target.name) ran \(path) (\(bytes.count) bytes) to the end")
    return 0
}

// A trap in a child prints its message; the runtime's backtrace would cost a tenth of a second
// per minimizing run, so it is off (a replay shows it). The runtime reads this at start: re-exec.
if getenv("SWIFT_BACKTRACE") == nil, !CommandLine.arguments.contains("--replay") {
    setenv("SWIFT_BACKTRACE", "enable=no", 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    if let path = options.replay { exit(replay(path, options)) }
    exit(fuzz(options))
} catch let error as UsageError {
    print("gwx-fuzz: \(error.message)\n\(Options.usage)")
    exit(2)
}
