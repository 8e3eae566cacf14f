import Velocity
import XCTest
@testable import Mapping

/// A big body that is a JSON array is read element by element; these prove it reads, prints,
/// iterates and fails exactly like the same body read all at once.
final class LazyArrayBodyTests: XCTestCase {
    private func bigArray(count: Int = 2_000) -> String {
        "  [" + (0..<count).map { #"{"id":\#($0),"name":"n\"\#($0)","tags":["a",1.5,null,true]}"# }.joined(separator: ",") + "] trailing"
    }

    private func render(_ template: String, _ value: Value) throws -> String {
        try Template(source: template, name: "t.vm").render(context: ["a": value])
    }

    func testLazyBodyPrintsLikeTheEagerlyReadBody() throws {
        let body = bigArray()
        let lazy = try JSONParser.parseBodyValue(body)
        let eager = try JSONParser.parseBody(body).velocityValue()
        guard case .list(let list) = lazy else { return XCTFail("not a list") }
        XCTAssertEqual(list.count, 2_000)
        XCTAssertEqual(try render("$a.size() $a[1999].name $a", lazy), try render("$a.size() $a[1999].name $a", eager))
        XCTAssertEqual(lazy.gatewayJSON, eager.gatewayJSON)
    }

    func testForeachOverALazyBodySeesTheListAsItWasWhenChangedMidLoop() throws {
        let body = bigArray()
        let template = "#foreach($x in $a)$x.id#if($velocityCount == 2)#set($d = $a.remove(0))#set($d = $a.add(7))#end,#end|$a.size()|$a[0].id"
        let lazyOutput = try render(template, try JSONParser.parseBodyValue(body))
        XCTAssertEqual(lazyOutput, try render(template, try JSONParser.parseBody(body).velocityValue()))
        XCTAssertTrue(lazyOutput.hasPrefix("0,1,2,3,"))
    }

    func testInvalidBigArrayFailsAtTheSamePlaceAsTheEagerReader() {
        let body = String(bigArray().dropLast(30)) + ",}]"
        var lazyError: JSONSyntaxError?
        var eagerError: JSONSyntaxError?
        do { _ = try JSONParser.parseBodyValue(body) } catch { lazyError = error }
        do { _ = try JSONParser.parseBody(body) } catch { eagerError = error }
        XCTAssertNotNil(lazyError)
        XCTAssertEqual(lazyError, eagerError)
    }
}
