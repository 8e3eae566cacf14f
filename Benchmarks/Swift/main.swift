// gwx-bench: prints the figures of the performance issues (see scripts/bench.sh).
//   gwx-bench inputs DIR                 write the rendering cases for the Java harness
//   gwx-bench render [DIR]               time them in gwx, beside Apache Velocity's figures
//                                        (DIR/java.txt and DIR/CASE/velocity.out from Bench.java)
//   gwx-bench ui DIR                     terminal UI and editor latencies (files written in DIR)
//   gwx-bench ui-file FILE               keypress to frame on a real export file (moving, folding, filtering)
//   gwx-bench dirs DIR...                time CASE folders (template.vm, body.json) as `render` does,
//                                        beside DIR/../java.txt when present (for profiling)
//   gwx-bench probe                      case (b): parsing the 1 MB body alone (values / JSONValue tree)
import Foundation

let arguments = CommandLine.arguments.dropFirst().map { $0 }
let quick = ProcessInfo.processInfo.environment["GWX_BENCH_QUICK"] != nil
do {
    switch arguments.first {
    case "inputs" where arguments.count == 2:
        try RenderInputs.write(try RenderInputs.all(), to: arguments[1])
    case "render" where arguments.count >= 1:
        let directory = arguments.count > 1 ? arguments[1] : nil
        let java = RenderBench.readJava(directory.map { "\($0)/java.txt" })
        let only = ProcessInfo.processInfo.environment["GWX_BENCH_ONLY"] ?? ""
        let cases = try RenderInputs.all().filter { only.isEmpty || $0.name.hasPrefix(only) }
        let identical = try RenderBench.run(cases: cases, directory: directory, java: java, warmup: quick ? 0.3 : 1.0, seconds: quick ? 0.5 : 2.0)
        if !identical { exit(1) }
    case "ui" where arguments.count == 2:
        try UIBench.listKeys(directory: arguments[1], repeats: quick ? 10 : 50)
        print()
        try EditorBench.run(directory: arguments[1], keystrokes: quick ? 10 : 40)
    case "ui-file" where arguments.count == 2:
        try UIBench.fileKeys(file: arguments[1], repeats: quick ? 10 : 50)
    case "dirs" where arguments.count >= 2:
        let cases = try arguments.dropFirst().map { directory -> RenderCase in
            let url = URL(fileURLWithPath: directory)
            return RenderCase(name: url.lastPathComponent, label: url.lastPathComponent,
                              template: try String(contentsOf: url.appendingPathComponent("template.vm"), encoding: .utf8),
                              body: try String(contentsOf: url.appendingPathComponent("body.json"), encoding: .utf8))
        }
        let parent = URL(fileURLWithPath: arguments[1]).deletingLastPathComponent().path
        let java = RenderBench.readJava("\(parent)/java.txt")
        _ = try RenderBench.run(cases: cases, directory: parent, java: java, warmup: quick ? 0.3 : 1.0, seconds: quick ? 0.5 : 2.0)
    case "probe":
        try Probe.run()
    default:
        FileHandle.standardError.write(Data("usage: gwx-bench inputs DIR | render [DIR] | dirs DIR... | ui DIR | ui-file FILE | probe\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("gwx-bench: \(error)\n".utf8))
    exit(1)
}
