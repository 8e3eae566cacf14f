import Foundation
import Mapping

/// Splits case (b)'s time into parsing the body and the rest (`gwx-bench probe`).
enum Probe {
    static func run() throws {
        let item = RenderInputs.foreachMegabyte()
        let parse = measure(warmup: 0.5, measure: 1) { _ = try? JSONParser.parseBodyValue(item.body) }
        let tree = measure(warmup: 0.5, measure: 1) { _ = try? JSONParser.parseBody(item.body) }
        print("parse 1 MB to Velocity values: median \(fixed(parse.medianMs, 3)) ms; to a JSONValue tree: \(fixed(tree.medianMs, 3)) ms")
    }
}
