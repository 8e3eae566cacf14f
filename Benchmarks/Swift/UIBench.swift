import Foundation
import GatewayClient
import Explorer
import TerminalUI

/// The terminal UI benchmark: keypress to frame on a 10,000-resource API, cells written.
enum UIBench {
    /// An OpenAPI export (JSON, one resource a line: column numbers are counted from the line
    /// start, so one huge line would be quadratic) with `count` resources, each a GET on a
    /// mock integration.
    static func exportFile(resources count: Int, title: String, template: String) -> String {
        var paths: [String] = []
        let templateJSON = jsonString(template)
        for index in 0..<count {
            let path = String(format: "/r%05d", index)
            paths.append("""
            "\(path)":{"get":{"responses":{"200":{"description":"200 response","content":{}}},\
            "x-amazon-apigateway-integration":{"type":"mock","requestTemplates":{"application/json":"{\\"statusCode\\": 200}"},\
            "passthroughBehavior":"when_no_match","responses":{"default":{"statusCode":"200",\
            "responseTemplates":{"application/json":\(templateJSON)}}}}}}
            """)
        }
        return #"{"openapi":"3.0.1","info":{"title":"\#(title)","version":"1"},"paths":{"# + "\n" + paths.joined(separator: ",\n") + "}}\n"
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Runs the explorer on `file` with a script and returns the terminal.
    static func run(file: String, steps: [ScriptedTerminal.Step], rows: Int = 50, columns: Int = 160) throws -> ScriptedTerminal {
        let source = try ExportFileSource(path: file)
        let terminal = ScriptedTerminal(rows: rows, columns: columns, steps: steps)
        Explorer.run(sources: [source], label: "file bench", readonly: false, terminal: terminal)
        if let failure = terminal.failure { throw BenchError("ui script: \(failure)") }
        return terminal
    }

    /// Prints one row per key kind: median/p95 latency and median/max cells written.
    static func report(_ measurements: [ScriptedTerminal.Measurement], target: Double) {
        var order: [String] = []
        var groups: [String: [ScriptedTerminal.Measurement]] = [:]
        for item in measurements {
            if groups[item.label] == nil { order.append(item.label) }
            groups[item.label, default: []].append(item)
        }
        print(pad("key", 30) + pad("n", 5, right: true) + pad("median", 11, right: true) + pad("p95", 10, right: true)
              + pad("cells med", 11, right: true) + pad("cells max", 11, right: true) + "  target")
        for label in order {
            let items = groups[label] ?? []
            let samples = Samples(items.map(\.nanoseconds))
            let cells = items.map(\.cellsWritten).sorted()
            print(pad(label, 30) + pad(String(items.count), 5, right: true) + pad(fixed(samples.medianMs, 3) + " ms", 11, right: true)
                  + pad(fixed(samples.p95Ms, 3), 10, right: true) + pad(String(cells[cells.count / 2]), 11, right: true)
                  + pad(String(cells.last ?? 0), 11, right: true) + "  " + (samples.p95Ms < target ? "ok (< \(Int(target)) ms)" : "MISS (p95 >= \(Int(target)) ms)"))
        }
    }

    /// Keypress to frame on 10,000 resources (50×160 terminal).
    static func listKeys(directory: String, repeats: Int) throws {
        let file = directory + "/bench-10k.json"
        try Data(exportFile(resources: Int(ProcessInfo.processInfo.environment["GWX_BENCH_RESOURCES"] ?? "") ?? 10_000, title: "Bench10k", template: "$input.json('$')").utf8).write(to: URL(fileURLWithPath: file))
        var steps: [ScriptedTerminal.Step] = [.waitFor("Bench10k"), .key(.enter), .waitFor("/r00001")]
        for _ in 0..<repeats { steps.append(.timed("j (down)", .character("j"))) }
        for _ in 0..<repeats { steps.append(.timed("k (up)", .character("k"))) }
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("G (bottom)", .character("G")))
            steps.append(.timed("g (top)", .character("g")))
        }
        for _ in 0..<repeats { steps.append(.timed("PgDn", .pageDown)) }
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("/ (open filter)", .character("/")))
            for character in "r0999" { steps.append(.timed("filter: type a character", .character(character))) }
            for _ in 0..<5 { steps.append(.timed("filter: backspace", .backspace)) }
            steps.append(.timed("Esc (close filter)", .escape))
        }
        let started = now()
        let terminal = try run(file: file, steps: steps)
        print("== Terminal UI: keypress to next frame, 10,000 resources, 50x160 (update + draw + diff; whole run \(fixed(Double(now() - started) / 1e9, 1)) s)")
        report(terminal.measurements, target: 16)
    }
}
