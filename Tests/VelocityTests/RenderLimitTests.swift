// No template can hang or exhaust the process: size, output, steps, depth and iterations
// are bounded, and every failure is a TemplateError, never a crash.

import Velocity
import XCTest

final class RenderLimitTests: XCTestCase {
    func testTemplatesOverThreeHundredKilobytesAreRefused() {
        let source = String(repeating: "x", count: 300 * 1024 + 1)
        XCTAssertThrowsError(try Template(source: source)) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
        XCTAssertNoThrow(try Template(source: String(repeating: "x", count: 300 * 1024)))
    }

    func testForeachStopsSilentlyAfterAThousandIterations() throws {
        let template = try Template(source: "#foreach($i in [1..5000])#set($n = $i)#end$n")
        XCTAssertEqual(try template.render(), "1000")
        var options = RenderOptions()
        options.maxForeachIterations = 10
        XCTAssertEqual(try template.render(options: options), "10")
    }

    func testOutputLimitStopsARunawayTemplate() throws {
        let template = try Template(source: "#foreach($i in [1..1000])#foreach($j in [1..1000])0123456789#end#end")
        var options = RenderOptions()
        options.maxOutputBytes = 100_000
        XCTAssertThrowsError(try template.render(options: options)) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
    }

    func testOutputLimitCountsTextBuiltInsideStringInterpolation() throws {
        var options = RenderOptions()
        options.maxOutputBytes = 100
        // 120 bytes built in a string that is never printed still trip the limit...
        let big = try Template(source: "#set($x = \"$a$a\")done")
        XCTAssertThrowsError(try big.render(context: ["a": .string(String(repeating: "x", count: 60))], options: options)) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
        // ...but once a string is built its bytes stop counting: fifty 10-byte strings fit.
        let many = try Template(source: "#foreach($i in [1..50])#set($x = \"0123456789\")#end$x")
        XCTAssertEqual(try many.render(options: options), "0123456789")
        // A #define block printed inside an interpolated method argument counts the same way.
        let define = try Template(source: "#define($d)$a#end#set($s = '')$s.concat(\"$d$d\").length()")
        XCTAssertThrowsError(try define.render(context: ["a": .string(String(repeating: "y", count: 60))], options: options))
        XCTAssertEqual(try define.render(context: ["a": .string(String(repeating: "y", count: 40))], options: options), "80")
    }

    func testStepLimitStopsNestedLoops() throws {
        let template = try Template(source: "#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])#end#end#end")
        var options = RenderOptions()
        options.maxSteps = 100_000
        XCTAssertThrowsError(try template.render(options: options)) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
    }

    func testInfiniteMacroRecursionFailsLikeVelocity() throws {
        let template = try Template(source: "#macro(loop)#loop()#end#loop()")
        XCTAssertThrowsError(try template.render()) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .runtime)
            XCTAssertTrue((error as? TemplateError)?.message.contains("20 deep") ?? false)
        }
    }

    func testSelfEvaluatingTemplateIsBounded() throws {
        let template = try Template(source: "#set($s = '#evaluate($s)')#evaluate($s)")
        XCTAssertThrowsError(try template.render()) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
    }

    func testSelfReferencingDefineIsBounded() throws {
        let template = try Template(source: "#define($d)x$d#end$d")
        XCTAssertThrowsError(try template.render()) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
    }

    func testHugeRangeIsRefused() throws {
        let template = try Template(source: "#set($r = [1..2000000000])done")
        XCTAssertThrowsError(try template.render()) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
    }

    func testDeepNestingIsRefusedNotCrashed() {
        let source = String(repeating: "#if(true)", count: 5000) + String(repeating: "#end", count: 5000)
        XCTAssertThrowsError(try Template(source: source)) { error in
            XCTAssertEqual((error as? TemplateError)?.kind, .limit)
        }
        let expression = "#set($a = " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + ")"
        XCTAssertThrowsError(try Template(source: expression))
        let nots = "#if(" + String(repeating: "!", count: 5000) + "true)x#end"
        XCTAssertThrowsError(try Template(source: nots))
    }

    func testRandomBytesNeverCrashTheEngine() {
        var generator = SplitMix(seed: 42)
        let alphabet = Array("$#!{}[]()\\\"'.,:*-+=<>&|%/ \n\tabcxyz0123456789@")
        for _ in 0..<3000 {
            let length = Int(generator.next() % 40)
            let source = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            var options = RenderOptions()
            options.maxSteps = 10_000
            do {
                _ = try Template(source: source).render(context: ["a": .string("A")], options: options)
            } catch {
                XCTAssertFalse(error.headline.isEmpty)
            }
        }
    }
}

/// A small deterministic random generator for the crash test.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
