// A #define block made inside a macro keeps that macro's variables alive for Java's
// toString(); the render must let go of them when it ends, even when the block is stored in
// one of those variables (a reference cycle) or escapes into a caller's map.

import Velocity
import XCTest

final class DefinedBlockLifetimeTests: XCTestCase {
    func testABlockDefinedInAMacroIsFreedWhenTheRenderEnds() throws {
        let template = try Template(source: "#macro(m $p)#define($blk)B$p#end#set($keep = $blk)#set($x = $out.put('b', $blk))#end#m('arg')$out.b.toString()")
        weak var escaped: AnyObject?
        do {
            let out = VMap()
            XCTAssertEqual(try template.render(context: ["out": .map(out)]), "Barg")
            guard case .object(let block)? = out["b"] else { return XCTFail("the block did not reach the map") }
            escaped = block
        }
        XCTAssertNil(escaped, "the block and its macro frame keep each other alive after the render")
    }
}
