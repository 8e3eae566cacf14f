// gwx-bench: prints the figures of the performance issues (see scripts/bench.sh).
//   gwx-bench inputs DIR                 write the rendering cases for the Java harness
//   gwx-bench render DIR [JAVA_RESULTS]  time them in gwx, beside Apache Velocity's figures
//   gwx-bench ui                         terminal UI and editor latencies
import Foundation

let arguments = CommandLine.arguments.dropFirst().map { $0 }
let quick = ProcessInfo.processInfo.environment["GWX_BENCH_QUICK"] != nil
do {
    switch arguments.first {
    case "inputs" where arguments.count == 2:
        try RenderInputs.write(try RenderInputs.all(), to: arguments[1])
    case "render" where arguments.count >= 1:
        let java = RenderBench.readJava(arguments.count > 1 ? arguments[1] : nil)
        let identical = try RenderBench.run(cases: try RenderInputs.all(), java: java, warmup: quick ? 0.3 : 1.0, seconds: quick ? 0.5 : 2.0)
        if !identical { exit(1) }
    default:
        FileHandle.standardError.write(Data("usage: gwx-bench inputs DIR | render [JAVA_RESULTS] | ui\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("gwx-bench: \(error)\n".utf8))
    exit(1)
}
