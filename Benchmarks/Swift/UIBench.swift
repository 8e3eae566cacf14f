import Foundation
import GatewayClient
import Explorer
import TerminalUI
import Mapping

/// The terminal UI benchmark: keypress to frame on a 10,000-resource API, cells written.
enum UIBench {
    /// An OpenAPI export (JSON, one resource a line: column numbers are counted from the line
    /// start, so one huge line would be quadratic) with `count` resources, each a GET on a
    /// mock integration.
    static func exportFile(resources count: Int, title: String, template: String) -> String {
        var paths: [String] = []
        let templateJSON = PrettyJSON.quoted(template)
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

    /// Runs the explorer on `file` with a script and returns the terminal.
    static func run(file: String, steps: [ScriptedTerminal.Step], rows: Int = 50, columns: Int = 160) throws -> ScriptedTerminal {
        let source = try ExportFileSource(path: file, reading: .deferred)
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
        steps += movingSteps(repeats: repeats)
        steps += filterSteps(repeats: repeats)
        let started = now()
        let terminal = try run(file: file, steps: steps)
        print("== Terminal UI: keypress to next frame, 10,000 resources, 50x160 (update + draw + diff; whole run \(fixed(Double(now() - started) / 1e9, 1)) s)")
        report(terminal.measurements, target: 16)
    }
}

extension UIBench {
    /// Keypress to frame on a real export file (`scripts/gen-export.py`'s 10,000 resources,
    /// grouped under `/gNN`): moving, folding and filtering, as a user does them.
    static func fileKeys(file: String, repeats: Int) throws {
        var steps: [ScriptedTerminal.Step] = [.waitFor("r00001")]
        steps += movingSteps(repeats: repeats)
        // Fold and unfold a group of a few hundred resources, then the whole tree at its root.
        steps.append(.key(.character("g")))
        steps.append(.key(.character("j")))
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("Space (fold a group)", .character(" ")))
            steps.append(.timed("Space (unfold a group)", .character(" ")))
        }
        steps.append(.key(.character("g")))
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("Space (fold the root)", .character(" ")))
            steps.append(.timed("Space (unfold the root)", .character(" ")))
        }
        steps += filterSteps(repeats: repeats)
        let started = now()
        let terminal = try run(file: file, steps: steps)
        let name = URL(fileURLWithPath: file).lastPathComponent
        print("== Terminal UI on a real export file: keypress to next frame, \(name), 50x160 (whole run \(fixed(Double(now() - started) / 1e9, 1)) s)")
        report(terminal.measurements, target: 16)
    }
}

