import Foundation
import GatewayModel
import XCTest
@testable import GatewayClient

/// `gwx export terraform` read back by HashiCorp's HCL and go-cty (`Tools/hcl-check`): every
/// string Terraform would apply must be the original, byte for byte. Texts that are not in
/// Unicode NFC are the one thing Terraform cannot carry (go-cty composes them); the output must
/// say so, and HCL must read them as their NFC form and nothing else.
final class TerraformHCLRoundTripTests: XCTestCase {
    static let id = IntegrationResponseID(restApiId: "a1b2c3", resourceId: "r9x8", httpMethod: "GET", statusCode: "200")

    func testTheIssuesCRLFTemplateKeepsItsLastLineEnd() throws {
        let template = "line one\r\nline two\r\n$input.body\r\n"
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": template])
        let text = TerraformExport.render(id: Self.id, response: response)
        let read = try HCLChecker.make().blocks(of: text)
        let value = read.first?.attributes["response_templates"]?.entry("application/json")
        XCTAssertEqual(value.map { Array($0.utf8) }, Array(template.utf8), text)
    }

    func testAHundredKilobyteTemplateReadsBackByteForByte() throws {
        var generator = SeededGenerator(seed: 0x100_000)
        var template = ""
        while template.utf8.count < 100_000 { template += TextGenerator.piece(using: &generator) }
        try assertRoundTrips([Case(number: 0, response: IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": template]))])
    }

    func testThousandsOfGeneratedResponsesReadBackByteForByte() throws {
        var generator = SeededGenerator(seed: 20_261_204)
        let cases = (0..<3_000).map { number in
            let response = TextGenerator.response(using: &generator)
            let path = Bool.random(using: &generator) ? "r" : "/" + TextGenerator.text(maxPieces: 2, using: &generator)
            return Case(number: number, response: response, resourceId: path)
        }
        for batch in stride(from: 0, to: cases.count, by: 500) {
            guard try assertRoundTrips(Array(cases[batch..<min(cases.count, batch + 500)])) else { return }
        }
    }

    func testTextOutsideNFCIsFlaggedAndHCLComposesIt() throws {
        let template = "caf\u{65}\u{301}\n"
        let response = IntegrationResponse(statusCode: "200", responseTemplates: ["application/json": template])
        let text = TerraformExport.render(id: Self.id, response: response)
        XCTAssertTrue(text.hasPrefix("# warning: Terraform stores strings in Unicode NFC"), text)
        let value = try HCLChecker.make().blocks(of: text).first?.attributes["response_templates"]?.entry("application/json")
        XCTAssertEqual(value.map { Array($0.utf8) }, Array("caf\u{e9}\n".utf8))
    }

    // MARK: - Checking

    /// One generated integration response; its number makes its resource name unique.
    struct Case {
        var number: Int
        var response: IntegrationResponse
        /// An export file's resource ID is its path, which may hold any text.
        var resourceId = "r"
        var id: IntegrationResponseID {
            IntegrationResponseID(restApiId: "case\(number)", resourceId: resourceId, httpMethod: "POST", statusCode: response.statusCode)
        }
        var text: String { TerraformExport.render(id: id, response: response) }
    }

    /// Renders every case into one file, has HCL read it, and fails with the smallest text
    /// (shrunk from the first failing case) when any string differs.
    @discardableResult
    func assertRoundTrips(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws -> Bool {
        let checker = try HCLChecker.make()
        let text = cases.map(\.text).joined(separator: "\n")
        let blocks: [HCLChecker.Block]
        do {
            blocks = try checker.blocks(of: text)
        } catch {
            reportSmallest(cases, checker: checker, file: file, line: line)
            return false
        }
        guard blocks.count == cases.count * 2 else {
            XCTFail("HCL read \(blocks.count) blocks for \(cases.count) responses", file: file, line: line)
            return false
        }
        for (index, item) in cases.enumerated() where mismatch(item, blocks[index * 2], blocks[index * 2 + 1]) != nil {
            reportSmallest([item], checker: checker, file: file, line: line)
            return false
        }
        return true
    }

    /// What differs between a case and the blocks HCL read for it, or nil when nothing does.
    /// HCL decides which strings Terraform changes (Unicode NFC): the output must warn exactly
    /// when it changes one.
    func mismatch(_ item: Case, _ resource: HCLChecker.Block, _ importBlock: HCLChecker.Block) -> String? {
        var changed = false
        func sameAsTerraform(_ original: String, _ read: String) -> Bool {
            if Array(read.utf8) != Array(original.utf8) { changed = true }
            return self.sameAsTerraform(original, read)
        }
        guard let problem = compare(item, resource, importBlock, sameAsTerraform) else {
            let warns = item.text.hasPrefix("# warning: Terraform stores strings in Unicode NFC")
            return warns == changed ? nil : (changed ? "HCL changed a string but the output has no warning" : "a warning, but HCL changed nothing")
        }
        return problem
    }

    func compare(_ item: Case, _ resource: HCLChecker.Block, _ importBlock: HCLChecker.Block,
                 _ sameAsTerraform: (String, String) -> Bool) -> String? {
        let response = item.response
        var expected: [String: HCLChecker.Value] = [
            "rest_api_id": .string(item.id.restApiId), "resource_id": .string(item.id.resourceId),
            "http_method": .string(item.id.httpMethod), "status_code": .string(response.statusCode),
        ]
        if let pattern = response.selectionPattern, !pattern.isEmpty { expected["selection_pattern"] = .string(pattern) }
        if let handling = response.contentHandling { expected["content_handling"] = .string(handling.rawValue) }
        if !response.responseParameters.isEmpty { expected["response_parameters"] = .map(dictionary(response.responseParameters)) }
        if !response.responseTemplates.isEmpty { expected["response_templates"] = .map(dictionary(response.responseTemplates)) }
        guard Set(resource.attributes.keys) == Set(expected.keys) else {
            return "arguments \(resource.attributes.keys.sorted()) instead of \(expected.keys.sorted())"
        }
        for (name, want) in expected {
            switch (want, resource.attributes[name]) {
            case (.string(let text), .string(let read)?):
                if !sameAsTerraform(text, read) { return "\(name): \(read.debugDescription)" }
            case (.map(let entries), .map(let read)?):
                guard read.count == entries.count else { return "\(name) has \(read.count) entries" }
                for (key, wanted) in entries {
                    // Find the key without counting the others as changed, then compare it.
                    guard let found = read.first(where: { self.sameAsTerraform(key, $0.key) }), sameAsTerraform(key, found.key) else {
                        return "\(name): no key \(key.debugDescription)"
                    }
                    switch (wanted, found.value) {
                    case (nil, nil): continue
                    case let (text?, value?) where sameAsTerraform(text, value): continue
                    default: return "\(name)[\(key.debugDescription)]: \(String(describing: found.value))"
                    }
                }
            default:
                return "\(name) has the wrong shape"
            }
        }
        guard importBlock.type == "import", let id = importBlock.attributes["id"]?.string, sameAsTerraform(item.id.description, id) else {
            return "import block \(importBlock)"
        }
        return nil
    }

    /// Byte equality with the original, or with its NFC form (per Foundation, not gwx) when
    /// the original is not in NFC — go-cty's composition, which gwx's output warns about.
    func sameAsTerraform(_ original: String, _ read: String) -> Bool {
        Array(read.utf8) == Array(original.precomposedStringWithCanonicalMapping.utf8)
    }

    func dictionary(_ map: OrderedMap<String>) -> [String: String?] {
        var out: [String: String?] = [:]
        for entry in map { out[entry.key] = entry.value }
        return out
    }

    // MARK: - Shrinking

    /// Whether one case fails, alone.
    func fails(_ item: Case, _ checker: HCLChecker) -> Bool {
        guard let blocks = try? checker.blocks(of: item.text), blocks.count == 2 else { return true }
        return mismatch(item, blocks[0], blocks[1]) != nil
    }

    /// Finds the first failing case, shrinks it string by string (dropping entries, then
    /// halving and trimming each string while it still fails), and reports it.
    func reportSmallest(_ cases: [Case], checker: HCLChecker, file: StaticString, line: UInt) {
        guard var item = cases.first(where: { fails($0, checker) }) else {
            return XCTFail("the batch failed but no case fails alone", file: file, line: line)
        }
        var changed = true
        while changed {
            changed = false
            for candidate in smaller(item) where fails(candidate, checker) {
                item = candidate
                changed = true
                break
            }
        }
        let text = item.text
        let problem: String
        do {
            let blocks = try checker.blocks(of: text)
            problem = blocks.count == 2 ? (mismatch(item, blocks[0], blocks[1]) ?? "?") : "\(blocks.count) blocks"
        } catch {
            problem = "HCL rejected it: \(error)"
        }
        XCTFail("smallest failing response:\n\(describe(item))\n\(problem)\nTerraform text:\n\(text)", file: file, line: line)
    }

    /// Candidates one step smaller than a case.
    func smaller(_ item: Case) -> [Case] {
        var out: [Case] = []
        func with(_ change: (inout IntegrationResponse) -> Void) {
            var copy = item
            change(&copy.response)
            out.append(copy)
        }
        let response = item.response
        if item.resourceId != "r" {
            var copy = item
            copy.resourceId = "r"
            out.append(copy)
        }
        for key in response.responseTemplates.keys { with { $0.responseTemplates[key] = nil } }
        for key in response.responseParameters.keys { with { $0.responseParameters[key] = nil } }
        if response.selectionPattern != nil { with { $0.selectionPattern = nil } }
        for entry in response.responseTemplates {
            for shorter in shorterTexts(entry.value) { with { $0.responseTemplates[entry.key] = shorter } }
        }
        for entry in response.responseParameters {
            for shorter in shorterTexts(entry.value) { with { $0.responseParameters[entry.key] = shorter } }
        }
        for shorter in shorterTexts(response.selectionPattern ?? "") { with { $0.selectionPattern = shorter } }
        for key in response.responseTemplates.keys {
            for shorter in shorterTexts(key) where response.responseTemplates[shorter] == nil {
                with { $0.responseTemplates.renameKey(key, to: shorter) }
            }
        }
        for key in response.responseParameters.keys {
            for shorter in shorterTexts(key) where response.responseParameters[shorter] == nil {
                with { $0.responseParameters.renameKey(key, to: shorter) }
            }
        }
        return out
    }

    /// The text without one of its 2, 4, 8… 64 chunks, then without one scalar (for short
    /// texts): big cuts first, so even a 100 KB text shrinks in a few dozen steps.
    func shorterTexts(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return [] }
        var out: [ArraySlice<Unicode.Scalar>] = []
        var chunks = 2
        while chunks <= min(64, scalars.count) {
            let size = (scalars.count + chunks - 1) / chunks
            for start in stride(from: 0, to: scalars.count, by: size) {
                out.append(scalars[..<start] + scalars[min(scalars.count, start + size)...])
            }
            chunks *= 2
        }
        if scalars.count <= 64 {
            out += scalars.indices.map { scalars[..<$0] + scalars[($0 + 1)...] }
        }
        return out.map { slice in
            var string = ""
            string.unicodeScalars.append(contentsOf: slice)
            return string
        }
    }

    /// A response's strings with every non-ASCII or control scalar as `\u{…}`, for failure messages.
    func describe(_ item: Case) -> String {
        let response = item.response
        func literal(_ text: String?) -> String {
            guard let text else { return "nil" }
            return "\"" + text.unicodeScalars.map { scalar in
                (0x20..<0x7F).contains(scalar.value) && scalar != "\"" && scalar != "\\"
                    ? String(scalar) : "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }.joined() + "\""
        }
        var lines = ["resourceId: \(literal(item.resourceId))", "statusCode: \(literal(response.statusCode))", "selectionPattern: \(literal(response.selectionPattern))"]
        lines += response.responseParameters.map { "responseParameters[\(literal($0.key))] = \(literal($0.value))" }
        lines += response.responseTemplates.map { "responseTemplates[\(literal($0.key))] = \(literal($0.value))" }
        return lines.joined(separator: "\n")
    }
}
