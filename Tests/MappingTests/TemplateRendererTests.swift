import GatewayModel
import XCTest
@testable import Mapping

final class TemplateRendererTests: XCTestCase {
    func testResponseOverrideStatusAndHeadersAreReadBack() throws {
        let template = "#set($context.responseOverride.status = 400)#set($context.responseOverride.header.Retry = \"5\")ok"
        let result = try TemplateRenderer.render(template: template, templateName: "t.vm", request: RenderRequest())
        XCTAssertEqual(result.output, "ok")
        XCTAssertEqual(result.statusOverride, "400")
        XCTAssertEqual(result.headerOverrides["Retry"], "5")
    }

    func testNoOverrideLeavesStatusEmpty() throws {
        let result = try TemplateRenderer.render(template: "plain", templateName: "t.vm", request: RenderRequest())
        XCTAssertNil(result.statusOverride)
        XCTAssertTrue(result.headerOverrides.isEmpty)
    }

    func testContextOverridesAndStageVariablesReachTheTemplate() throws {
        var request = RenderRequest()
        request.contextOverrides = OrderedMap([("identity.sourceIp", "192.0.2.1"), ("stage", "prod")])
        request.stageVariables = OrderedMap([("table", "pets")])
        let result = try TemplateRenderer.render(template: "$context.identity.sourceIp $context.stage $stageVariables.table",
                                                 templateName: "t.vm", request: request)
        XCTAssertEqual(result.output, "192.0.2.1 prod pets")
    }

    func testBrokenBodyErrorShowsTheTemplatePlaceAndTheBodyPlace() {
        let request = RenderRequest(body: "{\"a\": 1,}", bodyName: "body.json")
        XCTAssertThrowsError(try TemplateRenderer.render(template: "{\n  \"a\": $input.json('$.a')\n}", templateName: "t.vm", request: request)) { error in
            guard let error = error as? RenderError else { return XCTFail("wrong error \(error)") }
            XCTAssertEqual(error.templateError.location.line, 2)
            XCTAssertTrue(error.description.hasPrefix("t.vm:2:"), error.description)
            XCTAssertTrue(error.description.contains("body.json:1:9: note: expected a string key\n{\"a\": 1,}\n        ^"), error.description)
        }
    }

    func testSyntaxErrorIsLocated() {
        XCTAssertThrowsError(try TemplateRenderer.render(template: "ok\n#if($x\n", templateName: "t.vm", request: RenderRequest())) { error in
            guard let error = error as? RenderError else { return XCTFail("wrong error \(error)") }
            XCTAssertTrue(error.description.hasPrefix("t.vm:"), error.description)
            XCTAssertNil(error.bodyError)
        }
    }

    func testCompiledTemplateRendersManyRequests() throws {
        let compiled = try CompiledTemplate(source: "$input.json('$.a')", name: "t.vm")
        XCTAssertEqual(try compiled.render(request: RenderRequest(body: #"{"a":[1,2]}"#)).output, "[1,2]")
        XCTAssertEqual(try compiled.render(request: RenderRequest(body: #"{"a":"x/y"}"#)).output, #""x\/y""#)
    }

    func testMegabyteBodyForeachBuildsJSON() throws {
        let body = LargeBodyTests.megabyteArrayBody()
        let template = """
        #set($items = $input.path('$'))
        [#foreach($item in $items){"id":$item.id,"name":"$util.escapeJavaScript($item.name)","price":$item.price}#if($foreach.hasNext),#end#end]
        """
        let compiled = try CompiledTemplate(source: template, name: "big.vm")
        let clock = ContinuousClock()
        var result = RenderResult(output: "")
        let time = try clock.measure { result = try compiled.render(request: RenderRequest(body: body)) }
        print("1 MB body #foreach render: \(time)")
        XCTAssertTrue(result.output.hasPrefix(#"[{"id":0,"name":"item 0","price":0.5},"#), String(result.output.prefix(80)))
    }
}