/// The editor benchmark: keystroke to repainted frame in the template editor with a 1 MB
/// sample body and a 300-line template, and the preview's simulation (off the UI thread).
enum EditorBench {
    /// A 300-line template over the 1 MB body of rendering case (b).
    static func template() -> String {
        var lines = ["#set($items = $input.path('$'))", "{"]
        var index = 0
        while lines.count < 299 {
            switch index % 4 {
            case 0: lines.append(#"  "name\#(index)": "$util.escapeJavaScript($items[\#(index)].name)","#)
            case 1: lines.append(#"  "price\#(index)": $items[\#(index)].price,"#)
            case 2: lines.append(#"  #if($items[\#(index)].active)"active\#(index)": true,#end"#)
            default: lines.append(#"  "owner\#(index)": "$items[\#(index)].owner.name","#)
            }
            index += 1
        }
        lines.append(#"  "count": $items.size()}"#)
        return lines.joined(separator: "\n")
    }

    /// Opens the form and types one character in the template, so a draft gets journaled.
    static let openEditorSteps: [ScriptedTerminal.Step] = [
        .waitFor("BenchEditor"), .key(.enter), .waitFor("/r00000"), .key(.character("G")), .key(.enter),
        .waitFor("GET"), .key(.character("e")), .waitFor("Status code"),
        .key(.tab), .key(.tab), .key(.tab), .key(.tab), .key(.enter),
    ]

    static func run(directory: String, keystrokes: Int) throws {
        let file = directory + "/bench-editor.json"
        let template = template()
        try Data(UIBench.exportFile(resources: 1, title: "BenchEditor", template: template).utf8).write(to: URL(fileURLWithPath: file))
        let body = RenderInputs.foreachMegabyte().body
        // 1. Make a draft (the app journals it), then give it the 1 MB sample body.
        let draftsFolder = (ProcessInfo.processInfo.environment["XDG_STATE_HOME"] ?? directory) + "/gwx/drafts"
        try? FileManager.default.removeItem(atPath: draftsFolder)
        _ = try UIBench.run(file: file, steps: openEditorSteps + [.key(.character(" ")), .key(.escape), .key(.escape), .key(.escape)])
        let drafts = (try? FileManager.default.contentsOfDirectory(atPath: draftsFolder)) ?? []
        guard let name = drafts.first(where: { $0.hasSuffix(".json") }) else { throw BenchError("editor: no draft was journaled in \(draftsFolder)") }
        let path = draftsFolder + "/" + name
        guard var draft = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any] else {
            throw BenchError("editor: \(path) is not a JSON object")
        }
        draft["sample"] = ["statusCode": "200", "errorMessage": "", "headers": "Content-Type: application/json", "body": body]
        try JSONSerialization.data(withJSONObject: draft).write(to: URL(fileURLWithPath: path))
        // 2. Reopen it and type: each keystroke inserts a character in the 300-line template.
        var steps = openEditorSteps + [.waitFor("Method response")]
        for index in 0..<keystrokes {
            steps.append(.timed("type a character", .character(index % 2 == 0 ? "a" : "b")))
        }
        for _ in 0..<keystrokes / 2 { steps.append(.timed("backspace", .backspace)) }
        for _ in 0..<keystrokes / 2 { steps.append(.timed("cursor down", .down)) }
        steps += [.key(.escape), .key(.character("X"))]
        let terminal = try UIBench.run(file: file, steps: steps)
        print("== Editor: keystroke to repainted frame, 300-line template, 1 MB sample body, 50x160 (update + draw + diff)")
        UIBench.report(terminal.measurements, target: 16)
        // 3. The preview's simulation, as the editor runs it off the UI thread.
        let simulation = measure(warmup: 0.5, measure: 2, minimum: 5) {
            _ = try? Mapping.TemplateRenderer.render(template: template, templateName: "application/json", request: RenderRequest(body: body))
        }
        print(pad("preview simulation (off UI)", 30) + pad(String(simulation.sorted.count), 5, right: true)
              + pad(fixed(simulation.medianMs, 3) + " ms", 11, right: true) + pad(fixed(simulation.p95Ms, 3), 10, right: true)
              + "  parse template + parse 1 MB body + render")
    }
}

extension UIBench {
    /// Moving through the list: j, k, G and g, PgDn, each timed.
    static func movingSteps(repeats: Int) -> [ScriptedTerminal.Step] {
        var steps: [ScriptedTerminal.Step] = []
        for _ in 0..<repeats { steps.append(.timed("j (down)", .character("j"))) }
        for _ in 0..<repeats { steps.append(.timed("k (up)", .character("k"))) }
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("G (bottom)", .character("G")))
            steps.append(.timed("g (top)", .character("g")))
        }
        for _ in 0..<repeats { steps.append(.timed("PgDn", .pageDown)) }
        return steps
    }

    /// Filtering: open the filter, type `r0999`, delete it again, close it, each key timed.
    static func filterSteps(repeats: Int) -> [ScriptedTerminal.Step] {
        var steps: [ScriptedTerminal.Step] = []
        for _ in 0..<max(3, repeats / 5) {
            steps.append(.timed("/ (open filter)", .character("/")))
            for character in "r0999" { steps.append(.timed("filter: type a character", .character(character))) }
            for _ in 0..<5 { steps.append(.timed("filter: backspace", .backspace)) }
            steps.append(.timed("Esc (close filter)", .escape))
        }
        return steps
    }
}
